import SCOCore
import SCOText

/// The help screen, drawn from the keymap's own lines.
enum HelpView {
    static func draw(_ lines: [HelpLine], offset: Int, in area: Rect, into frame: inout Frame) {
        let keysWidth = min(24, lines.map { line -> Int in
            if case .binding(let keys, _) = line { return DisplayWidth.of(keys) }
            return 0
        }.max() ?? 0)
        for (i, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + i
            switch line {
            case .heading(let text):
                frame.write(" " + text, x: area.x, y: y, width: area.width, style: Style(.heading))
            case .binding(let keys, let description):
                frame.write("   " + TextLayout.padded(keys, to: keysWidth), x: area.x, y: y, width: area.width, style: Style(.link))
                frame.write(description, x: area.x + keysWidth + 5, y: y, width: area.width - keysWidth - 5)
            case .blank:
                break
            }
        }
    }
}
