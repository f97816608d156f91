/// Where a binding applies. The help screen groups bindings under these headings.
public enum KeyContext: String, CaseIterable, Sendable {
    case global = "Anywhere"
    case move = "Moving (lists and detail)"
    case list = "Lists"
    case chart = "Membership chart"
    case detail = "Detail"
    case prompt = "Search prompt"
    case help = "Help screen"
}

/// One key binding: the keys, what they do, and how the help screen and the status line
/// describe them.
public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let context: KeyContext
    public let description: String
    /// A short label for the status-line hints; bindings without one appear only in help.
    public let hint: String?

    public init(_ keys: [Key], _ action: Action, _ context: KeyContext, _ description: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.context = context
        self.description = description
        self.hint = hint
    }
}

/// The keybindings, as a value handed to the state: dispatch, the status-line hints, the help
/// screen and every message that names a key read this one table, so none of them can drift
/// from the others, and a user's own bindings change all of them at once.
public struct Keymap: Sendable {
    public let bindings: [Binding]
    /// The help screen, generated from the bindings once.
    public let helpLines: [HelpLine]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        helpLines = HelpLine.lines(for: bindings)
    }

    public static let standard = Keymap([
        Binding([.character("/")], .startSearch, .global, "Search all records (incremental)", hint: "search"),
        Binding([.character(":")], .goToDate, .global, "Go to a date: 2004, 2004-06, 17 Jun 2004 (the cursor follows as you type), its year on the top row; within Documents, Marks and Results by date, on the timeline elsewhere; on Institutions, the members then"),
        Binding([.character("s")], .toggleOrder, .global, "Sort search results by relevance or by date"),
        Binding([.character("y")], .copyCitation, .global, "Copy the record's citation (title, date, ID, sources)"),
        Binding([.character("Y")], .copyLink, .global, "Copy the selected link or web address, or the record's ID"),
        Binding([.character("o")], .openSource, .global, "Open the selected web address (or the record's first) in a browser"),
        Binding([.character("m")], .toggleMark, .global, "Mark the record, or unmark it (marks are kept between runs)", hint: "mark"),
        Binding([.character("e")], .startExport, .global, "Write this list to a file: .csv, .tsv, .md or .json, by its name"),
        Binding([.character("n")], .nextMatch, .global, "Next search result"),
        Binding([.character("N")], .previousMatch, .global, "Previous search result"),
        Binding([.tab], .nextPane, .global, "Next pane"),
        Binding([.backTab], .previousPane, .global, "Previous pane"),
        Binding([.character("1")], .showPane(.timeline), .global, "Timeline"),
        Binding([.character("2")], .showPane(.institutions), .global, "Institutions"),
        Binding([.character("3")], .showPane(.documents), .global, "Documents"),
        Binding([.character("4")], .showPane(.results), .global, "Search results"),
        Binding([.character("5")], .showPane(.marks), .global, "Marks"),
        Binding([.character("6")], .showPane(.sources), .global, "Sources: each one with the records that cite it"),
        Binding([.character("7")], .showPane(.chart), .global, "Membership chart: each state's status, year by year"),
        Binding([.character("["), .control("o")], .back, .global, "Back to the previous record (Ctrl-I is Tab to a terminal, so forward is ])", hint: "back"),
        Binding([.character("]")], .forward, .global, "Forward again", hint: "fwd"),
        Binding([.escape], .close, .global, "Close the detail; in Results, drop the search"),
        Binding([.character("{")], .previousYear, .global, "The previous year that has events (timeline, results by date)"),
        Binding([.character("}")], .nextYear, .global, "The next year that has events (timeline, results by date)"),
        Binding([.character("H")], .toggleHistogram, .global, "Show or hide the histogram of events per year"),
        Binding([.character("z")], .toggleZoom, .global, "Zoom the detail to the full width, or back"),
        Binding([.character("<")], .narrowList, .global, "Narrow the list (kept for the session)"),
        Binding([.character(">")], .widenList, .global, "Widen the list"),
        Binding([.character("?"), .function(1)], .toggleHelp, .global, "Show or hide this help", hint: "help"),
        Binding([.control("l")], .redraw, .global, "Redraw the screen"),
        Binding([.control("z")], .suspend, .global, "Suspend (fg returns)"),
        Binding([.character("q")], .quit, .global, "Quit", hint: "quit"),
        Binding([.control("c")], .quit, .global, "Quit"),

        Binding([.down, .character("j")], .moveDown, .move, "Down (in the detail: next link, or scroll)"),
        Binding([.up, .character("k")], .moveUp, .move, "Up (in the detail: previous link, or scroll)"),
        Binding([.pageDown, .control("f"), .character(" ")], .pageDown, .move, "Page down"),
        Binding([.pageUp, .control("b"), .character("b")], .pageUp, .move, "Page up"),
        Binding([.control("d")], .halfPageDown, .move, "Half a page down"),
        Binding([.control("u")], .halfPageUp, .move, "Half a page up"),
        Binding([.character("g"), .home], .top, .move, "First"),
        Binding([.character("G"), .end], .bottom, .move, "Last"),
        Binding([.character("0")], .startCount, .move, "A count: 0, a number, then a move does it that many times (05j five down, 03 Space three pages, 022G the 22nd row); the digits 1–7 alone show panes"),

        Binding([.enter, .right, .character("l")], .open, .list, "Open the selected record", hint: "open"),
        Binding([.enter, .right, .character("l")], .open, .detail, "Follow the selected link", hint: "follow"),
        Binding([.left, .character("h")], .close, .detail, "Back to the list"),

        Binding([.left, .character("h")], .earlierColumn, .chart, "The year before (a column left)", hint: "year"),
        Binding([.right, .character("l")], .laterColumn, .chart, "The year after (a column right)"),

        Binding([.enter], .promptSubmit, .prompt, "Keep the results"),
        Binding([.escape], .promptCancel, .prompt, "Cancel and return to where you were"),
        Binding([.backspace], .promptDeleteBackward, .prompt, "Delete the character before the cursor (on an empty prompt: close it)"),
        Binding([.delete, .control("d")], .promptDeleteForward, .prompt, "Delete the character under the cursor"),
        Binding([.control("w")], .promptDeleteWord, .prompt, "Delete the word before the cursor"),
        Binding([.control("u")], .promptClear, .prompt, "Delete everything before the cursor"),
        Binding([.left, .control("b")], .promptLeft, .prompt, "Cursor left"),
        Binding([.right, .control("f")], .promptRight, .prompt, "Cursor right"),
        Binding([.home, .control("a")], .promptHome, .prompt, "Cursor to the start"),
        Binding([.end, .control("e")], .promptEnd, .prompt, "Cursor to the end"),
        Binding([.up], .recallOlder, .prompt, "An earlier search (kept between runs)"),
        Binding([.down], .recallNewer, .prompt, "A later search, then back to what you typed"),
        Binding([.control("n")], .moveDown, .prompt, "Next result"),
        Binding([.control("p")], .moveUp, .prompt, "Previous result"),
        Binding([.control("l")], .redraw, .prompt, "Redraw the screen"),
        Binding([.control("z")], .suspend, .prompt, "Suspend (fg returns)"),
        Binding([.control("c")], .quit, .prompt, "Quit"),

        Binding([.escape, .character("?"), .character("q"), .function(1)], .toggleHelp, .help, "Close help", hint: "close"),
        Binding([.down, .character("j")], .moveDown, .help, "Scroll down", hint: "scroll"),
        Binding([.up, .character("k")], .moveUp, .help, "Scroll up"),
        Binding([.pageDown, .character(" ")], .pageDown, .help, "Page down"),
        Binding([.pageUp, .character("b")], .pageUp, .help, "Page up"),
        Binding([.character("g"), .home], .top, .help, "Top"),
        Binding([.character("G"), .end], .bottom, .help, "Bottom"),
        Binding([.control("l")], .redraw, .help, "Redraw the screen"),
        Binding([.control("z")], .suspend, .help, "Suspend (fg returns)"),
        Binding([.control("c")], .quit, .help, "Quit"),
    ])

    /// The contexts searched for a key, most specific first.
    static func contexts(for state: State) -> [KeyContext] {
        switch state.mode {
        case .searchPrompt, .datePrompt, .exportPrompt: return [.prompt]
        case .help: return [.help]
        case .browse where state.focus == .detail: return [.detail, .move, .global]
        case .browse where state.pane == .chart: return [.chart, .list, .move, .global]
        case .browse: return [.list, .move, .global]
        }
    }

    /// What a key does in the state. In the search prompt every printable character is text
    /// for the query, before any binding: `/jk` searches for "jk". A key bound to nothing
    /// there is `.unbound`, so the reader hears about it rather than wondering.
    public func action(for key: Key, in state: State) -> Action {
        if state.mode.isPrompt, case .character(let c) = key, !c.isNewline, c != "\t" {
            return .promptInsert(c)
        }
        // While a count is typed, digits are its digits, not panes.
        if state.count != nil, case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue {
            return .countDigit(digit)
        }
        for context in Keymap.contexts(for: state) {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return .unbound(key)
    }

    /// The hints for the status line in the current state, most useful first.
    public func hints(for state: State) -> [(keys: String, label: String)] {
        Keymap.contexts(for: state).flatMap { context in
            bindings.filter { $0.context == context && $0.hint != nil && !$0.keys.isEmpty }
                .map { (Keymap.shortLabel($0.keys[0]), $0.hint!) }
        }
    }

    /// The key to name in a message about an action ("press / to search"): the first one
    /// bound to it where it applies (browsing, unless a context is given); "(no key)" when a
    /// config left it without one.
    public func key(for action: Action, in contexts: [KeyContext] = [.global, .list, .move, .detail]) -> String {
        boundKey(for: action, in: contexts) ?? "(no key)"
    }

    /// The first key bound to the action in the contexts, if any.
    public func boundKey(for action: Action, in contexts: [KeyContext] = [.global, .list, .move, .detail]) -> String? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.action == action }), let key = binding.keys.first {
                return key.label
            }
        }
        return nil
    }

    static func shortLabel(_ key: Key) -> String {
        key == .backspace ? "Bksp" : key.label
    }
}
