import SCOModel

extension State {
    /// What to keep of this session for the next: the marks, the recent searches, and the
    /// record under the cursor with its pane.
    public var memory: Memory {
        Memory(marks: marks.ids, searches: recall.searches, place: place)
    }

    /// The record under the cursor and its pane.
    public var place: Memory.Place? { selectedRecordID.map { Memory.Place(pane: pane.name, record: $0) } }

    /// Takes up what an earlier session kept: marks of records this chronicle still has, the
    /// searches, and the cursor back on its record (in its own pane when the pane it was in,
    /// such as Results, is gone). A warning about the memory file goes to the status line.
    public mutating func remember(_ memory: Memory, warning: String? = nil) {
        message = warning
        let known = Set(catalog.entries(ids: memory.marks).map(\.id))
        marks = Marks(memory.marks.filter(known.contains))
        recall = SearchRecall(memory.searches)
        if let place = memory.place {
            if Pane(name: place.pane) == .marks, let index = marks.ids.firstIndex(of: place.record) {
                pane = .marks
                positions[.marks] = ListPosition(selected: index, offset: 0)
            } else if let entry = catalog.entries(ids: [place.record]).first, let position = catalog.position(of: place.record) {
                pane = Pane(entry.kind)
                positions[pane] = ListPosition(selected: shape(of: pane).rowIndex(ofRecord: position), offset: 0)
            }
            // Centred, so the reader sees what was around it too.
            var p = position(of: pane)
            p.offset = max(0, p.selected - listRows / 2)
            positions[pane] = p
        }
        keepSelectionVisible()
        refresh()
        keepLinkOnScreen()
    }
}
