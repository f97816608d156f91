import SCOCore
import SCOModel
import SCOText

/// A list pane: the rows of the active pane from its scroll offset, the selection marked,
/// search matches highlighted.
enum ListView {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        let x = area.x, width = area.width
        let shape = state.currentShape
        let position = state.position(of: state.pane)
        if shape.rowCount == 0 {
            let note = state.pane == .results
                ? (state.search.isPending ? "searching…" : "no match for “\(state.search.query)”")
                : state.pane == .marks ? "no marks: \(state.keymap.key(for: .toggleMark)) marks a record" : "nothing here"
            frame.write(" " + note, x: x, y: area.y, width: width, style: Style(.dim))
            return
        }
        let visible = position.offset..<min(shape.rowCount, position.offset + area.height)
        let rows = visible.map(shape.row)
        let entries = rows.compactMap { $0.position.flatMap(state.screenful.entry(at:)) }
        var columns = Columns(state: state, width: width)
        if state.pane == .results { columns.reasons = MatchReason.of(rows.compactMap(\.position), in: state) }
        let titles = Dictionary(zip(entries.map(\.id), columns.titles(entries, x: x, width: width)), uniquingKeysWith: { a, _ in a })
        let query = state.highlightQuery
        for (i, (rowIndex, row)) in zip(visible, rows).enumerated() {
            let y = area.y + i
            // The year stays in sight: when its heading has scrolled away, it sits on the top row,
            // unless the next year's heading is right below, where the two would read as one.
            if i == 0, !row.isHeading, rows.count < 2 || !rows[1].isHeading, let heading = shape.heading(over: rowIndex) {
                frame.write(" " + heading.text, x: x, y: y, width: width, style: Style(.heading))
                continue
            }
            switch row {
            case .heading(let text):
                frame.write(" " + text, x: x, y: y, width: width, style: Style(.heading))
            case .record(let p):
                guard let entry = state.screenful.entry(at: p) else { continue }
                let selected = rowIndex == position.selected
                let active = selected && state.focus == .list && state.mode != .searchPrompt || selected && state.pane == .results
                    || selected && state.mode == .datePrompt
                let base = Style(.normal, selected: selected && (active || state.focus == .detail))
                if base.selected { frame.fill(x: x, y: y, width: width, style: base) }
                columns.draw(entry, title: titles[entry.id] ?? "", x: x, y: y, width: width, base: base, query: query, into: &frame)
                // Marked records carry a sign in the column before the row.
                if state.marks.contains(entry.id) { frame.write("*", x: x, y: y, width: 1, style: Style(.mark, selected: base.selected)) }
                // The selection of a list without the keys stays marked, but dimmed.
                if selected, state.focus == .detail, state.mode == .browse {
                    frame.restyle(x: x, y: y, width: width) { $0 = Style(.unfocusedSelection) }
                }
                if selected, state.focus == .list || state.mode == .searchPrompt {
                    frame.cursor = Frame.Point(x: x, y: y)
                }
            }
        }
    }

    /// The column plan of a pane at a width: which columns fit and how wide each is, measured
    /// on the rows on screen, so drawing costs the same in a list of any length.
    struct Columns {
        let pane: Pane
        let dateWidth: Int
        let showKind: Bool
        let showSeat: Bool
        /// Why each result matched, when not in its title (by record ID).
        var reasons: [String: String] = [:]

        init(state: State, width: Int) {
            pane = state.pane
            dateWidth = DateColumn.width(of: pane, listWidth: width, catalog: state.catalog)
            // A document's kind gives way before its title does.
            showKind = width >= 60
            showSeat = width >= 40
        }

        /// Where a row's title starts, the columns it may take, and the note right of it (an
        /// institution's seat and event count), when there is room for one.
        func titlePlace(_ record: Entry, x: Int, width: Int) -> (column: Int, width: Int, right: String?) {
            let end = x + width
            var column = x + 1
            switch pane {
            case .timeline: column += dateWidth + 2
            case .documents: column += dateWidth + 2 + (showKind && record.documentKind != nil ? 13 : 0)
            case .results, .marks: column += 3 + (dateWidth > 0 ? dateWidth + 2 : 0)
            case .institutions: column += record.depth * 2
            case .sources, .chart: break
            }
            let titleWidth = max(0, end - column - 1)
            // A result's reason, quietly right of it, where the title stays whole beside it.
            if let reason = reasons[record.id] {
                let room = DisplayWidth.of(reason) + 2 + DisplayWidth.of(Sanitizer.sanitized(record.label))
                return room <= titleWidth ? (column, titleWidth - DisplayWidth.of(reason) - 2, reason) : (column, titleWidth, nil)
            }
            // A source: how many records cite it, right of its name.
            if pane == .sources {
                let count = record.eventCount
                let right = titleWidth >= 40 ? "\(count.grouped) record\(count == 1 ? "" : "s")" : count.grouped
                return DisplayWidth.of(right) + 8 < titleWidth ? (column, titleWidth - DisplayWidth.of(right) - 2, right) : (column, titleWidth, nil)
            }
            // An institution's seat, or a state's statuses, and how many events involve it.
            guard pane == .institutions || record.standing != nil, showSeat, record.kind == .institution else { return (column, titleWidth, nil) }
            let count = record.eventCount
            let events = count == 0 ? "" : titleWidth >= 40 ? "\(count) event\(count == 1 ? "" : "s")" : "\(count)"
            // A state's history keeps where it began and the status held now (`dialogue partner
            // 2012 · partner 2025`) before the event count; a long one gives way to those two,
            // then to the status alone. An institution shows its seat.
            let notes: [String]
            if let standing = record.standing {
                let steps = standing.components(separatedBy: " · ")
                let ends = steps.count > 2 ? steps[0] + " · " + steps[steps.count - 1] : standing
                // Narrower still, "dialogue partner" is said "dialogue": `dialogue 2012 · partner 2025`.
                let short = ends.replacingOccurrences(of: "dialogue partner", with: "dialogue")
                notes = [standing, ends, short].flatMap { [[$0, events], [$0]] }.map { $0.filter { !$0.isEmpty }.joined(separator: " · ") }
                    + [[steps.last ?? standing, events].filter { !$0.isEmpty }.joined(separator: " · "), steps.last ?? standing]
            } else {
                notes = [[record.place.map { String($0.split(separator: ",").first ?? "") } ?? "", events].filter { !$0.isEmpty }.joined(separator: " · ")]
            }
            // The name keeps room for itself (up to 24 columns) before a note takes any.
            let nameRoom = max(8, min(24, DisplayWidth.of(Sanitizer.sanitized(record.label))))
            for right in notes where !right.isEmpty {
                let rightWidth = DisplayWidth.of(right)
                if rightWidth + 2 + nameRoom <= titleWidth { return (column, titleWidth - rightWidth - 2, right) }
            }
            return (column, titleWidth, nil)
        }

        /// The rows' titles cut to their places, look-alikes kept apart by the part that differs.
        func titles(_ records: [Entry], x: Int, width: Int) -> [String] {
            TextLayout.truncatedApart(records.map { (Sanitizer.sanitized($0.label), titlePlace($0, x: x, width: width).width) })
        }

        func draw(_ record: Entry, title: String, x: Int, y: Int, width: Int, base: Style, query: SearchQuery?,
                  into frame: inout Frame) {
            var column = x + 1
            let end = x + width
            func cell(_ text: String, _ w: Int, _ role: Role) {
                guard column < end else { return }
                frame.write(TextLayout.padded(text, to: w), x: column, y: y, width: min(w, end - column),
                            style: Style(role, selected: base.selected))
                column += w + 2
            }
            switch pane {
            case .timeline:
                cell(DateColumn.text(record.date, in: pane, width: dateWidth), dateWidth, .date)
            case .documents:
                cell(DateColumn.text(record.date, in: pane, width: dateWidth), dateWidth, .date)
                if showKind, let kind = record.documentKind { cell(kind.rawValue, 11, .dim) }
            case .results, .marks:
                cell(KindLetter.of(record), 1, .dim)
                if dateWidth > 0 { cell(DateColumn.text(record.date, in: pane, width: dateWidth), dateWidth, .date) }
            case .institutions, .sources, .chart:
                break
            }
            let place = titlePlace(record, x: x, width: width)
            if let right = place.right {
                frame.write(right, x: end - 1 - DisplayWidth.of(right), y: y, style: Style(.dim, selected: base.selected))
            }
            frame.write(title, x: place.column, y: y, width: place.width, style: base)
            if let query { Highlight.matches(of: query, in: title, x: place.column, y: y, selected: base.selected, into: &frame) }
        }
    }
}
