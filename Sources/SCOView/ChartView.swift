import SCOCore
import SCOModel
import SCOText

/// The membership chart pane: the years along the top, a row a state (its name, then a cell a
/// year or span of years), the reading of the cursor's cell, and a legend that is always on
/// screen. Glyphs alone tell the statuses apart, so the chart reads the same without colour.
enum ChartView {
    static func glyph(_ status: StateStatus) -> String {
        switch status {
        case .foundingMember: return "█"
        case .member: return "▓"
        case .observer: return "▒"
        case .dialoguePartner: return "░"
        case .partner: return "▪"
        }
    }

    static let chairGlyph = "◆"
    /// A year without a status: a dot, so the columns can be followed across.
    static let noneGlyph = "∙"

    static func role(_ status: StateStatus) -> Role {
        switch status {
        case .foundingMember: return .founder
        case .member: return .member
        case .observer: return .observer
        case .dialoguePartner: return .dialoguePartner
        case .partner: return .partner
        }
    }

    /// The legend's wordings, longest first: the longest that fits is shown.
    static let legends: [[(glyph: String, role: Role, label: String)]] = {
        let words: [[String]] = [
            ["founding member", "member", "observer", "dialogue partner", "partner", "took the chair"],
            ["founder", "member", "observer", "dialogue", "partner", "chair"],
            ["fnd", "mbr", "obs", "dlg", "ptr", "chr"],
            ["F", "M", "O", "D", "P", "C"],
        ]
        return words.map { labels in
            StateStatus.allCases.enumerated().map { (glyph($1), role($1), labels[$0]) } + [(chairGlyph, .chair, labels[5])]
        }
    }()

    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        guard let chart = state.chart, let grid = state.chartGrid, !chart.rows.isEmpty, let cursor = state.chartColumn else {
            let note = " No states to chart: a chronicle's institutions with statuses make its rows."
            frame.write(note, x: area.x, y: area.y, width: area.width, style: Style(.dim))
            return
        }
        draw(chart, grid: grid, position: state.position(of: .chart), cursor: cursor, focused: state.focus == .list,
             rows: state.listRows, in: area, into: &frame)
        if state.focus == .list, state.mode == .browse {
            let p = state.position(of: .chart)
            frame.cursor = Frame.Point(x: area.x + grid.nameWidth + 1 + cursor * grid.cellWidth, y: area.y + 1 + p.selected - p.offset)
        }
    }

    /// The chart itself, from its own data: the CLI's text chart draws it too.
    static func draw(_ chart: MembershipChart, grid: ChartGrid, position: ListPosition, cursor: Int?, focused: Bool, rows: Int,
                     in area: Rect, into frame: inout Frame) {
        let left = area.x + grid.nameWidth + 1
        var end = -1
        let last = grid.spans.count - 1
        for (i, span) in grid.spans.enumerated() where i == 0 || i == last || span.lowerBound % (grid.spans.count > 30 ? 10 : 5) == 0 {
            let label = MembershipChart.label(span)
            // The last year's label ends over its column where it cannot start there.
            let x = i == last ? min(left + i * grid.cellWidth, left + (i + 1) * grid.cellWidth - DisplayWidth.of(label)) : left + i * grid.cellWidth
            guard x > end, x + DisplayWidth.of(label) <= area.right else { continue }
            end = x + frame.write(label, x: x, y: area.y, width: area.right - x, style: Style(.date))
        }
        let visible = position.offset..<min(chart.rows.count, position.offset + rows)
        for (i, r) in visible.enumerated() {
            let y = area.y + 1 + i
            let row = chart.rows[r]
            let selected = r == position.selected
            let nameStyle = selected ? (focused ? Style(.normal, selected: true) : Style(.unfocusedSelection)) : Style(.normal)
            if selected { frame.fill(x: area.x, y: y, width: grid.nameWidth, style: nameStyle) }
            frame.write(TextLayout.truncated(row.name, to: grid.nameWidth), x: area.x, y: y, width: grid.nameWidth, style: nameStyle)
            // The gap is a run of its own, so an ASCII `...` in a cut name never takes it.
            frame.fill(x: area.x + grid.nameWidth, y: y, width: 1, style: Style(.dim))
            for (c, span) in grid.spans.enumerated() {
                let (status, chaired) = chart.cell(row: r, years: span)
                let glyph = chaired ? chairGlyph : status.map(glyph) ?? noneGlyph
                let role = chaired ? Role.chair : status.map(role) ?? .dim
                let x = left + c * grid.cellWidth
                let onCursor = selected && c == cursor
                for k in 0..<grid.cellWidth where x + k < area.right {
                    let shown = status == nil && k > 0 ? " " : glyph
                    _ = frame.write(shown, x: x + k, y: y, width: 1, style: Style(role, selected: onCursor))
                }
            }
        }
        let readingY = area.y + 1 + rows
        if let cursor, chart.rows.indices.contains(position.selected), grid.spans.indices.contains(cursor), readingY < area.bottom - 1 {
            let reading = chart.reading(row: position.selected, years: grid.spans[cursor])
            frame.write(TextLayout.truncated(" " + reading, to: area.width), x: area.x, y: readingY, width: area.width, style: Style(.title))
        }
        drawLegend(x: area.x, y: area.bottom - 1, width: area.width, into: &frame)
    }

    static func drawLegend(x: Int, y: Int, width: Int, into frame: inout Frame) {
        let fits = legends.first { legend in legend.reduce(0) { $0 + DisplayWidth.of($1.label) + 3 } <= width } ?? legends[legends.count - 1]
        var at = x + 1
        for item in fits where at < x + width {
            at += frame.write(item.glyph, x: at, y: y, width: x + width - at, style: Style(item.role))
            at += frame.write(" " + item.label + " ", x: at, y: y, width: max(0, x + width - at), style: Style(.dim))
        }
    }
}
