/// Searches kept with Enter, the latest first, and where ↑ and ↓ have got to among them in the
/// prompt, as a shell's history does: ↑ steps back, ↓ forward, and past the latest comes back
/// the query that was being typed.
public struct SearchRecall: Equatable, Sendable {
    public private(set) var searches: [String]
    /// The search recalled into the prompt, or nil while the reader's own text is there.
    private(set) var index: Int?
    /// What the prompt held before the first ↑.
    private var draft = ""

    public init(_ searches: [String] = []) {
        self.searches = searches
    }

    /// Keeps a search as the latest, once (an older copy moves up), within the limits.
    mutating func keep(_ query: String, limit: Int, length: Int) {
        index = nil
        let trimmed = String(query.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty, trimmed.count <= length else { return }
        searches.removeAll { $0 == trimmed }
        searches.insert(trimmed, at: 0)
        if searches.count > limit { searches.removeLast(searches.count - limit) }
    }

    /// Starts afresh at the reader's own text, as each new prompt does.
    mutating func reset() {
        index = nil
        draft = ""
    }

    /// The query ↑ (`older`) or ↓ brings into a prompt holding `current`; nil at either end.
    mutating func step(older: Bool, from current: String) -> String? {
        if older {
            let next = (index ?? -1) + 1
            guard searches.indices.contains(next) else { return nil }
            if index == nil { draft = current }
            index = next
            return searches[next]
        }
        guard let i = index else { return nil }
        if i == 0 {
            index = nil
            return draft
        }
        index = i - 1
        return searches[i - 1]
    }
}
