import GRDB

/// Fills an empty chronicle database record by record, then derives what needs them all: list
/// positions, year counts, who links to whom, and the checks across records (unique IDs, links
/// that resolve to a record of the right kind). Runs inside one write transaction.
final class StoreWriter {
    private let db: Database
    private var nextRowID: Int64 = 1
    /// Every ID with where it was first seen, for duplicate and link checks.
    private var known: [String: KnownRecord] = [:]
    private var events: [(rowID: Int64, start: Int, time: Int, end: Int)] = []
    private var documents: [(rowID: Int64, start: Int?, end: Int)] = []
    private var institutions: [(rowID: Int64, id: String, parent: String?)] = []
    /// States by their titles, lowercased, and the documents' parties: a party named as a state
    /// links to it.
    private var stateNames: [String: String] = [:]
    private var parties: [(rowID: Int64, origin: Int, names: [String])] = []
    private var written = WrittenLinks()

    private func link(_ source: Int64, _ relation: Relation, _ origin: Int, _ index: Int?, _ target: String) {
        written.add(source, relation, origin, index, target)
    }
    private(set) var problems: [ValidationProblem] = []
    /// The widest list label of each kind, in columns.
    private var labelWidths = [Int](repeating: 0, count: RecordKind.allCases.count)
    /// The widest date of each kind as its list shows it, in columns.
    private var dateWidths = [Int](repeating: 0, count: RecordKind.allCases.count)
    /// The widest whole date and ID of each kind, for aligned columns printed as they are read.
    private var tableWidths = [TableWidths](repeating: TableWidths(date: 0, id: 0), count: RecordKind.allCases.count)
    /// The longest span of a dated record, in sort-key units.
    private var maxSpan = 0
    /// How many dated records no one run of days describes.
    private var spanParts = 0

    private let insertRecord: Statement
    private let insertSpan: Statement
    private let insertSpanPart: Statement
    private let insertStatus: Statement
    /// The search indexes, when they are filled here rather than on a thread of their own.
    private let index: IndexWriter?

    /// `indexing`: fill the search indexes too; an import fills them elsewhere (`IndexWriter`).
    init(_ db: Database, indexing: Bool = true) throws {
        self.db = db
        try StoreSchema.create(db)
        index = indexing ? try IndexWriter(db) : nil
        insertRecord = try db.makeStatement(sql: "INSERT INTO record(rowid, \(StoreRecord.columns)) VALUES (?\(String(repeating: ", ?", count: StoreRecord.columnCount)))")
        insertSpan = try db.makeStatement(sql: "INSERT INTO span(rowid, kind, start_key, end_key) VALUES (?, ?, ?, ?)")
        insertSpanPart = try db.makeStatement(sql: "INSERT INTO span_part(record, first_key, last_key) VALUES (?, ?, ?)")
        insertStatus = try db.makeStatement(sql: "INSERT INTO status(record, status, first_key, last_key) VALUES (?, ?, ?, ?)")
    }

    var count: Int { Int(nextRowID - 1) }

