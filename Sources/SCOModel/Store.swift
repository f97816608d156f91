import Foundation
import GRDB

/// The chronicle in SQLite, where the FTS5 index answers searches. The built-in chronicle is
/// loaded into an in-memory database at start.
public final class Store: Sendable {
    private let queue: DatabaseQueue

    public init(_ chronicle: Chronicle) throws {
        queue = try DatabaseQueue()
        try queue.write { db in
            try Store.createSchema(db)
            for record in chronicle.allRecords { try Store.insert(record, into: db) }
        }
    }

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE record(
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                short_title TEXT,
                date TEXT,
                date_start INTEGER,
                place TEXT,
                summary TEXT NOT NULL,
                aliases TEXT NOT NULL);
            CREATE INDEX record_kind_date ON record(kind, date_start);
            CREATE VIRTUAL TABLE record_fts USING fts5(
                title, aliases, summary, place,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            """)
    }

    /// Inserts through cached statements: preparing SQL per record would dominate loading.
    static func insert(_ record: any Record, into db: Database) throws {
        let people = (record as? Event)?.people ?? []
        let aliases = (record.aliases + people).joined(separator: " · ")
        let title = [record.title, record.shortTitle].compactMap { $0 }.joined(separator: " · ")
        try db.cachedStatement(sql: """
            INSERT INTO record(id, kind, title, short_title, date, date_start, place, summary, aliases)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [record.id, record.kind.rawValue, record.title, record.shortTitle, record.date?.description,
                                     record.date?.start.sortKey, record.place, record.summary, aliases])
        try db.cachedStatement(sql: "INSERT INTO record_fts(rowid, title, aliases, summary, place) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [db.lastInsertedRowID, title, aliases, record.summary, record.place ?? ""])
    }

    /// Above this many matches bm25 is not computed: ranking every match of a one-letter
    /// prefix costs ~180 ms at 100k records, while taking the first title matches costs <1 ms.
    static let rankedMatchLimit = 5_000

    static let selection = """
        SELECT r.id, r.kind, r.title, r.short_title, r.date, r.place, r.summary, r.aliases, %@ AS score
        FROM record_fts JOIN record r ON r.rowid = record_fts.rowid
        WHERE record_fts MATCH ? AND (? IS NULL OR r.kind = ?)
        """

    /// The rows to rank: all matches ordered by bm25 when there are few; otherwise the first
    /// matches in the title and aliases, topped up with other matches, unranked.
    static func candidates(_ query: SearchQuery, kind: RecordKind?, limit: Int, in db: Database) throws -> [Row] {
        let expression = query.ftsExpression
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM record_fts WHERE record_fts MATCH ?", arguments: [expression]) ?? 0
        let kindArguments: StatementArguments = [kind?.rawValue, kind?.rawValue]
        if total <= rankedMatchLimit {
            return try Row.fetchAll(db, sql: selection.replacingOccurrences(of: "%@", with: "bm25(record_fts, 10.0, 8.0, 1.0, 3.0)")
                                        + " ORDER BY score LIMIT ?",
                                    arguments: [expression] + kindArguments + [limit])
        }
        let unranked = selection.replacingOccurrences(of: "%@", with: "0.0") + " LIMIT ?"
        var rows = try Row.fetchAll(db, sql: unranked, arguments: ["{title aliases} : (\(expression))"] + kindArguments + [limit])
        if rows.count < limit {
            let seen = Set(rows.map { $0["id"] as String })
            let more = try Row.fetchAll(db, sql: unranked, arguments: [expression] + kindArguments + [limit])
            rows += more.filter { !seen.contains($0["id"] as String) }.prefix(limit - rows.count)
        }
        return rows
    }

    /// Records matching every word of the query (each as a word prefix, diacritics and, unless
    /// the query has a capital, case ignored): title and alias hits first, then place, then
    /// summary; within a tier a record named exactly by the query first, then FTS5's bm25
    /// (when the matches are few enough to rank, see `rankedMatchLimit`).
    public func search(_ query: SearchQuery, kind: RecordKind? = nil, limit: Int = 500) throws -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        let rows = try queue.read { db in
            try Store.candidates(query, kind: kind, limit: limit, in: db)
        }
        var hits: [(hit: SearchHit, exact: Bool, score: Double, order: Int)] = []
        let folded = SearchQuery.fold(query.text, keepingCase: false).trimmingCharacters(in: .whitespaces)
        for (order, row) in rows.enumerated() {
            let title: String = row["title"]
            let heading = [title, row["short_title"] as String?, row["aliases"] as String?].compactMap { $0 }.joined(separator: " ")
            let inHeading = query.matchedTokens(in: heading)
            let inPlace = query.matchedTokens(in: row["place"] as String? ?? "")
            let inSummary = query.matchedTokens(in: row["summary"] as String)
            guard inHeading.union(inPlace).union(inSummary).count == Set(query.tokens).count else { continue }
            let tier: SearchHit.Tier = inHeading.count == Set(query.tokens).count ? .title
                : inHeading.union(inPlace).count == Set(query.tokens).count ? .place : .summary
            let date = (row["date"] as String?).flatMap { try? EDTFDate(parsing: $0) }
            let hit = SearchHit(id: row["id"], kind: RecordKind(rawValue: row["kind"]) ?? .event, title: title,
                                date: date, tier: tier, titleMatches: query.ranges(in: title))
            let names = [title, row["short_title"] as String?].compactMap { $0 } + (row["aliases"] as String).components(separatedBy: " · ")
            let exact = names.contains { SearchQuery.fold($0, keepingCase: false) == folded }
            hits.append((hit, exact, row["score"], order))
        }
        return hits.sorted { a, b in
            if a.hit.tier != b.hit.tier { return a.hit.tier < b.hit.tier }
            if a.exact != b.exact { return a.exact }
            if a.score != b.score { return a.score < b.score }
            return a.order < b.order
        }.map(\.hit)
    }
}
