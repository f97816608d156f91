import Foundation
import GRDB
import GRDBSQLite

/// Why a database file cannot be opened as a chronicle.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}

/// The chronicle in SQLite: every list read by position, records by ID, search through FTS5.
/// Reads run outside transactions (GRDB's `unsafeRead`): nothing writes to a store once it is
/// built, and a transaction per read cost more than the reads themselves.
/// Opened from a file made by `sco import` (read-only, so many processes can share it) or
/// built in memory from a loaded chronicle; either way nothing is held in memory but what a
/// screen needs.
public final class Store: Catalog {
    let reader: any DatabaseReader
    /// The database file, or nil for a chronicle built in memory.
    public let file: String?
    /// The shared in-memory database's name, so a second connection can read it too.
    private let memoryName: String?
    /// The database image this store was opened from, so a second connection gets a copy.
    private let image: [UInt8]?
    public let title: String
    public let declaredSources: [DeclaredSource]
    /// The places with names in other languages.
    public let places: [Place]
    /// The names of records and places in other languages, read on the first search.
    let nameCache = Lazily<NameIndex>()
    /// The Sources pane's rows, made on first use.
    let sourceCache = Lazily<[SourceRow]>()
    /// The states by their lowercased titles, made on first use (`stateIDsByName`).
    let stateCache = Lazily<[String: String]>()
    /// Years of the timeline, in order, with their event counts.
    public let timelineYears: [YearCount]
    public let timelineMonths: [MonthCount]
    private let counts: [Int]
    private let labelWidths: [Int?]
    private let dateWidths: [Int]
    private let tableWidths: [TableWidths?]
    /// The longest span of a dated record, in sort-key units (see `StoreSchema.maxSpanKey`).
    let maxSpan: Int
    /// How many records have dates that one run of days does not describe (see
    /// `StoreSchema.spanPartsKey`).
    let spanParts: Int
    /// The average number of words in a record's text, for ranking (see `Relevance`).
    let averageWords: Double
    /// A list the chronicle file gives at its top (declared sources, places), as kept in `meta`
    /// in the file's own JSON; empty when absent.
    private static func list<T>(_ text: String?, allowed: [String], _ make: (Fields) -> T) -> [T] {
        guard let text, case .array(let items)? = try? JSONParser.parse(Array(text.utf8)) else { return [] }
        let ignored = ProblemList()
        return items.compactMap { Fields($0, path: "", allowed: allowed, problems: ignored).map(make) }
    }

    /// Builds an in-memory database from a chronicle already read and checked.
    public convenience init(_ chronicle: Chronicle) throws {
        let name = "sco-\(UUID().uuidString)"
        let queue = try DatabaseQueue(named: name)
        try queue.write { db in
            let writer = try StoreWriter(db)
            for kind in RecordKind.allCases {
                for (i, record) in chronicle.records(of: kind).enumerated() { try writer.add(StoreRow(record), origin: i) }
            }
            try writer.finish(title: chronicle.title, sources: chronicle.sources, places: chronicle.places)
        }
        try self.init(reader: queue, file: nil, memoryName: name)
    }

