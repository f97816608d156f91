import GRDB

/// A set of records a filter reads (the events of the bodies or documents it names), kept in
/// a temporary table while its `key` stays the same.
struct KeptSet {
    let name: String
    let key: String
    let select: String
}

extension Store {
    /// Above this many institutions their names are looked up in the index rather than read.
    static let institutionsReadWhole = 20_000

    /// Fills the set's temporary table with the rows its query finds, unless it holds them
    /// already (the same key). A fill that stops midway leaves no key, so the next search
    /// fills it again. Temporary tables belong to the connection, which serves one search at
    /// a time.
    static func keepSet(_ set: KeptSet, in db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS \(set.name)(rowid INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS kept_set(name TEXT PRIMARY KEY, key TEXT NOT NULL);
            """)
        guard try String.fetchOne(db, sql: "SELECT key FROM temp.kept_set WHERE name = ?", arguments: [set.name]) != set.key else { return }
        try db.execute(sql: "DELETE FROM temp.kept_set WHERE name = ?; DELETE FROM temp.\(set.name)", arguments: [set.name])
        try db.execute(sql: "INSERT OR IGNORE INTO temp.\(set.name)(rowid) " + set.select)
        try db.execute(sql: "INSERT INTO temp.kept_set(name, key) VALUES (?, ?)", arguments: [set.name, set.key])
    }

    /// The institutions whose names (title, short title, aliases) have a word starting with each
    /// of `words`. A chronicle has few institutions, so their names are read and checked: the
    /// index would first list every record with a word starting with `c` (a million, 0.2 s)
    /// to keep the few that are institutions. CJK words, or very many institutions, go through
    /// the index.
    func namedInstitutions(_ words: [String], in db: Database) throws -> [Int64] {
        if count(of: .institution) > Store.institutionsReadWhole || words.contains(where: SearchQuery.isCJK) {
            return try Store.named(words, kind: .institution, in: db)
        }
        return try Store.institutionsByName(words, in: db)
    }

    static func institutionsByName(_ words: [String], in db: Database) throws -> [Int64] {
        try named(words, in: Row.fetchCursor(db.cachedStatement(sql: """
            SELECT r.rowid, r.title, r.short_title, r.aliases, r.people FROM listing l JOIN record r ON r.rowid = l.record
            WHERE l.kind = \(RecordKind.institution.code) ORDER BY r.rowid
            """)))
    }

    /// The records of a kind whose names hold every one of `words`, found through the name
    /// index and checked (which a CJK word of three characters or more needs).
    static func named(_ words: [String], kind: RecordKind, in db: Database) throws -> [Int64] {
        try named(words, in: Row.fetchCursor(db.cachedStatement(sql: """
            SELECT r.rowid, r.title, r.short_title, r.aliases, r.people FROM name_fts JOIN record r ON r.rowid = name_fts.rowid
            WHERE name_fts MATCH ? AND r.kind = \(kind.code) ORDER BY r.rowid
            """), arguments: ["{heading} : (" + words.map(SearchQuery.ftsTerm).joined(separator: " ") + ")"]))
    }

    /// The rows (rowid, title, short title, aliases, people) whose names hold every one of
    /// `words`: each a word start, a CJK word anywhere in a run.
    private static func named(_ words: [String], in rows: RowCursor) throws -> [Int64] {
        var named: [Int64] = []
        while let row = try rows.next() {
            let names = ([row[1] as String, row[2] as String? ?? ""] + StoreRecord.items(row[3]) + StoreRecord.items(row[4])).joined(separator: " ")
            let folded = SearchQuery.fold(names, keepingCase: false)
            let tokens = SearchQuery.words(in: folded)
            if words.allSatisfy({ word in SearchQuery.isCJK(word) ? folded.contains(word) : tokens.contains { $0.hasPrefix(word) } }) {
                named.append(row[0])
            }
        }
        return named
    }

    /// The first page of a filter of a broad family of institutions (and dates), found by
    /// walking the timeline and checking each event's own list of bodies, before the set of
    /// all the family's events is built: for 800,000 events that set takes seconds, the walk
    /// a few milliseconds. Nil when the family is too small for the walk to pay, when dates
    /// reach without bound (their records are not where the walk looks), or when the walk
    /// finds too few.
    func walkedFirstPage(_ filter: Condition, in db: Database, cancellation: Cancellation) throws -> Matches? {
        let limit = Store.firstPageSize * 100
        guard let family = filter.family, family.events >= limit,
              filter.from == nil && filter.to == nil || spanParts == 0 else { return nil }
        // Events are listed by start; an event that ends on or after `from` starts at most
        // `maxSpan` before it.
        var first = 0
        if let from = filter.from {
            let start = try db.cachedStatement(sql: """
                SELECT s.start_key FROM listing l JOIN span s ON s.rowid = l.record WHERE l.kind = \(RecordKind.event.code) AND l.position = ?
                """)
            var high = count(of: .event)
            while first < high {
                let mid = (first + high) / 2
                if try Int.fetchOne(start, arguments: [mid]) ?? 0 < from - maxSpan { first = mid + 1 } else { high = mid }
            }
        }
        // The span is checked before the record is read: the events of the year before `from`
        // are passed over at the cost of their narrow rows.
        let walk = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT l.record, s.start_key, r.institutions FROM listing l CROSS JOIN span s ON s.rowid = l.record
            CROSS JOIN record r ON r.rowid = l.record WHERE l.kind = \(RecordKind.event.code) AND l.position >= ?
            \(filter.from == nil ? "" : "AND s.end_key >= \(filter.from ?? 0)") ORDER BY l.position
            """), arguments: [first])
        var rows: [Int64] = [], years = YearRuns(), walked = 0
        while rows.count < Store.firstPageSize, walked < limit, let row = try walk.next() {
            walked += 1
            let start: Int = row[1] ?? 0
            if let to = filter.to, start > to { break }
            guard StoreRecord.items(row[2]).contains(where: family.ids.contains) else { continue }
            rows.append(row[0])
            years.add(startKey: start)
        }
        try cancellation.check()
        return rows.count == Store.firstPageSize ? .dated(rows, years: years, isComplete: false) : nil
    }
}
