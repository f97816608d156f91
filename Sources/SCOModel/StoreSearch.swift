import Foundation
import GRDB

extension Store {
    /// Above this many matches bm25 is not computed: ranking every match of a one-letter
    /// prefix costs ~180 ms at 100k records, while taking the first title matches costs <1 ms.
    static let rankedMatchLimit = 5_000

    static let selection = """
        SELECT r.id, r.kind, r.title, r.short_title, r.date, r.place, r.summary, r.aliases, r.people, %@ AS score
        FROM record_fts JOIN record r ON r.rowid = record_fts.rowid
        WHERE record_fts MATCH ? AND (? IS NULL OR r.kind = ?)
        """

    /// The rows to rank: all matches ordered by bm25 when there are few; otherwise the first
    /// matches in the title and aliases, topped up with other matches, unranked. Whether there
    /// are few is asked of at most `rankedMatchLimit + 1` matches, so it costs the same for a
    /// query that matches half the chronicle.
    static func candidates(_ query: SearchQuery, kind: RecordKind?, limit: Int, in db: Database) throws -> [Row] {
        let expression = query.ftsExpression
        let few = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT rowid FROM record_fts WHERE record_fts MATCH ? LIMIT ?)
            """), arguments: [expression, rankedMatchLimit + 1]) ?? 0 <= rankedMatchLimit
        let kindArguments: StatementArguments = [kind?.code, kind?.code]
        if few {
            return try Row.fetchAll(db.cachedStatement(sql: selection.replacingOccurrences(of: "%@", with: "bm25(record_fts, 10.0, 8.0, 1.0, 3.0)")
                                        + " ORDER BY score LIMIT ?"),
                                    arguments: [expression] + kindArguments + [limit])
        }
        let unranked = try db.cachedStatement(sql: selection.replacingOccurrences(of: "%@", with: "0.0") + " LIMIT ?")
        var rows = try Row.fetchAll(unranked, arguments: ["{title aliases} : (\(expression))"] + kindArguments + [limit])
        if rows.count < limit {
            let seen = Set(rows.map { $0["id"] as String })
            let more = try Row.fetchAll(unranked, arguments: [expression] + kindArguments + [limit])
            rows += more.filter { !seen.contains($0["id"] as String) }.prefix(limit - rows.count)
        }
        return rows
    }

    /// How many records match the query; for a query that matches half of a million-record
    /// chronicle this reads the whole index entry, so the browser asks it after the results.
    public func matchCount(_ query: SearchQuery, kind: RecordKind? = nil) throws -> Int {
        guard !query.isEmpty else { return 0 }
        return try reader.unsafeRead { db in
            if let kind {
                return try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT count(*) FROM record_fts JOIN record r ON r.rowid = record_fts.rowid WHERE record_fts MATCH ? AND r.kind = ?
                    """), arguments: [query.ftsExpression, kind.code]) ?? 0
            }
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM record_fts WHERE record_fts MATCH ?"),
                                    arguments: [query.ftsExpression]) ?? 0
        }
    }

    /// Records matching every word of the query (each as a word prefix, diacritics and, unless
    /// the query has a capital, case ignored): title and alias hits first, then place, then
    /// summary; within a tier a record named exactly by the query first, then FTS5's bm25
    /// (when the matches are few enough to rank, see `rankedMatchLimit`).
    public func search(_ query: SearchQuery, kind: RecordKind? = nil, limit: Int = 500) throws -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        let rows = try reader.unsafeRead { db in
            try Store.candidates(query, kind: kind, limit: limit, in: db)
        }
        var hits: [(hit: SearchHit, exact: Bool, score: Double, order: Int)] = []
        let folded = SearchQuery.fold(query.text, keepingCase: false).trimmingCharacters(in: .whitespaces)
        let tokens = Set(query.tokens)
        for (order, row) in rows.enumerated() {
            let title: String = row["title"]
            let names = (StoreRecord.items(row["aliases"]) + StoreRecord.items(row["people"])).joined(separator: " · ")
            let heading = [title, row["short_title"] as String?, names].compactMap { $0 }.joined(separator: " ")
            let inHeading = query.matchedTokens(in: heading)
            let inPlace = query.matchedTokens(in: row["place"] as String? ?? "")
            let inSummary = query.matchedTokens(in: row["summary"] as String)
            guard inHeading.union(inPlace).union(inSummary).count == tokens.count else { continue }
            let tier: SearchHit.Tier = inHeading.count == tokens.count ? .title
                : inHeading.union(inPlace).count == tokens.count ? .place : .summary
            let date = (row["date"] as String?).flatMap { try? EDTFDate(parsing: $0) }
            let hit = SearchHit(id: row["id"], kind: RecordKind(code: row["kind"]) ?? .event, title: title,
                                date: date, tier: tier, titleMatches: query.ranges(in: title))
            let allNames = [title, row["short_title"] as String?].compactMap { $0 } + names.components(separatedBy: " · ")
            let exact = allNames.contains { SearchQuery.fold($0, keepingCase: false) == folded }
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
