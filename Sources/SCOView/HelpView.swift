import SCOCore
import SCOText

/// The help screen, drawn from the keymap's own table.
enum HelpView {
    static func draw(offset: Int, layout: Layout, into frame: inout Frame) {
        let lines = HelpScreen.lines
        let keysWidth = min(24, lines.map { line -> Int in
            if case .binding(let keys, _) = line { return DisplayWidth.of(keys) }
            return 0
        }.max() ?? 0)
        for (i, line) in lines.dropFirst(offset).prefix(layout.bodyHeight).enumerated() {
            let y = layout.bodyTop + i
            switch line {
            case .heading(let text):
                frame.write(" " + text, x: 0, y: y, style: Style(.heading))
            case .binding(let keys, let description):
                frame.write("   " + TextLayout.padded(keys, to: keysWidth), x: 0, y: y, style: Style(.link))
                frame.write(description, x: keysWidth + 5, y: y)
            case .blank:
                break
            }
        }
    }
}
