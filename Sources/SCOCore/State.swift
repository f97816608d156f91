import SCOModel

/// Everything the browser shows, as one value. Only `update` makes a new one, so the screen is
/// always a function of it (and of the store, which never changes while the browser runs)
/// and any moment can be reproduced in a test.
public struct State: Sendable {
    public let store: Store
    public let timeline: ListShape
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

    public init(store: Store, size: Size) {
        self.store = store
        self.timeline = ListShape(years: store.timelineYears)
        self.size = size
        for pane in Pane.allCases { positions[pane] = firstPosition(in: shape(of: pane)) }
        keepSelectionVisible()
    }

    public var layout: Layout { Layout(size) }

    public func shape(of pane: Pane) -> ListShape {
        switch pane {
        case .timeline: return timeline
        case .institutions: return ListShape(flat: store.count(of: .institution))
        case .documents: return ListShape(flat: store.count(of: .document))
        case .results: return ListShape(flat: search.results.count)
        }
    }

    public var currentShape: ListShape { shape(of: pane) }

    public func position(of pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    /// The entries of a pane's records at `positions` (clamped to the list).
    public func entries(of pane: Pane, at positions: Range<Int>) -> [Entry] {
        let count = shape(of: pane).recordCount
        let range = max(0, positions.lowerBound)..<min(count, max(positions.lowerBound, positions.upperBound))
        switch pane {
        case .timeline: return store.entries(.event, at: range)
        case .institutions: return store.entries(.institution, at: range)
        case .documents: return store.entries(.document, at: range)
        case .results: return store.entries(ids: search.results[range].map(\.id))
        }
    }

    /// The ID of the record at a row of a pane, if the row shows one.
    public func recordID(atRow row: Int, in pane: Pane) -> String? {
        let shape = shape(of: pane)
        guard (0..<shape.rowCount).contains(row), let p = shape.row(row).position else { return nil }
        if pane == .results { return search.results[p].id }
        return entries(of: pane, at: p..<p + 1).first?.id
    }

    /// The record under the list cursor of the active pane.
    public var selectedID: String? { recordID(atRow: position(of: pane).selected, in: pane) }

    public var selectedRecord: (any Record)? { selectedID.flatMap(store.record) }

    /// The selected record's detail, laid out for the current width.
    public var detailDocument: DetailDocument? {
        guard let id = selectedID else { return nil }
        let width = layout.detailTextWidth
        // Every frame asks for the detail; reading the record, its links and their targets
        // again each time would be most of a key press's cost.
        return store.memo.value(for: [id, String(width)]) {
            store.record(id).map { DetailDocument(record: $0, store: store, width: width) }
        }
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
        let shape = currentShape
        return (shape.ordinal(ofRow: position(of: pane).selected), shape.recordCount)
    }

    var location: Location {
        Location(pane: pane, list: position(of: pane), focus: focus, detail: detail)
    }

    func firstPosition(in shape: ListShape) -> ListPosition {
        ListPosition(selected: shape.rowCount > 0 && shape.isHeading(0) ? 1 : 0, offset: 0)
    }
}
