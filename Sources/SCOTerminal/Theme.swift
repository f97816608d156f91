import CNcursesw
import SCOView

/// The palette's looks as curses attributes and colour pairs. The accent colour needs 256
/// colours; with fewer, or with NO_COLOR, attributes alone carry the meaning. Every change of
/// attribute costs the terminal `sgr0` and the new attributes, about 16 bytes, so most roles
/// are plain: a `PgDn` at 80×24 sends about 1.4 times the bytes of the cells that change.
struct Theme {
    private var looks: [Role: (attributes: attr_t, pair: Int16)] = [:]
    /// Each role's look as an SGR sequence, for text written outside curses (a hyperlink's).
    private var renditions: [Role: String] = [:]

    init(colors: Int32, palette: Palette) {
        var pairs: [Int: Int16] = [:]
        for role in Role.allCases {
            let look = palette.look(role)
            var attributes: attr_t = 0
            if look.bold { attributes |= sco_a_bold() }
            if look.underline { attributes |= sco_a_underline() }
            if look.reverse { attributes |= sco_a_reverse() }
            if look.dim { attributes |= sco_a_dim() }
            var pair: Int16 = 0
            if let color = look.color, color < colors {
                if let known = pairs[color] {
                    pair = known
                } else {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, Int16(color), -1)
                    pairs[color] = pair
                }
            }
            looks[role] = (attributes, pair)
            var codes = ["0"]
            if look.bold { codes.append("1") }
            if look.dim { codes.append("2") }
            if look.underline { codes.append("4") }
            if look.reverse { codes.append("7") }
            if let color = look.color, color < colors { codes.append("38;5;\(color)") }
            renditions[role] = codes.joined(separator: ";")
        }
    }

    /// The SGR sequence that draws a style as curses draws it.
    func rendition(_ style: Style) -> String {
        "\u{1B}[" + (renditions[style.role] ?? "0") + (style.selected ? ";7" : "") + "m"
    }

    func look(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        let base = looks[style.role] ?? (0, 0)
        return style.selected ? (base.attributes | sco_a_reverse(), base.pair) : base
    }
}
