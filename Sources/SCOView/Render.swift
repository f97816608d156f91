import SCOCore

/// The screen for a state: a pure function, so every screen can be checked in a test.
public func render(_ state: State) -> Frame {
    var frame = Frame(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
        frame.write("terminal too small (\(state.size.width)×\(state.size.height))", x: 0, y: 0, style: Style(.notice))
        return frame
    }
    TabBar.draw(state, into: &frame)
    if case .help(let offset) = state.mode {
        HelpView.draw(offset: offset, layout: layout, into: &frame)
    } else if layout.isSplit {
        ListView.draw(state, x: 0, width: layout.listWidth, into: &frame)
        for y in layout.bodyTop..<(layout.bodyTop + layout.bodyHeight) {
            frame.write("│", x: layout.listWidth, y: y, style: Style(.divider))
        }
        DetailView.draw(state, into: &frame)
    } else if state.isDetailFullScreen {
        DetailView.draw(state, into: &frame)
    } else {
        ListView.draw(state, x: 0, width: layout.size.width, into: &frame)
    }
    StatusLine.draw(state, into: &frame)
    return frame
}
