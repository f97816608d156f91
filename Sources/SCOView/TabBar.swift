import SCOCore

/// The top row: the panes, the active one marked, and the chronicle's title where room allows.
enum TabBar {
    static func draw(_ state: State, into frame: inout Frame) {
        frame.fill(x: 0, y: 0, width: frame.size.width, style: Style(.tab))
        func labels(short: Bool) -> [(String, Bool)] {
            state.availablePanes.enumerated().map { number, pane in
                let count = pane == .results ? " \(state.search.results.count)" : ""
                let active = pane == state.pane
                let name = short ? pane.shortTitle : pane.title
                return (active ? "[\(number + 1)]\(name)\(count) " : " \(number + 1) \(name)\(count) ", active)
            }
        }
        var tabs = labels(short: false)
        if tabs.map(\.0.count).reduce(0, +) > frame.size.width { tabs = labels(short: true) }
        var x = 0
        for (label, active) in tabs {
            x += frame.write(label, x: x, y: 0, style: Style(active ? .tabActive : .tab))
        }
        let title = " " + state.store.title + " "
        let room = frame.size.width - x
        if room > title.count + 2 {
            frame.write(title, x: frame.size.width - title.count, y: 0, style: Style(.tab))
        }
    }
}
