import SCOModel

/// Everything that can change the browser's state: commands bound to keys, text typed into
/// the search prompt, and what the runtime reports back (a new size, search results).
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case nextPane, previousPane, showPane(Pane)
    /// Enter: open the selected record, or follow the selected link.
    case open
    /// Esc outside a prompt: close the detail, or drop the kept search.
    case close
    case back, forward
    case startSearch, nextMatch, previousMatch
    case toggleHelp
    case quit

    case promptInsert(Character)
    case promptDeleteBackward
    case promptClear
    case promptSubmit
    case promptCancel

    case resize(Size)
    /// Results of the search the state asked for with `Effect.search`.
    case searchResults(query: String, hits: [SearchHit])
    /// How many records match the query in all, counted after the results were shown: on a
    /// large chronicle the count takes longer than the results.
    case searchCount(query: String, total: Int)
}

/// Work the runtime does on the state's behalf, so `update` itself stays pure.
public enum Effect: Hashable, Sendable {
    case search(String)
    case quit
}
