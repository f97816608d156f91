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
    public var query: String = ""
    public var matches: Matches = .none
    /// Whether the query is waiting for its first answer from the runtime.
    public var isPending = false
    /// Bumped whenever `matches` change, so a screenful of their rows is read again.
    public internal(set) var version = 0

    public init() {}

    /// Whether more matches may still arrive (only a first page is in).
    public var isCounting: Bool { !matches.isComplete }
}
