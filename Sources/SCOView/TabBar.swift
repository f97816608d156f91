import SCOCore
import SCOText

/// The top row: the panes, the active one marked, and the chronicle's title where room allows.
enum TabBar {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        frame.fill(x: area.x, y: area.y, width: area.width, style: Style(.tab))
        var x = area.x
        for tab in state.tabs(width: area.width) {
            x = area.x + tab.x
            x += frame.write(tab.label, x: x, y: area.y, width: area.right - x, style: Style(tab.pane == state.pane ? .tabActive : .tab))
        }
        // The title takes what the tabs leave, cut to fit, where a few words of it can show.
        let room = area.right - x - 2
        guard room >= 12 else { return }
        let title = " " + TextLayout.truncated(state.title, to: room - 2) + " "
        let width = DisplayWidth.of(title)
        frame.write(title, x: area.right - width, y: area.y, style: Style(.tab))
    }
}