    /// Adds one valid record; `origin` is its index in its kind's array in the file.
    func add(_ row: StoreRow, origin: Int) throws {
        let record = row.record
        // Made only for a problem: a path per record was a tenth of the cost of storing it.
        var path: String { "\(record.kind.plural)[\(origin)]" }
        if let first = known[record.id] {
            problems.append(ValidationProblem(path: path + ".id", message:
                "duplicate ID \(quoted(record.id)) (first used at \(first.kind.plural)[\(first.origin)].id)"))
            return
        }
        let rowID = nextRowID
        nextRowID += 1
        known[record.id] = KnownRecord(rowID: rowID, kind: record.kind, origin: origin)
        labelWidths[record.kind.code] = max(labelWidths[record.kind.code], row.labelWidth)
        dateWidths[record.kind.code] = max(dateWidths[record.kind.code], row.dateWidth)
        tableWidths[record.kind.code] = tableWidths[record.kind.code].widening(to: row.tableWidths)
        if let date = record.date, date.isOneSpan { maxSpan = max(maxSpan, date.lastKey - date.start.sortKey) }
        // At the same start a single date comes first, then the date that ends sooner.
        let end = record.date.map { $0.single == nil ? $0.lastKey : Int.min } ?? Int.min
        switch record {
        case let event as Event:
            events.append((rowID, event.date?.start.sortKey ?? 0, event.date?.start.time?.moment ?? Int.min, end))
            for (i, id) in event.institutions.enumerated() { link(rowID, .institutions, origin, i, id) }
            for (i, id) in event.documents.enumerated() { link(rowID, .documents, origin, i, id) }
        case let institution as Institution:
            institutions.append((rowID, institution.id, institution.partOf))
            if institution.isState, stateNames[institution.title.lowercased()] == nil { stateNames[institution.title.lowercased()] = institution.id }
            for (i, id) in institution.chaired.enumerated() { link(rowID, .chaired, origin, i, id) }
            for (i, id) in institution.hosted.enumerated() { link(rowID, .hosted, origin, i, id) }
            for period in institution.statuses {
                try insertStatus.insert([.integer(Int(rowID)), .integer(period.status.code), .integer(period.keys.lowerBound),
                                         .integer(period.keys.upperBound)])
            }
            if let parent = institution.partOf {
                link(rowID, .partOf, origin, nil, parent)
                if parent == institution.id {
                    problems.append(ValidationProblem(path: path + ".partOf", message: "an institution cannot be part of itself"))
                }
            }
        case let document as Document:
            documents.append((rowID, document.date?.start.sortKey, end))
            if !document.parties.isEmpty { parties.append((rowID, origin, document.parties)) }
            if let event = document.adoptedAt { link(rowID, .adoptedAt, origin, nil, event) }
        default:
            break
        }
        try insertRecord.insert(row.values, rowID: Int(rowID))
        try index?.add(IndexedText(record))
        // A date that one run of days does not describe has no end in `span`, so the filter on
        // `span` passes it by, and its runs in `span_part`.
        let oneSpan = record.date?.isOneSpan ?? true
        try insertSpan.insert([.integer(Int(rowID)), .integer(record.kind.code),
                     record.date.map { .integer($0.start.sortKey) } ?? .text(nil),
                     record.date.flatMap { oneSpan ? .integer($0.lastKey) : nil } ?? .text(nil)])
        if let date = record.date, !oneSpan {
            spanParts += 1
            for part in date.spans {
                try insertSpanPart.insert([.integer(Int(rowID)), .integer(part.lowerBound), .integer(part.upperBound)])
            }
        }
    }

    /// Derives lists, years and mentions, and records the problems across records.
    func finish(title: String, sources: [DeclaredSource] = [], places: [Place] = []) throws {
        let lists = orderLists()
        problems += try lists.links.store(into: db)
        try write(lists, title: title, sources: sources, places: places)
        try index?.finish(db)
        try keep(words: index?.words ?? 0)
    }

    /// Every kind's records in list order, with their depth in the list.
    struct OrderedLists {
        let rows: [(kind: RecordKind, rows: [(rowID: Int64, depth: Int)])]
        /// The events' start keys in list order, for the year and month counts.
        let eventStarts: [Int]
        /// What resolving the links needs: it can be done elsewhere while the lists are written.
        let links: LinkResolution
    }

    /// Puts the records in list order once every record is in, and records the problems
    /// within lists (part-of rings). Writes nothing.
    func orderLists() -> OrderedLists {
        let sortedEvents = events.sorted { a, b in
            (a.start, a.time, a.end, a.rowID) < (b.start, b.time, b.end, b.rowID)
        }
        let sortedDocuments = documents.sorted { a, b in
            switch (a.start, b.start) {
            case let (x?, y?): return (x, a.end, a.rowID) < (y, b.end, b.rowID)
            case (nil, nil): return a.rowID < b.rowID
            case (_?, nil): return true
            case (nil, _?): return false
            }
        }
        let parents = Dictionary(institutions.compactMap { i in i.parent.map { (i.id, $0) } }, uniquingKeysWith: { a, _ in a })
        for ring in PartOfRings.find(parents: parents, order: institutions.map(\.id)) {
            let origin = known[ring[0]]?.origin ?? 0
            problems.append(ValidationProblem(path: "institutions[\(origin)].partOf", message: PartOfRings.message(ring)))
        }
        let rows: [(kind: RecordKind, rows: [(rowID: Int64, depth: Int)])] = [
            (.event, sortedEvents.map { ($0.rowID, 0) }), (.institution, institutionTree()), (.document, sortedDocuments.map { ($0.rowID, 0) }),
        ]
        var position = [Int32](repeating: -1, count: Int(nextRowID))
        for list in rows {
            for (i, row) in list.rows.enumerated() { position[Int(row.rowID)] = Int32(i) }
        }
        for document in parties {
            for (i, name) in document.names.enumerated() {
                if let state = stateNames[name.lowercased()] { link(document.rowID, .parties, document.origin, i, state) }
            }
        }
        return OrderedLists(rows: rows, eventStarts: sortedEvents.map(\.start),
                            links: LinkResolution(links: written, known: known, position: position))
    }

