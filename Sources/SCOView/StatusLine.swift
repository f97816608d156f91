import SCOCore
import SCOText

/// The bottom row: where the reader is (pane, position, kept search) or the search prompt on
/// the left, a notice in the middle, key hints from the keymap on the right.
enum StatusLine {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        let y = area.y
        let width = area.width
        frame.fill(x: area.x, y: y, width: width, style: Style(.status))
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
            middle = searchNote(state.search)
            if state.mode != .searchPrompt { middle = "“\(state.search.query)” " + middle }
        }
        if let message = state.message { middle = message }
        if !middle.isEmpty { used += frame.write("  " + middle, x: used, y: y, width: width - used, style: Style(.notice)) }
        let hints = state.keymap.hints(for: state)
            .map { "\($0.keys) \($0.label)" }.joined(separator: "  ") + " "
        let hintWidth = DisplayWidth.of(hints)
        if state.mode != .searchPrompt, width - used >= hintWidth + 2 {
            frame.write(hints, x: width - hintWidth, y: y, style: Style(.status))
        } else if state.mode != .searchPrompt {
            let help = "\(state.keymap.key(for: .toggleHelp)) help "
            if width - used >= DisplayWidth.of(help) + 1 { frame.write(help, x: width - DisplayWidth.of(help), y: y, style: Style(.status)) }
        }
    }

    /// How far the search got: its total once every match is counted, `…` until then.
    static func searchNote(_ search: SearchState) -> String {
        let count = search.matches.count
        if count == 0 { return search.isPending ? "searching…" : "no match" }
        return search.isCounting ? "\(count.grouped)+ matches, counting…" : "\(count.grouped) match\(count == 1 ? "" : "es")"
    }
}
