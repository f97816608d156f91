import SCOCore

/// The top row: the panes, the active one marked, and the chronicle's title where room allows.
enum TabBar {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        frame.fill(x: area.x, y: area.y, width: area.width, style: Style(.tab))
        var x = area.x
        for tab in state.tabs(width: area.width) {
            x = area.x + tab.x
            x += frame.write(tab.label, x: x, y: area.y, width: area.right - x, style: Style(tab.pane == state.pane ? .tabActive : .tab))
        }
        let title = " " + state.title + " "
        if area.right - x > title.count + 2 {
            frame.write(title, x: area.right - title.count, y: area.y, style: Style(.tab))
        }
    }
}
