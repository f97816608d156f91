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

    /// Characters after the prompt's cursor: 0 when it is at the end, where typing (and a
    /// paste) appends in constant time.
    public private(set) var charactersAfterCursor = 0

    mutating func setQuery(_ text: String) {
        query = text
        charactersAfterCursor = 0
        hasWords = text.contains(where: SearchQuery.isWordCharacter)
    }

    /// The query before and after the cursor.
    public var aroundCursor: (before: Substring, after: Substring) {
        let cursor = query.index(query.endIndex, offsetBy: -charactersAfterCursor)
        return (query[..<cursor], query[cursor...])
    }

    mutating func insert(_ c: Character) {
        if charactersAfterCursor == 0 {
            query.append(c)
            hasWords = hasWords || SearchQuery.isWordCharacter(c)
        } else {
            let (before, after) = aroundCursor
            replace(String(before) + String(c), String(after))
        }
    }

    /// Deletes the character before the cursor; false when there is none.
    mutating func deleteBackward() -> Bool {
        let (before, after) = aroundCursor
        guard !before.isEmpty else { return false }
        if after.isEmpty {
            let removed = query.removeLast()
            // Usually answered by the first characters: only a query left without words reads it all.
            if SearchQuery.isWordCharacter(removed) { hasWords = query.contains(where: SearchQuery.isWordCharacter) }
        } else {
            replace(String(before.dropLast()), String(after))
        }
        return true
    }

    mutating func deleteForward() {
        let (before, after) = aroundCursor
        guard !after.isEmpty else { return }
        replace(String(before), String(after.dropFirst()))
    }

    /// Ctrl-W: the word before the cursor, and the spaces after it, as in a shell.
    mutating func deleteWordBackward() {
        let (before, after) = aroundCursor
        var kept = before
        while kept.last?.isWhitespace == true { kept.removeLast() }
        while let last = kept.last, !last.isWhitespace { kept.removeLast() }
        replace(String(kept), String(after))
    }

    /// Ctrl-U: everything before the cursor.
    mutating func deleteToStart() {
        replace("", String(aroundCursor.after))
    }

    mutating func moveCursor(by offset: Int) {
        charactersAfterCursor = min(query.count, max(0, charactersAfterCursor - offset))
    }

    mutating func moveCursorToStart() { charactersAfterCursor = query.count }

    mutating func moveCursorToEnd() { charactersAfterCursor = 0 }

    private mutating func replace(_ before: String, _ after: String) {
        query = before + after
        charactersAfterCursor = after.count
        hasWords = query.contains(where: SearchQuery.isWordCharacter)
    }

    /// Whether more matches may still arrive (only a first page is in).
    public var isCounting: Bool { !matches.isComplete }
}
