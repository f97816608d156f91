import SCOCore
import SCOText

/// The help screen, drawn from the state's help page: its columns from the scroll offset, and
/// ↑ and ↓ in the right margin when there is more above or below.
enum HelpView {
    static func draw(_ page: HelpPage, offset: Int, in area: Rect, into frame: inout Frame) {
        for (c, column) in page.columns.enumerated() {
            let x = area.x + c * (page.columnWidth + HelpPage.gap)
            let width = min(page.columnWidth, area.right - 1 - x)
            for (i, row) in column.dropFirst(offset).prefix(area.height).enumerated() {
                let y = area.y + i
                switch row {
                case .heading(let text):
                    frame.write(TextLayout.truncated(" " + text, to: width), x: x, y: y, width: width, style: Style(.heading))
                case .binding(let keys, let text):
                    frame.write(TextLayout.truncated("   " + TextLayout.padded(keys, to: page.keysWidth), to: width),
                                x: x, y: y, width: width, style: Style(.link))
                    let textX = page.keysWidth + 5
                    frame.write(TextLayout.truncated(text, to: width - textX), x: x + textX, y: y, width: width - textX)
                case .blank:
                    break
                }
            }
        }
        let margin = area.right - 1
        if offset > 0 { frame.write("↑", x: margin, y: area.y, style: Style(.dim)) }
        if page.rowCount - offset > area.height { frame.write("↓", x: margin, y: area.bottom - 1, style: Style(.dim)) }
    }
}
