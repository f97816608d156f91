import SCOCore
import SCOText

/// The bottom row: where the reader is (pane, position, kept search) or the search prompt on
/// the left, a notice in the middle, key hints from the keymap on the right.
enum StatusLine {
    static func draw(_ state: State, into frame: inout Frame) {
        let y = state.layout.statusRow
        let width = frame.size.width
        frame.fill(x: 0, y: y, width: width, style: Style(.status))
        var left: String
        var leftRole = Role.status
        switch state.mode {
        case .searchPrompt:
            left = "/" + state.search.query
            leftRole = .prompt
        case .help:
            left = " Help"
        case .browse:
            let (index, count) = state.selectionOrdinal
            left = " \(state.pane.title) \(index)/\(count)"
            if state.focus == .detail { left += " · detail" }
        }
        var used = frame.write(left, x: 0, y: y, width: width, style: Style(leftRole))
        if state.mode == .searchPrompt {
            frame.cursor = Frame.Point(x: min(width - 1, used), y: y)
            frame.fill(x: used, y: y, width: 1, style: Style(.prompt))
            used += 1
        }
        var middle = ""
        if !state.search.query.isEmpty, state.mode == .searchPrompt || state.pane == .results {
            let count = state.search.results.count
            let position = state.pane == .results ? state.position(of: .results).selected + 1 : 0
            // The results are the best few hundred; the total arrives when counted.
            let total = state.search.total.map { $0 > count ? " of \($0.grouped)" : "" } ?? " of …"
            middle = count == 0 ? (state.search.isPending ? "searching…" : "no match")
                : state.mode == .searchPrompt
                ? state.search.total.map { "\($0.grouped) match\($0 == 1 ? "" : "es")" } ?? "\(count)+ matches, counting…"
                : "“\(state.search.query)” \(position)/\(count)\(total)"
        }
        if let message = state.message { middle = message }
        if !middle.isEmpty { used += frame.write("  " + middle, x: used, y: y, width: width - used, style: Style(.notice)) }
        let hints = state.mode.isHelp ? "? or Esc close  q quit " : Keymap.hints(for: state)
            .map { "\($0.keys) \($0.label)" }.joined(separator: "  ") + " "
        let hintWidth = DisplayWidth.of(hints)
        if state.mode != .searchPrompt, width - used >= hintWidth + 2 {
            frame.write(hints, x: width - hintWidth, y: y, style: Style(.status))
        } else if state.mode != .searchPrompt, width - used >= 8 {
            frame.write("? help ", x: width - 7, y: y, style: Style(.status))
        }
    }
}
