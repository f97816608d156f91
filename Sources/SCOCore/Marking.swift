import SCOModel

extension State {
    /// Marks or unmarks the selected record (the one in the detail, when it has the keys), and
    /// asks for the marks to be kept at once.
    mutating func toggleMark() -> [Effect] {
        guard let id = selectedID else {
            message = "nothing selected to mark"
            return []
        }
        let marked = marks.toggle(id)
        let count = "\(marks.count) mark\(marks.count == 1 ? "" : "s")"
        message = marked ? "marked \(id) (\(count): \(keymap.key(for: .showPane(.marks))) lists them)" : "unmarked \(id) (\(count))"
        if pane == .marks {
            if marks.isEmpty { focus = .list }
            keepSelectionVisible()
        }
        return [.remember(memory)]
    }
}
