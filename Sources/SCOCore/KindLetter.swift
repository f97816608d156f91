import SCOModel

/// The one cell that tells a row's kind where kinds mix (Results, Marks), so the title keeps
/// the width a word would take.
public enum KindLetter {
    public static func of(_ entry: Entry) -> String {
        switch entry.kind {
        case .event: return "e"
        case .document: return "d"
        case .institution: return entry.standing != nil ? "s" : "i"
        }
    }

    /// What the letters mean, for the help screen.
    public static let legend = "e event · d document · i institution · s state"
}
