import SCOModel

/// Everything the browser shows, as one value. Only `update` makes a new one, so the screen is
/// always a function of it and any moment can be reproduced in a test.
///
/// The state also holds what the screen needs from the catalog: the rows on screen and the
/// laid-out detail of the selected record. `update` reads them when the selection or the
/// size changes, so `render` reads nothing but the state.
public struct State: Sendable {
    public let catalog: any Catalog
    public let keymap: Keymap
    /// The chronicle's title, for the tab bar.
    public let title: String
    public let timeline: ListShape
    /// Events per year, from the catalog's counts made at import: the histogram's data.
    public let years: [YearCount]
    public let months: [MonthCount]
    public internal(set) var size: Size
    public internal(set) var pane: Pane = .timeline {
        // The chart is read from the catalog the first time it is shown: most sessions never
        // look at it, and the first frame does not wait for it.
        didSet { if pane == .chart, chart == nil { chart = MembershipChart(catalog: catalog) } }
    }
    /// The states' statuses over the years, once the chart pane has been shown.
    public private(set) var chart: MembershipChart?
    /// The year under the chart's cursor; nil for the last year of the chart.
    public internal(set) var chartYear: Int?
    public internal(set) var focus: Focus = .list
    /// Each pane keeps its own cursor and scroll, as lazygit's lists do.
    public internal(set) var positions: [Pane: ListPosition] = [:]
    public internal(set) var detail = DetailPosition()
    public internal(set) var history = History()
    public internal(set) var mode: Mode = .browse
    public internal(set) var split = Split()
    public internal(set) var search = SearchState()
    /// The order of search results, kept for the session: `s` switches it.
    public internal(set) var resultOrder: ResultOrder = .relevance
    /// What the go-to-date prompt holds.
    public internal(set) var dateInput = PromptText()
    /// Whether the date prompt asks which states were members then (opened on the Institutions
    /// pane) rather than where the timeline goes.
    public internal(set) var dateFindsMembers = false
    public internal(set) var exportInput = PromptText()
    public internal(set) var marks = Marks()
    /// Searches kept from earlier, for ↑ and ↓ in the search prompt.
    public internal(set) var recall = SearchRecall()
    /// A one-off notice for the status line, cleared by the next key.
    public internal(set) var message: String?
    public internal(set) var hasQuit = false
    /// The pane an export was started from, while it runs: a refused name reopens the prompt
    /// there with the name kept.
    var exportPane: Pane?
    /// A count being typed (`0`, then digits): the next move is done that many times.
    public internal(set) var count: Int?
    /// The active pane's rows on screen, read from the catalog.
    public private(set) var screenful = Screenful()
    /// The selected record's detail, laid out for the detail's width.
    public private(set) var detailDocument: DetailDocument?
    private var detailKey: (id: String, width: Int)?
    /// Where the reader was, and what search was kept, when the prompt opened: Esc goes back there.
    var beforePrompt: (search: SearchState, location: Location)?
    /// The pane to return to when a kept search is dropped.
    var paneBeforeResults: Pane = .timeline

    public init(catalog: any Catalog, size: Size, keymap: Keymap = .standard, split: Split = Split()) {
        self.catalog = catalog
        self.keymap = keymap
        self.split = split
        self.title = catalog.title
        self.years = catalog.timelineYears
        self.months = catalog.timelineMonths
        self.timeline = ListShape(years: years)
        self.size = size
        // The Sources pane's rows are counted, and the chart read, only when first shown: a
        // pass over every record has no place before the first frame.
        for pane in Pane.allCases where pane != .sources && pane != .chart { positions[pane] = firstPosition(in: shape(of: pane)) }
        keepSelectionVisible()
        refresh()
        keepLinkOnScreen()
    }

    public var layout: Layout { Layout(size, split: split, content: listContentWidth, histogram: showsHistogram) }

    /// The reader's choice of the histogram strip (`H`); until they make one, it shows when the
    /// terminal has 20 rows or more.
    public internal(set) var histogramChoice: Bool?

    /// Whether `o` can open a web address here: a local display to show a browser on (set by
    /// the program from its environment); otherwise the address is copied.
    public var canOpenLinks = false

    public var showsHistogram: Bool { !timeline.hasHeadings ? false : histogramChoice ?? (size.height >= 20) }