    /// Writes the lists, the years and months, the indexes on the records, and what `meta`
    /// knows by now.
    func write(_ lists: OrderedLists, title: String, sources: [DeclaredSource], places: [Place] = []) throws {
        let listing = try db.cachedStatement(sql: "INSERT INTO listing(kind, position, record, depth) VALUES (?, ?, ?, ?)")
        for list in lists.rows {
            for (i, row) in list.rows.enumerated() {
                try listing.insert([.integer(list.kind.code), .integer(i), .integer(Int(row.rowID)), .integer(row.depth)])
            }
        }
        var years: [(year: Int, count: Int)] = []
        for start in lists.eventStarts {
            let year = start / 10_000
            if years.last?.year == year { years[years.count - 1].count += 1 } else { years.append((year, 1)) }
        }
        for year in years {
            try db.execute(sql: "INSERT INTO timeline_year(year, count) VALUES (?, ?)", arguments: [year.year, year.count])
        }
        var months: [(month: Int, count: Int)] = []
        for start in lists.eventStarts where start / 100 % 100 != 0 {
            let month = start / 100
            if months.last?.month == month { months[months.count - 1].count += 1 } else { months.append((month, 1)) }
        }
        for month in months {
            try db.execute(sql: "INSERT INTO timeline_month(month, count) VALUES (?, ?)", arguments: [month.month, month.count])
        }
        try StoreSchema.createIndexes(db)
        var meta: [(String, String)] = [("format", StoreSchema.format), ("version", String(StoreSchema.version)), ("title", title),
                                        (StoreSchema.maxSpanKey, String(maxSpan)), (StoreSchema.spanPartsKey, String(spanParts))]
        for kind in RecordKind.allCases {
            meta.append((StoreSchema.labelWidthKey(kind), String(labelWidths[kind.code])))
            meta.append((StoreSchema.dateWidthKey(kind), String(dateWidths[kind.code])))
            meta.append((StoreSchema.tableWidthsKey(kind), tableWidths[kind.code].description))
        }
        if !sources.isEmpty { meta.append((StoreSchema.sourcesKey, JSONWriter.compact(.array(sources.map(ChronicleWriter.value))))) }
        if !places.isEmpty { meta.append((StoreSchema.placesKey, JSONWriter.compact(.array(places.map(ChronicleWriter.value))))) }
        for (key, value) in meta {
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// Keeps how many words the records' text has on average, for ranking: known once the
    /// search indexes are filled, here or elsewhere.
    func keep(words: Int) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)",
                       arguments: [StoreSchema.averageWordsKey, String(Double(words) / Double(max(count, 1)))])
    }

    /// Institutions in tree order, each followed by its parts, with their depth.
    private func institutionTree() -> [(rowID: Int64, depth: Int)] {
        let ids = Set(institutions.map(\.id))
        var children: [String: [(rowID: Int64, id: String)]] = [:]
        var roots: [(rowID: Int64, id: String)] = []
        for institution in institutions {
            if let parent = institution.parent, ids.contains(parent), parent != institution.id {
                children[parent, default: []].append((institution.rowID, institution.id))
            } else {
                roots.append((institution.rowID, institution.id))
            }
        }
        var result: [(rowID: Int64, depth: Int)] = []
        var visited: Set<String> = []
        var stack: [(rowID: Int64, id: String, depth: Int)] = []
        func visit(_ root: (rowID: Int64, id: String)) {
            stack.append((root.rowID, root.id, 0))
            while let (rowID, id, depth) = stack.popLast() {
                guard visited.insert(id).inserted else { continue }
                result.append((rowID, depth))
                for child in (children[id] ?? []).reversed() { stack.append((child.rowID, child.id, depth + 1)) }
            }
        }
        for root in roots { visit(root) }
        for institution in institutions where !visited.contains(institution.id) { visit((institution.rowID, institution.id)) }
        return result
    }
}
