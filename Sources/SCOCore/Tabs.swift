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
    /// it, full names while they fit, then short ones, then the key alone for the panes not
    /// shown; past that the last tabs give way to a `…` (a click on it shows the first of
    /// them), so no tab vanishes unannounced. A count is in brackets, never beside a key.
    public func tabs(width: Int) -> [Tab] {
        func labels(_ level: Int) -> [(Pane, String)] {
            availablePanes.map { p in
                let number = p == .results ? "\(search.matches.count.grouped)\(search.isCounting ? "+" : "")" : p == .marks ? marks.count.grouped : nil
                // From level 2 only the active tab keeps its count; from level 3 the others keep only their key.
                let count = level >= 2 && p != pane ? "" : number.map { " (\($0))" } ?? ""
                let name = level == 0 ? p.title : p.shortTitle
                // A pane whose key a config took away is shown without one.
                guard let key = keymap.boundKey(for: .showPane(p)) else { return (p, p == pane ? "[\(name)\(count)] " : " \(name)\(count) ") }
                if p == pane { return (p, "[\(key)]\(name)\(count) ") }
                return (p, level == 3 ? " \(key) " : " \(key) \(name)\(count) ")
            }
        }
        var chosen = labels(0)
        for level in 1...3 where chosen.map(\.1.count).reduce(0, +) > width { chosen = labels(level) }
        while chosen.map(\.1.count).reduce(0, +) > width, let cut = chosen.lastIndex(where: { $0.0 != pane && $0.1 != "…" }) {
            // The active tab stays; the last of the others gives way, and `…` says so.
            let dropped = chosen[cut].0
            chosen.remove(at: cut)
            if chosen.last?.1 == "…" { chosen.removeLast() }
            chosen.append((dropped, "…"))
        }
        var x = 0
        return chosen.map { p, label in
            defer { x += label.count }
            return Tab(pane: p, label: label, x: x)
        }
    }
}