    /// The years the histogram counts: the results', when they are in date order (a filtered
    /// timeline), otherwise the whole timeline's.
    public var histogramYears: [YearCount] {
        pane == .results && !search.matches.years.isEmpty ? search.matches.years : years
    }

    /// The months the histogram counts; the results are counted by year only.
    public var histogramMonths: [MonthCount] { pane == .results && !search.matches.years.isEmpty ? [] : months }

    /// The month the cursor's record starts in (`200406`), when its date names one.
    public var cursorMonth: Int? {
        guard let record = currentShape.row(position(of: pane).selected).position,
              let start = screenful.entry(at: record)?.date?.start, let month = start.month else { return nil }
        return start.year * 100 + month
    }

    /// The year the cursor is in: its heading's, or the selected record's date in a list without.
    public var cursorYear: Int? {
        let p = position(of: pane)
        if currentShape.hasHeadings { return currentShape.heading(over: p.selected)?.year }
        guard let record = currentShape.row(p.selected).position else { return nil }
        return screenful.entry(at: record)?.date?.start.year
    }

    /// The help screen at this size: the body less the right margin, where its scroll markers go.
    public var helpPage: HelpPage { HelpPage(keymap.helpLines, width: layout.body.width - 2) }

    /// Columns the active pane's widest row wants: its widest label and the columns beside it
    /// (date, kind, indent). The split follows it, so titles are not cut while there is room.
    var listContentWidth: Int? {
        switch pane {
        case .timeline: return catalog.labelWidth(of: .event).map { $0 + DateColumn.width(of: .timeline, listWidth: 0, catalog: catalog) + 7 }
        case .institutions: return catalog.labelWidth(of: .institution).map { $0 + 30 }
        case .documents: return catalog.labelWidth(of: .document).map { $0 + DateColumn.width(of: .documents, listWidth: .max, catalog: catalog) + 17 }
        case .sources: return nil
        case .chart:
            guard let chart, let years = chart.years else { return nil }
            return ChartGrid(chart, width: Int.max / 2).nameWidth + 1 + years.count * 3
        case .results, .marks:
            // The kind, the date, and room for why a row matched (`  summary`).
            return RecordKind.allCases.compactMap(catalog.labelWidth).max().map { $0 + DateColumn.whole + 8 + 9 }
        }
    }

    public func shape(of pane: Pane) -> ListShape {
        switch pane {
        case .timeline: return timeline
        case .institutions: return ListShape(flat: catalog.count(of: .institution))
        case .documents: return ListShape(flat: catalog.count(of: .document))
        case .results:
            let years = search.matches.years
            guard !years.isEmpty else { return ListShape(flat: search.matches.count) }
            return ListShape(years: years, undated: search.matches.count - years.reduce(0) { $0 + $1.count })
        case .marks: return ListShape(flat: marks.count)
        case .sources: return ListShape(flat: catalog.sourceRows().count)
        case .chart: return ListShape(flat: chart?.rows.count ?? 0)
        }
    }

    public var currentShape: ListShape { shape(of: pane) }

    /// Rows of the active list on screen: the chart's years and legend take some of its pane.
    public var listRows: Int { pane == .chart ? max(1, layout.list.height - ChartGrid.chrome) : layout.list.height }

    /// How the chart fits its pane at this size.
    public var chartGrid: ChartGrid? { chart.map { ChartGrid($0, width: layout.list.width) } }

    /// The column under the chart's year cursor.
    public var chartColumn: Int? {
        guard let chart, let grid = chartGrid, let years = chart.years else { return nil }
        return grid.column(of: chartYear ?? years.upperBound)
    }

