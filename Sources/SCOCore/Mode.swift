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

/// The search the reader typed and what it found. `results` feed the Results pane.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    public var results: [SearchHit] = []
    /// Whether the query is waiting for results from the runtime.
    public var isPending = false
    /// How many records match in all, once counted; the results hold at most a screenful of
    /// pages of them.
    public var total: Int?

    /// The most results a search shows; when fewer come back, they are all there are.
    public static let resultLimit = 200

    public init() {}
}
