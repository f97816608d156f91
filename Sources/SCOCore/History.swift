/// Back and forward through visited records, as in a web browser: following a link records
/// where the reader was and forgets the forward trail.
public struct History: Hashable, Sendable {
    public private(set) var back: [Location] = []
    public private(set) var forward: [Location] = []

    /// How many locations are kept each way; the oldest are dropped first.
    public static let limit = 500

    public init() {}

    mutating func visit(from current: Location) {
        back.append(current)
        if back.count > History.limit { back.removeFirst(back.count - History.limit) }
        forward.removeAll()
    }

    mutating func goBack(from current: Location) -> Location? {
        guard let previous = back.popLast() else { return nil }
        forward.append(current)
        return previous
    }

    mutating func goForward(from current: Location) -> Location? {
        guard let next = forward.popLast() else { return nil }
        back.append(current)
        return next
    }
}