    public func position(of pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    /// The entries of a pane's records at `positions` (clamped to the list), from the catalog.
    func entries(of pane: Pane, at positions: Range<Int>) -> [Entry] {
        let count = shape(of: pane).recordCount
        let range = max(0, positions.lowerBound)..<min(count, max(positions.lowerBound, positions.upperBound))
        switch pane {
        case .timeline: return catalog.entries(.event, at: range)
        case .institutions: return catalog.entries(.institution, at: range)
        case .documents: return catalog.entries(.document, at: range)
        case .results: return catalog.entries(rows: Array(search.matches.rows[range]))
        case .marks: return catalog.entries(ids: Array(marks.ids[range]))
        case .chart: return catalog.entries(ids: (chart?.rows[range] ?? []).map(\.id))
        case .sources:
            let rows = catalog.sourceRows()
            return range.map { i in
                Entry(id: State.sourceID(i), kind: .document, title: rows[i].label, date: rows[i].declared?.date, eventCount: rows[i].records.count)
            }
        }
    }

    /// The ID of the record under the list cursor of the active pane.
    public var selectedID: String? {
        guard let p = currentShape.row(position(of: pane).selected).position else { return nil }
        let current = screenful.pane == pane && screenful.version == screenVersion
        return (current ? screenful.entry(at: p)?.id : nil) ?? entries(of: pane, at: p..<p + 1).first?.id
    }

    /// Whether the reader pressed Enter on a search whose first answer has not come: keys
    /// typed after it are meant for the results, so the runtime holds them until they arrive.
    public var isAwaitingSearch: Bool { mode == .browse && search.isPending }

    /// Whether the detail takes the whole screen (narrow terminals, after Enter).
    public var isDetailFullScreen: Bool { !layout.isSplit && focus == .detail }

    /// The panes Tab cycles through: Results only while a search is kept, Marks while
    /// something is marked (or the reader is in it).
    public var availablePanes: [Pane] {
        var panes: [Pane] = [.timeline, .institutions, .documents]
        if search.matches.count > 0 || mode == .searchPrompt && pane == .results { panes.append(.results) }
        if !marks.isEmpty || pane == .marks { panes.append(.marks) }
        panes += [.sources, .chart]
        return panes
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

    /// What the active pane's rows depend on besides their positions: the matches in Results,
    /// the marks in Marks.
    private var screenVersion: Int { pane == .results ? search.version : pane == .marks ? marks.version : 0 }

    /// The Sources pane's rows stand for sources, not records: `source:3` is the fourth.
    static func sourceID(_ index: Int) -> String { "source:\(index)" }

    static func sourceIndex(_ id: String) -> Int? {
        id.hasPrefix("source:") ? Int(id.dropFirst(7)) : nil
    }

    /// The source under the cursor in the Sources pane.
    var selectedSource: SourceRow? {
        guard pane == .sources, let index = selectedID.flatMap(State.sourceIndex) else { return nil }
        let rows = catalog.sourceRows()
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The record under the cursor, when it is a record (not a source).
    public var selectedRecordID: String? { pane == .sources ? nil : selectedID }

    func firstPosition(in shape: ListShape) -> ListPosition {
        ListPosition(selected: shape.rowCount > 0 && shape.isHeading(0) ? 1 : 0, offset: 0)
    }

    /// Reads from the catalog what the screen now needs and the state does not hold yet: the
    /// rows of the list window, and the selected record's detail. Called after every change.
    mutating func refresh() {
        let shape = currentShape
        let offset = position(of: pane).offset
        let rows = offset..<min(shape.rowCount, offset + listRows)
        let records = rows.compactMap { shape.row($0).position }
        let span = records.isEmpty ? 0..<0 : records.first!..<records.last! + 1
        if screenful.pane != pane || screenful.records != span || screenful.version != screenVersion {
            screenful = Screenful(pane: pane, records: span, version: screenVersion, entries: entries(of: pane, at: span))
        }
        let width = min(layout.detailText.width, DetailDocument.measure)
        guard let id = selectedID else {
            detailDocument = nil
            detailKey = nil
            return
        }
        if detailKey?.id != id || detailKey?.width != width {
            if let source = State.sourceIndex(id) {
                let rows = catalog.sourceRows()
                detailDocument = rows.indices.contains(source) ? DetailDocument(source: rows[source], width: width) : nil
            } else {
                detailDocument = catalog.record(id).map { DetailDocument(record: $0, catalog: catalog, width: width) }
            }
            detailKey = (id, width)
        }
        if var document = detailDocument {
            document.read(lines: detail.scroll..<detail.scroll + layout.detailText.height, from: catalog)
            detailDocument = document
        }
    }
}

/// The entries of the rows a list shows, with what they were read for.
public struct Screenful: Sendable {
    public private(set) var pane: Pane = .timeline
    /// Positions of the records among the pane's records.
    public private(set) var records: Range<Int> = 0..<0
    /// The search version, for the Results pane.
    var version = -1
    public private(set) var entries: [Entry] = []

    /// The entry of the record at a position, when it is on screen.
    public func entry(at position: Int) -> Entry? {
        records.contains(position) && entries.indices.contains(position - records.lowerBound) ? entries[position - records.lowerBound] : nil
    }
}
