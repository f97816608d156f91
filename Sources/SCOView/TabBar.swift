import SCOCore

/// The top row: the panes, the active one marked, and the chronicle's title where room allows.
enum TabBar {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        frame.fill(x: area.x, y: area.y, width: area.width, style: Style(.tab))
        func labels(short: Bool) -> [(String, Bool)] {
            state.availablePanes.enumerated().map { number, pane in
                let count = pane == .results ? " \(state.search.matches.count)\(state.search.isCounting ? "+" : "")" : ""
                let active = pane == state.pane
                let name = short ? pane.shortTitle : pane.title
                return (active ? "[\(number + 1)]\(name)\(count) " : " \(number + 1) \(name)\(count) ", active)
            }
        }
        var tabs = labels(short: false)
        if tabs.map(\.0.count).reduce(0, +) > area.width { tabs = labels(short: true) }
        var x = area.x
        for (label, active) in tabs {
            x += frame.write(label, x: x, y: area.y, width: area.right - x, style: Style(active ? .tabActive : .tab))
        }
        let title = " " + state.title + " "
        if area.right - x > title.count + 2 {
            frame.write(title, x: area.right - title.count, y: area.y, style: Style(.tab))
        }
    }
}
