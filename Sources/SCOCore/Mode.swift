import SCOModel

/// What the keyboard is talking to.
public enum Mode: Hashable, Sendable {
    case browse
    /// Typing a search; printable keys go to the prompt.
    case searchPrompt
    /// The help screen, scrolled by `offset` lines.
    case help(offset: Int)

    public var isHelp: Bool {
        if case .help = self { return true }
        return false
    }
}

/// The search the reader typed and what it found. `matches` feed the Results pane, which is
/// a virtual list over all of them, however many.
public struct SearchState: Equatable, Sendable {
    public private(set) var query: String = ""
    /// Whether the query has a word to search for, kept as it is typed: a 10,000-character
    /// paste must not re-read the whole query at every character.
    public private(set) var hasWords = false
    public var matches: Matches = .none
    /// Whether the query is waiting for its first answer from the runtime.
    public var isPending = false
    /// Bumped whenever `matches` change, so a screenful of their rows is read again.
    public internal(set) var version = 0

    public init() {}

    mutating func setQuery(_ text: String) {
        query = text
        hasWords = text.contains(where: SearchQuery.isWordCharacter)
    }

    mutating func append(_ c: Character) {
        query.append(c)
        hasWords = hasWords || SearchQuery.isWordCharacter(c)
    }

    mutating func deleteBackward() {
        let removed = query.removeLast()
        // Usually answered by the first characters: only a query left without words reads it all.
        if SearchQuery.isWordCharacter(removed) { hasWords = query.contains(where: SearchQuery.isWordCharacter) }
    }

    /// Whether more matches may still arrive (only a first page is in).
    public var isCounting: Bool { !matches.isComplete }
}
