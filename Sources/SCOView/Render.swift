import SCOCore

/// The screen for a state: a pure function of the state alone, so every screen can be
/// checked in a test. It reads no catalog: the rows on screen and the selected record's detail
/// are in the state (`State.screenful`, `State.detailDocument`), read by `update`.
public func render(_ state: State) -> Frame {
    var frame = Frame(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
        frame.write("terminal too small (\(state.size.width)×\(state.size.height))", x: 0, y: 0, style: Style(.notice))
        return frame
    }
    TabBar.draw(state, in: layout.tabs, into: &frame)
    if case .help(let offset) = state.mode {
        HelpView.draw(state.keymap.helpLines, offset: offset, in: layout.body, into: &frame)
    } else if let divider = layout.divider {
        ListView.draw(state, in: layout.list, into: &frame)
        let focused = state.focus == .detail && state.mode == .browse
        for y in divider.rows { frame.write("│", x: divider.x, y: y, style: Style(focused ? .focusedDivider : .divider)) }
        DetailView.draw(state, in: layout.detail, into: &frame)
    } else if state.isDetailFullScreen {
        DetailView.draw(state, in: layout.detail, into: &frame)
    } else {
        ListView.draw(state, in: layout.list, into: &frame)
    }
    StatusLine.draw(state, in: layout.status, into: &frame)
    return frame
}
