import SCOModel

/// Everything that can change the browser's state: commands bound to keys, text typed into
/// the search prompt, and what the runtime reports back (a new size, search results).
public enum Action: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case nextPane, previousPane, showPane(Pane)
    /// Enter: open the selected record, or follow the selected link.
    case open
    /// Esc outside a prompt: close the detail, or drop the kept search.
    case close
    case back, forward
    case startSearch, nextMatch, previousMatch
    /// `s`: results by relevance or by date.
    case toggleOrder
    /// `y`: the selected record's citation to the clipboard.
    case copyCitation
    /// `Y`: the selected link (an ID or a web address) to the clipboard, or the record's ID.
    case copyLink
    /// `o`: the selected web address (or the record's first) in a browser.
    case openSource
    /// `e`: a prompt for the name of a file to write the list to.
    case startExport
    /// `m`: mark the selected record, or unmark it.
    case toggleMark
    /// `:`: a prompt for a date to go to in the timeline.
    case goToDate
    case toggleHelp
    /// `<` and `>`: move the divider between list and detail.
    case narrowList, widenList
    /// `z`: the detail takes the whole width, or shares it again.
    case toggleZoom
    /// `H`: the histogram strip of events per year, shown or hidden.
    case toggleHistogram
    /// `{` and `}`: the first event of the previous or next year that has events.
    case previousYear, nextYear
    /// ← and → on the membership chart: the year cursor one column earlier or later.
    case earlierColumn, laterColumn
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspend
    /// Ctrl-L: draw the whole screen again, for a terminal that something else wrote on.
    case redraw
    case quit
    /// `0`: a count begins; the digits after it make the number a move is done (`05j`, `022G`).
    /// Not the digit itself, which shows a pane.
    case startCount
    /// A digit typed while a count is begun.
    case countDigit(Int)
    /// A key bound to nothing where it was pressed: the reader gets a passing hint.
    case unbound(Key)

    case promptInsert(Character)
    case promptDeleteBackward
    case promptDeleteForward
    case promptDeleteWord
    /// Ctrl-U: delete everything before the cursor.
    case promptClear
    case promptLeft, promptRight, promptHome, promptEnd
    case promptSubmit
    case promptCancel
    /// ↑ and ↓ in the search prompt: an older or a newer kept search.
    case recallOlder, recallNewer

    /// A click or a turn of the wheel (when the mouse is on).
    case mouse(Mouse)
    case resize(Size)
    /// Matches of the search the state asked for with `Effect.search`: a first page, then
    /// all of them. Answers to a query that is no longer the state's are ignored.
    case searchResults(query: String, order: ResultOrder, matches: Matches)
    case searchFailed(query: String, reason: String)
    /// The runtime wrote a list to a file, or could not.
    case exported(path: String, count: Int)
    case exportFailed(String)
    /// The runtime wrote the membership chart to a file.
    case chartExported(path: String, states: Int)
    /// The runtime could not keep the marks and searches between runs.
    case memoryNotKept(String)
}

/// Work the runtime does on the state's behalf, so `update` itself stays pure. The runtime
/// is the only interpreter of these.
public enum Effect: Hashable, Sendable {
    /// Find every match of the query in that order, off the loop; a newer search cancels this one.
    case search(String, ResultOrder)
    /// Stop any search still running: its answer is no longer wanted.
    case cancelSearch
    /// Put the text on the terminal's clipboard (OSC 52, which reaches through SSH and tmux).
    case copy(String)
    /// Open the web address with the local browser.
    case openURL(String)
    /// Write the records to a new file, in the format, off the loop.
    case export(ExportedRecords, TableFormat, path: String)
    /// Write the membership chart to a new file as an SVG picture, off the loop.
    case exportChart(path: String)
    /// Keep the marks and searches for the next run, now: a dropped connection loses nothing.
    case remember(Memory)
    case suspend
    case redraw
    case quit
}
