/// Where a record's facts were read: a numbered paragraph of the chronicle's source article,
/// or a public citation, so every line of the chronicle can be checked.
public enum Source: Hashable, Sendable, CustomStringConvertible {
    case paragraph(Int)
    case citation(String)

    public var description: String {
        switch self {
        case .paragraph(let n): return "¶\(n)"
        case .citation(let text): return text
        }
    }
}
