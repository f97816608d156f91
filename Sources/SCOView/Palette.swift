/// How a role looks, before any terminal: attributes, and a colour of the 256-colour palette.
public struct Look: Hashable, Sendable {
    /// A colour of the 256-colour palette, used only where the terminal has that many colours.
    public var color: Int?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(color: Int? = nil, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// Every role's look: a theme. The default, `auto`, reads on a dark and a light background
/// alike: none of the 8 basic colours does (yellow on white is about 1.7:1 and blue on black
/// 2.2:1 in xterm's palette), so text roles carry their meaning by bold, underline and reverse,
/// and the one accent is a colour of the 256-colour cube, which terminals rarely re-theme:
/// #d700af, 4.6:1 on white and 4.5:1 on black. `dark` and `light` colour dates and links too,
/// each for its own background; `none` has attributes only.
public struct Palette: Hashable, Sendable {
    private var looks: [Role: Look]

    public func look(_ role: Role) -> Look { looks[role] ?? Look() }

    public mutating func set(_ role: Role, _ look: Look) { looks[role] = look }

    private init(accent: Int?, date: Int? = nil, link: Int? = nil) {
        looks = [:]
        for role in Role.allCases {
            switch role {
            case .normal, .tab, .divider, .bar: looks[role] = Look()
            case .date: looks[role] = Look(color: date)
            case .title: looks[role] = Look(bold: true)
            case .heading, .focusedDivider, .mark: looks[role] = Look(color: accent, bold: true)
            case .link: looks[role] = Look(color: link, underline: true)
            case .match: looks[role] = Look(color: accent, bold: true, underline: true)
            case .dim: looks[role] = Look(dim: true)
            case .tabActive, .prompt, .notice: looks[role] = Look(bold: true, reverse: true)
            case .status: looks[role] = Look(reverse: true)
            case .unfocusedSelection: looks[role] = Look(reverse: true, dim: true)
            case .cursorBar: looks[role] = Look(color: accent, bold: true, reverse: true)
            // The few colours of the 256-colour cube that read at 4.5:1 on black and on white
            // alike, a hue each; the glyphs carry the same meaning without them.
            case .founder: looks[role] = Look(color: accent == nil ? nil : 63, bold: true)
            case .member: looks[role] = Look(color: accent == nil ? nil : 29)
            case .observer: looks[role] = Look(color: accent == nil ? nil : 131)
            case .dialoguePartner: looks[role] = Look(color: accent == nil ? nil : 98)
            case .partner: looks[role] = Look(color: accent == nil ? nil : 243)
            case .chair: looks[role] = Look(color: accent, bold: true)
            }
        }
    }

    public static let auto = Palette(accent: 163)
    /// For a dark background: #ff87ff accents, #87afd7 dates, #87d7ff links.
    public static let dark = Palette(accent: 213, date: 110, link: 117)
    /// For a light background: #870087 accents, #005f87 dates, #005faf links.
    public static let light = Palette(accent: 90, date: 24, link: 25)
    public static let none = Palette(accent: nil)

    /// The themes by the name a config file gives them.
    public static let named: [(name: String, palette: Palette)] = [("auto", auto), ("dark", dark), ("light", light), ("none", none)]
}
