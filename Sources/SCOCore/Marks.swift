/// The records the reader marked (`m`), in the order marked: a reading list that the Marks
/// pane shows and `e` writes out. Checking a row costs a set lookup, however many there are.
public struct Marks: Equatable, Sendable {
    public private(set) var ids: [String] = []
    private var members: Set<String> = []
    /// Bumped at every change, so the Marks pane reads its rows again.
    public private(set) var version = 0

    public init(_ ids: [String] = []) {
        for id in ids where !members.contains(id) {
            members.insert(id)
            self.ids.append(id)
        }
    }

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    public func contains(_ id: String) -> Bool { members.contains(id) }

    /// Marks the record, or unmarks it when it was marked; whether it is marked now.
    mutating func toggle(_ id: String) -> Bool {
        version += 1
        if members.remove(id) != nil {
            ids.removeAll { $0 == id }
            return false
        }
        members.insert(id)
        ids.append(id)
        return true
    }
}
