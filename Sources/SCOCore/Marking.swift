import SCOModel

extension State {
    /// Marks or unmarks the selected record (the one in the detail, when it has the keys), and
    /// asks for the marks to be kept at once.
    mutating func toggleMark() -> [Effect] {
        guard let id = selectedRecordID else {
            message = pane == .sources ? "sources are not marked: the records citing one can be" : "nothing selected to mark"
            return []
        }
        guard marks.contains(id) || marks.count < Memory.markLimit else {
            message = "\(Memory.markLimit.grouped) marks at most: unmark some first (\(keymap.key(for: .showPane(.marks))) lists them)"
            return []
        }
        let marked = marks.toggle(id)
        let count = "\(marks.count) mark\(marks.count == 1 ? "" : "s")"
        let lists = keymap.boundKey(for: .showPane(.marks)).map { "\($0) lists them" } ?? "the Marks tab lists them"
        message = marked ? "marked \(id) (\(count): \(lists))" : "unmarked \(id) (\(count))"
        if pane == .marks {
            if marks.isEmpty { focus = .list }
            keepSelectionVisible()
        }
        return [.remember(memory)]
    }
}
