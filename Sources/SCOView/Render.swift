import SCOCore
import SCOText

/// The screen for a state: a pure function of the state alone, so every screen can be
/// checked in a test. It reads no catalog: the rows on screen and the selected record's detail
/// are in the state (`State.screenful`, `State.detailDocument`), read by `update`.
public func render(_ state: State) -> Frame {
    var frame = Frame(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
        drawTooSmall(state.size, into: &frame)
        return frame
    }
    TabBar.draw(state, in: layout.tabs, into: &frame)
    if let strip = layout.histogram { HistogramView.draw(state, in: strip, into: &frame) }
    if case .help(let offset) = state.mode {
        HelpView.draw(state.helpPage, offset: offset, in: layout.body, into: &frame)
    } else if let divider = layout.divider {
        drawList(state, in: layout.list, into: &frame)
        let focused = state.focus == .detail && state.mode == .browse
        for y in divider.rows { frame.write("│", x: divider.x, y: y, style: Style(focused ? .focusedDivider : .divider)) }
        DetailView.draw(state, in: layout.detail, into: &frame)
    } else if state.isDetailFullScreen {
        DetailView.draw(state, in: layout.detail, into: &frame)
    } else {
        drawList(state, in: layout.list, into: &frame)
    }
    StatusLine.draw(state, in: layout.status, into: &frame)
    return frame
}

/// The active pane's list: the chart, or a list of rows.
func drawList(_ state: State, in area: Rect, into frame: inout Frame) {
    if state.pane == .chart { ChartView.draw(state, in: area, into: &frame) } else { ListView.draw(state, in: area, into: &frame) }
}

/// The notice below the smallest usable size: the longest wording that fits, centred, down
/// to a single column, so a reader always sees why the screen is empty.
func drawTooSmall(_ size: Size, into frame: inout Frame) {
    let need = Layout.minimum
    let wordings = [
        "terminal too small (\(size.width)×\(size.height)); sco needs \(need.width)×\(need.height)",
        "terminal too small (\(size.width)×\(size.height))",
        "too small (\(size.width)×\(size.height))",
        "too small", "small", "!",
    ]
    let text = wordings.first { DisplayWidth.of($0) <= size.width } ?? ""
    frame.write(text, x: max(0, (size.width - DisplayWidth.of(text)) / 2), y: max(0, size.height / 2), style: Style(.notice))
}
