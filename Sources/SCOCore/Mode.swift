import SCOModel

/// What the keyboard is talking to.
public enum Mode: Hashable, Sendable {
    case browse
    /// Typing a search; printable keys go to the prompt.
    case searchPrompt
    /// Typing a date to go to (`:`); printable keys go to the prompt.
    case datePrompt
    /// Typing the name of a file to write the list to (`e`).
    case exportPrompt
    /// The help screen, scrolled by `offset` lines.
    case help(offset: Int)

    /// Whether printable keys are text for a prompt.
    public var isPrompt: Bool { self == .searchPrompt || self == .datePrompt || self == .exportPrompt }

    public var isHelp: Bool {
        if case .help = self { return true }
        return false
    }
}

/// The search the reader typed and what it found. `matches` feed the Results pane, which is
/// a virtual list over all of them, however many.
public struct SearchState: Equatable, Sendable {
    public private(set) var prompt = PromptText()
    /// Whether the query has a word to search for, kept as it is typed: a 10,000-character
    /// paste must not re-read the whole query at every character.
    public private(set) var hasWords = false
    public var matches: Matches = .none
    /// Whether the query is waiting for its first answer from the runtime.
    public var isPending = false
    /// Bumped whenever `matches` change, so a screenful of their rows is read again.
    public internal(set) var version = 0

    public init() {}

    public var query: String { prompt.text }

    mutating func setQuery(_ text: String) {
        prompt = PromptText(text)
        hasWords = text.contains(where: SearchQuery.isWordCharacter)
    }

    /// Applies an editing action to the query: whether it changed, or nil for an action that
    /// is not an edit. Typing or deleting at the end reads only the character concerned.
    mutating func apply(_ action: Action) -> Bool? {
        let atEnd = prompt.charactersAfterCursor == 0
        let last = prompt.text.last
        guard let changed = prompt.apply(action) else { return nil }
        guard changed else { return false }
        switch action {
        case .promptInsert(let c) where atEnd:
            hasWords = hasWords || SearchQuery.isWordCharacter(c)
        case .promptDeleteBackward where atEnd:
            if let last, SearchQuery.isWordCharacter(last) { hasWords = query.contains(where: SearchQuery.isWordCharacter) }
        default:
            hasWords = query.contains(where: SearchQuery.isWordCharacter)
        }
        return true
    }

    /// Whether more matches may still arrive (only a first page is in).
    public var isCounting: Bool { !matches.isComplete }
}