    /// Opens a database image held in memory, read-only, in a private copy: the built-in
    /// chronicle ships as one, made from its JSON, so starting costs no reading and indexing.
    public convenience init(image: [UInt8]) throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in
            guard !image.isEmpty, let copy = sqlite3_malloc64(UInt64(image.count)) else {
                throw StoreError(file: ":memory:", reason: "an empty database image")
            }
            image.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: image.count) }
            // SQLite frees the copy when the connection closes, even when it refuses it.
            let result = sqlite3_deserialize(db.sqliteConnection, "main", copy.assumingMemoryBound(to: UInt8.self), Int64(image.count),
                                             Int64(image.count), UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY))
            guard result == SQLITE_OK else { throw StoreError(file: ":memory:", reason: "not a database image (SQLite error \(result))") }
        }
        try self.init(reader: queue, file: nil, memoryName: nil, image: image)
    }

    /// Opens a database made by `sco import`, read-only.
    public convenience init(opening path: String) throws(StoreError) {
        do {
            try InputFile.check(path, limit: nil)
        } catch {
            throw StoreError(file: path, reason: error.reason.replacingOccurrences(of: "give a chronicle file", with: "give a chronicle database"))
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            try self.init(reader: try DatabaseQueue(path: path, configuration: configuration), file: path, memoryName: nil)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            throw StoreError(file: path, reason: "is being written by an import; open it when the import has finished")
        } catch {
            throw StoreError(file: path, reason: "not a chronicle database (\(error)); make one with `sco import`")
        }
    }

    private init(reader: any DatabaseReader, file: String?, memoryName: String?, image: [UInt8]? = nil) throws {
        self.reader = reader
        self.file = file
        self.memoryName = memoryName
        self.image = image
        let found = try reader.unsafeRead { db -> (meta: [String: String], years: [YearCount], months: [MonthCount], counts: [Int])? in
            guard try db.tableExists("meta") else { return nil }
            let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0["key"] as String, $0["value"] as String) },
                                  uniquingKeysWith: { a, _ in a })
            guard meta["format"] == StoreSchema.format, meta["version"] == String(StoreSchema.version) else { return (meta, [], [], []) }
            // A table dropped or renamed would make every read fail silently: say so now.
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            if let missing = StoreSchema.tables.first(where: { !tables.contains($0) }) {
                throw StoreError(file: file ?? ":memory:", reason: "is damaged: its table \(quoted(missing)) is missing; import the chronicle again")
            }
            let years = try Row.fetchAll(db, sql: "SELECT year, count FROM timeline_year ORDER BY year")
                .map { YearCount(year: $0["year"], count: $0["count"]) }
            let months = try Row.fetchAll(db, sql: "SELECT month, count FROM timeline_month ORDER BY month")
                .map { MonthCount(month: $0["month"], count: $0["count"]) }
            let counts = try RecordKind.allCases.map { kind in
                try Int.fetchOne(db, sql: "SELECT coalesce(max(position) + 1, 0) FROM listing WHERE kind = ?", arguments: [kind.code]) ?? 0
            }
            return (meta, years, months, counts)
        }
        guard let found, found.meta["format"] == StoreSchema.format else {
            throw StoreError(file: file ?? ":memory:", reason: "not a chronicle database; make one with `sco import`")
        }
        guard found.meta["version"] == String(StoreSchema.version) else {
            throw StoreError(file: file ?? ":memory:", reason: "made by another version of sco (format \(found.meta["version"] ?? "?"), "
                             + "this sco reads \(StoreSchema.version)); import the chronicle again")
        }
        title = found.meta["title"] ?? "Chronicle"
        declaredSources = Store.list(found.meta[StoreSchema.sourcesKey], allowed: ChronicleReader.sourceFields, ChronicleReader.declaredSource)
        places = Store.list(found.meta[StoreSchema.placesKey], allowed: ChronicleReader.placeFields, ChronicleReader.place)
        timelineYears = found.years
        timelineMonths = found.months
        counts = found.counts
        labelWidths = RecordKind.allCases.map { kind in found.meta[StoreSchema.labelWidthKey(kind)].flatMap { Int($0) } }
        dateWidths = RecordKind.allCases.map { kind in found.meta[StoreSchema.dateWidthKey(kind)].flatMap { Int($0) } ?? 0 }
        tableWidths = RecordKind.allCases.map { kind in found.meta[StoreSchema.tableWidthsKey(kind)].flatMap(TableWidths.init) }
        maxSpan = found.meta[StoreSchema.maxSpanKey].flatMap { Int($0) } ?? 0
        spanParts = found.meta[StoreSchema.spanPartsKey].flatMap { Int($0) } ?? 0
        averageWords = found.meta[StoreSchema.averageWordsKey].flatMap { Double($0) } ?? 1
    }

    public func count(of kind: RecordKind) -> Int { counts[kind.code] }

    public func labelWidth(of kind: RecordKind) -> Int? { labelWidths[kind.code] }

    public func dateWidth(of kind: RecordKind) -> Int { dateWidths[kind.code] }

    /// The widest whole date and ID of a kind, kept at import; nil in a database made before.
    public func tableWidths(of kind: RecordKind) -> TableWidths? { tableWidths[kind.code] }

    /// A binary search over the timeline, which is in date order: about 20 reads of one row
    /// at a million events.
    public func firstEvent(from point: EDTFDate.Point) -> Int {
        let count = counts[RecordKind.event.code]
        return (try? reader.unsafeRead { db in
            let statement = try db.cachedStatement(sql: """
                SELECT r.date FROM listing l JOIN record r ON r.rowid = l.record WHERE l.kind = 0 AND l.position = ?
                """)
            var low = 0, high = count
            while low < high {
                let mid = (low + high) / 2
                let date = try String.fetchOne(statement, arguments: [mid]).flatMap { try? EDTFDate(parsing: $0) }
                if let date, !(date.start < point) { high = mid } else { low = mid + 1 }
            }
            return low
        }) ?? count
    }

    public func backgroundReader() throws -> any Catalog {
        if let file { return try Store(opening: file) }
        if let image { return try Store(image: image) }
        // The in-memory database lives while this store's connection is open.
        return try Store(reader: try DatabaseQueue(named: memoryName), file: nil, memoryName: memoryName)
    }

    /// Only an institution's row shows how many events involve it: the count is not looked up
    /// for the million other rows.
    static let entryColumns = """
        r.id, r.kind, r.title, r.short_title, r.date, r.place, r.document_kind, r.statuses, coalesce(l.depth, 0) AS depth,
        CASE WHEN r.kind = \(RecordKind.institution.code)
          THEN coalesce((SELECT count FROM mention_count c WHERE c.target = r.rowid AND c.relation = \(Relation.events.code)), 0)
          ELSE 0 END AS events, r.names
        """

    /// The rows of a kind's list at `positions`: events and documents by date (undated
    /// documents last), institutions as a tree.
    public func entries(_ kind: RecordKind, at positions: Range<Int>) -> [Entry] {
        guard !positions.isEmpty else { return [] }
        // Rows are read off the statement as it steps, not copied first.
        return (try? reader.unsafeRead { db in
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(Store.entryColumns) FROM listing l JOIN record r ON r.rowid = l.record
                WHERE l.kind = ? AND l.position >= ? AND l.position < ? ORDER BY l.position
                """), arguments: [kind.code, positions.lowerBound, positions.upperBound])
            var entries: [Entry] = []
            entries.reserveCapacity(positions.count)
            while let row = try rows.next() {
                if let entry = Store.entry(row) { entries.append(entry) }
            }
            return entries
        }) ?? []
    }

    public func entries(rows: [Int64]) -> [Entry] { entries(where: "r.rowid", is: rows) }

    public func entries(ids: [String]) -> [Entry] { entries(where: "r.id", is: ids) }

    /// Entries looked up one key at a time, in the order of the keys; unknown keys are left out.
    private func entries<Key: DatabaseValueConvertible>(where column: String, is keys: [Key]) -> [Entry] {
        (try? reader.unsafeRead { db in
            let statement = try db.cachedStatement(sql: """
                SELECT \(Store.entryColumns) FROM record r LEFT JOIN listing l ON l.record = r.rowid WHERE \(column) = ?
                """)
            return try keys.compactMap { key in try Row.fetchOne(statement, arguments: [key]).flatMap(Store.entry) }
        }) ?? []
    }

    /// Read by position, in the order of `entryColumns`.
    private static func entry(_ row: Row) -> Entry? {
        guard let kind = RecordKind(code: row[1]) else { return nil }
        return Entry(id: row[0], kind: kind, title: row[2], shortTitle: row[3],
                     date: (row[4] as String?).flatMap { try? EDTFDate(parsing: $0) }, place: row[5],
                     documentKind: (row[6] as String?).flatMap(DocumentKind.init(rawValue:)),
                     depth: row[8], eventCount: row[9], standing: (row[7] as String?).map { StoreRecord.statuses($0).brief },
                     names: (row[10] as String?).map { StoreRecord.names($0).line })
    }

    public func position(of id: String) -> Int? {
        try? reader.unsafeRead { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT l.position FROM record r JOIN listing l ON l.record = r.rowid WHERE r.id = ?"),
                             arguments: [id])
        }
    }

    public func record(_ id: String) -> (any Record)? {
        try? reader.unsafeRead { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(StoreRecord.columns) FROM record WHERE id = ?"), arguments: [id])
                .flatMap { StoreRecord.record(from: $0) }
        }
    }

    public func institutionEvents(of id: String) -> InstitutionEvents {
        let none = InstitutionEvents(rows: [], bodyIndexes: [], bodies: [])
        return (try? reader.unsafeRead { db -> InstitutionEvents in
            // An event linked to more than one body of the family is listed once, under the
            // body that comes first (the institution before its parts).
            guard let own = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT rowid FROM record WHERE id = ? AND kind = \(RecordKind.institution.code)
                """), arguments: [id]) else { return none }
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                WITH RECURSIVE family(id) AS (
                  SELECT ?
                  UNION SELECT m.source FROM mention m JOIN family f ON m.target = f.id WHERE m.relation = \(Relation.parts.code))
                SELECT m.source, min(CASE m.target WHEN ? THEN 0 ELSE m.target END) FROM mention m
                WHERE m.relation = \(Relation.events.code) AND m.target IN (SELECT id FROM family)
                GROUP BY m.position ORDER BY m.position
                """), arguments: [own, own])
            var index: [Int64: Int32] = [0: 0]
            var bodyRows: [Int64] = [own]
            var events: [Int64] = [], bodyIndexes: [Int32] = []
            events.reserveCapacity(rows.count)
            bodyIndexes.reserveCapacity(rows.count)
            for row in rows {
                let body: Int64 = row[1]
                let i = index[body] ?? {
                    bodyRows.append(body)
                    index[body] = Int32(bodyRows.count - 1)
                    return Int32(bodyRows.count - 1)
                }()
                events.append(row[0])
                bodyIndexes.append(i)
            }
            let ids = try bodyRows.map { try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM record WHERE rowid = ?"), arguments: [$0]) ?? "" }
            return InstitutionEvents(rows: events, bodyIndexes: bodyIndexes, bodies: ids)
        }) ?? none
    }

    public func mentionCount(of id: String, _ relation: Relation) -> Int {
        (try? reader.unsafeRead { db in
            try Int.fetchOne(db.cachedStatement(sql: """
                SELECT c.count FROM record t JOIN mention_count c ON c.target = t.rowid WHERE t.id = ? AND c.relation = ?
                """), arguments: [id, relation.code])
        } ?? nil) ?? 0
    }

    /// Every record of a kind in the order a chronicle file keeps them (events and documents
    /// by date, institutions as written), read a page at a time: what export writes.
    public func forEachRecord(_ kind: RecordKind, _ body: (any Record) -> Void) {
        forEachPage(kind) { page in page.records.forEach(body) }
    }

    /// The same records, a page of up to 2,000 at a time, with their rows (for `links(of:)`).
    public func forEachPage(_ kind: RecordKind, _ body: (RecordPage) -> Void) {
        let sql = kind == .institution
            ? "SELECT rowid AS next, rowid, \(StoreRecord.columns) FROM record WHERE kind = ? AND rowid > ? ORDER BY rowid LIMIT 2000"
            : """
              SELECT l.position AS next, l.record, \(StoreRecord.aliasedColumns) FROM listing l JOIN record r ON r.rowid = l.record
              WHERE l.kind = ? AND l.position > ? ORDER BY l.position LIMIT 2000
              """
        var after = -1
        while true {
            let page = (try? reader.unsafeRead { db -> (page: RecordPage, next: Int?) in
                let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [kind.code, after])
                var page = RecordPage(records: [], rows: [])
                var next: Int?
                while let row = try rows.next() {
                    next = row[0]
                    if let record = StoreRecord.record(from: row, at: 2) {
                        page.records.append(record)
                        page.rows.append(row[1])
                    }
                }
                return (page, next)
            }) ?? (page: RecordPage(records: [], rows: []), next: nil)
            guard let next = page.next else { return }
            body(page.page)
            after = next
        }
    }

    /// The IDs that start with `prefix`, in order, at most `limit`: for completing an ID.
    public func ids(startingWith prefix: String, limit: Int) -> [String] {
        (try? reader.unsafeRead { db in
            try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM record WHERE id >= ? AND id < ? ORDER BY id LIMIT ?"),
                                arguments: [prefix, prefix + "\u{10FFFF}", limit])
        }) ?? []
    }

    public func closestIDs(to id: String, limit: Int = 3) -> [String] {
        // Comparing with every ID is instant for a few thousand; in a large chronicle only IDs
        // that share the first letters are compared.
        let prefix = counts.reduce(0, +) <= 20_000 ? "" : String(id.prefix(3))
        let candidates = (try? reader.unsafeRead { db in
            try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM record WHERE id >= ? AND id < ? LIMIT 20000"),
                                arguments: [prefix, prefix + "\u{10FFFF}"])
        }) ?? []
        return Similarity.closest(to: id, in: candidates, limit: limit)
    }
}
