import SCOCore

/// The top row: the panes, the active one marked, and the chronicle's title where room allows.
enum TabBar {
    static func draw(_ state: State, into frame: inout Frame) {
        frame.fill(x: 0, y: 0, width: frame.size.width, style: Style(.tab))
        var x = 0
        for (number, pane) in state.availablePanes.enumerated() {
            let count = pane == .results ? " \(state.search.results.count)" : ""
            let label = " \(number + 1) \(pane.title)\(count) "
            let active = pane == state.pane
            x += frame.write(active ? label.replacingOccurrences(of: " \(number + 1) ", with: "[\(number + 1)]") : label,
                             x: x, y: 0, style: Style(active ? .tabActive : .tab))
        }
        let title = " " + state.chronicle.title + " "
        let room = frame.size.width - x
        if room > title.count + 2 {
            frame.write(title, x: frame.size.width - title.count, y: 0, style: Style(.tab))
        }
    }
}
