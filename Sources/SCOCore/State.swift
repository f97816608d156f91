import SCOModel

/// Everything the browser shows, as one value. Only `update` makes a new one, so the screen is
/// always a function of it and any moment can be reproduced in a test.
public struct State: Sendable {
    public let chronicle: Chronicle
    public let paneRows: PaneRows
    public internal(set) var size: Size
    public internal(set) var pane: Pane = .timeline
    public internal(set) var focus: Focus = .list
    /// Each pane keeps its own cursor and scroll, as lazygit's lists do.
    public internal(set) var positions: [Pane: ListPosition] = [:]
    public internal(set) var detail = DetailPosition()
    public internal(set) var history = History()
    public internal(set) var mode: Mode = .browse
    public internal(set) var search = SearchState()
    /// A one-off notice for the status line, cleared by the next key.
    public internal(set) var message: String?
    public internal(set) var hasQuit = false
    /// Where the reader was, and what search was kept, when the prompt opened: Esc goes back there.
    var beforePrompt: (search: SearchState, location: Location)?
    /// The pane to return to when a kept search is dropped.
    var paneBeforeResults: Pane = .timeline

    public init(chronicle: Chronicle, size: Size) {
        self.chronicle = chronicle
        self.paneRows = PaneRows(chronicle)
        self.size = size
        for pane in Pane.allCases { positions[pane] = firstPosition(in: rows(of: pane)) }
        keepSelectionVisible()
    }

    public var layout: Layout { Layout(size) }

    public func rows(of pane: Pane) -> [ListRow] { paneRows.rows(pane, results: search.results) }

    public var currentRows: [ListRow] { rows(of: pane) }

    public func position(of pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    /// The record under the list cursor of the active pane.
    public var selectedID: String? {
        let rows = currentRows
        let index = position(of: pane).selected
        return rows.indices.contains(index) ? rows[index].recordID : nil
    }

    public var selectedRecord: (any Record)? { selectedID.flatMap(chronicle.record) }

    /// The selected record's detail, laid out for the current width.
    public var detailDocument: DetailDocument? {
        selectedRecord.map { DetailDocument(record: $0, chronicle: chronicle, width: layout.detailTextWidth) }
    }

    /// Whether the detail takes the whole screen (narrow terminals, after Enter).
    public var isDetailFullScreen: Bool { !layout.isSplit && focus == .detail }

    /// The panes Tab cycles through: Results only while a search is kept.
    public var availablePanes: [Pane] {
        !search.results.isEmpty || mode == .searchPrompt && pane == .results ? Pane.allCases : [.timeline, .institutions, .documents]
    }

    /// The search being typed or kept, for highlighting.
    public var highlightQuery: SearchQuery? {
        let query = SearchQuery(search.query)
        return query.isEmpty ? nil : query
    }

    /// Position of the selected record among the records of the pane, 1-based, and their count.
    public var selectionOrdinal: (index: Int, count: Int) {
        paneRows.ordinal(of: position(of: pane).selected, in: pane, rowCount: currentRows.count)
    }

    var location: Location {
        Location(pane: pane, list: position(of: pane), focus: focus, detail: detail)
    }

    func firstPosition(in rows: [ListRow]) -> ListPosition {
        ListPosition(selected: rows.firstIndex { $0.recordID != nil } ?? 0, offset: 0)
    }
}
