/// A pane's label in the tab bar and the columns it takes: the view draws these, and a mouse
/// click is matched against the same columns.
public struct Tab: Equatable, Sendable {
    public let pane: Pane
    public let label: String
    public let x: Int

    public var columns: Range<Int> { x..<x + label.count }
}

extension State {
    /// The tabs across a bar of `width` columns from column 0: each pane with the key that shows
    /// it, full names while they fit, short ones otherwise.
    public func tabs(width: Int) -> [Tab] {
        func labels(short: Bool) -> [(Pane, String)] {
            availablePanes.map { p in
                let count = p == .results ? " \(search.matches.count)\(search.isCounting ? "+" : "")"
                    : p == .marks ? " \(marks.count)" : ""
                let name = short ? p.shortTitle : p.title
                // A pane whose key a config took away is shown without one.
                guard let key = keymap.boundKey(for: .showPane(p)) else { return (p, p == pane ? "[\(name)\(count)] " : " \(name)\(count) ") }
                return (p, p == pane ? "[\(key)]\(name)\(count) " : " \(key) \(name)\(count) ")
            }
        }
        var chosen = labels(short: false)
        if chosen.map(\.1.count).reduce(0, +) > width { chosen = labels(short: true) }
        var x = 0
        return chosen.map { p, label in
            defer { x += label.count }
            return Tab(pane: p, label: label, x: x)
        }
    }
}
