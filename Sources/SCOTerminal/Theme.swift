import CNcursesw
import SCOView

/// Colors and attributes for each role. Colors come from the 8 basic ones on the terminal's
/// own background; with NO_COLOR, or no color support, attributes alone carry the meaning.
/// Titles are bold in the terminal's own foreground (white would vanish on a light
/// background); dates and the divider are plain. Every change of attribute costs the terminal
/// `sgr0` and the new attributes, about 16 bytes, and a list row with a coloured date paid it
/// twice. Plain dates and titles took a `PgDn` at 80×24 from 1.76 to 1.42 times the bytes of
/// the cells that change, which counts over a slow SSH link.
struct Theme {
    private var looks: [Role: (attributes: attr_t, pair: Int16)] = [:]

    init(useColor: Bool) {
        let bold = sco_a_bold(), underline = sco_a_underline(), reverse = sco_a_reverse(), dim = sco_a_dim()
        let plain: [Role: attr_t] = [
            .normal: 0, .title: bold, .heading: bold, .date: 0, .link: underline, .match: bold | underline,
            .dim: dim, .tabActive: reverse | bold, .tab: 0, .status: reverse, .prompt: bold | reverse,
            .divider: 0, .notice: bold | reverse, .focusedDivider: bold, .unfocusedSelection: reverse | dim,
        ]
        let colors: [Role: (Int16, attr_t)] = [
.heading: (Int16(COLOR_YELLOW), bold),
            .link: (Int16(COLOR_GREEN), 0), .match: (Int16(COLOR_YELLOW), bold | underline), .notice: (Int16(COLOR_YELLOW), bold | reverse),
            .focusedDivider: (Int16(COLOR_CYAN), bold),
        ]
        var pair: Int16 = 1
        for role in Role.allCases {
            if useColor, let (color, attributes) = colors[role] {
                init_pair(pair, color, -1)
                looks[role] = (attributes, pair)
                pair += 1
            } else {
                looks[role] = (plain[role] ?? 0, 0)
            }
        }
    }

    func look(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        let base = looks[style.role] ?? (0, 0)
        return style.selected ? (base.attributes | sco_a_reverse(), base.pair) : base
    }
}
