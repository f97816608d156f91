/// How each role looks, before any terminal: attributes, and a colour only where it reads on
/// both a dark and a light background. None of the 8 basic colours does (yellow on white is
/// about 1.7:1 and blue on black 2.2:1 in xterm's palette), so text roles carry their meaning by
/// bold, underline and reverse, and the one accent is a colour of the 256-colour cube, which
/// terminals rarely re-theme: #d700af, 4.6:1 on white and 4.5:1 on black.
public struct Look: Hashable, Sendable {
    /// A colour of the 256-colour palette, used only where the terminal has 256 colours.
    public var color: Int?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
}

public enum Palette {
    public static let accent = 163

    public static func look(_ role: Role) -> Look {
        switch role {
        case .normal, .date, .tab, .divider: return Look()
        case .title: return Look(bold: true)
        case .heading: return Look(color: accent, bold: true)
        case .link: return Look(underline: true)
        case .match: return Look(color: accent, bold: true, underline: true)
        case .dim: return Look(dim: true)
        case .tabActive: return Look(bold: true, reverse: true)
        case .status: return Look(reverse: true)
        case .prompt, .notice: return Look(bold: true, reverse: true)
        case .focusedDivider: return Look(color: accent, bold: true)
        case .unfocusedSelection: return Look(reverse: true, dim: true)
        case .bar: return Look()
        case .cursorBar: return Look(color: accent, bold: true, reverse: true)
        case .mark: return Look(color: accent, bold: true)
        }
    }
}
