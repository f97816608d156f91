import Foundation
import GRDB

extension Store {
    /// Up to this many matches are ranked (`Relevance`); above it, ranking every match of a
    /// one-letter prefix would cost seconds at a million records, so matches go by tier and
    /// then in chronicle order, which can be streamed.
    static let rankedMatchLimit = 5_000
    /// How many matches make a first page, sent before the rest are found.
    public static let firstPageSize = 200

    /// Every record matching every word of the query (each as a word prefix, diacritics and,
    /// unless the query has a capital, case ignored): title and alias matches first, then
    /// place, then summary. Within a tier, when the matches are few enough to rank, a record
    /// named exactly by the query comes first, then BM25 (`Relevance`); otherwise chronicle order.
    public func matches(_ query: SearchQuery, kind: RecordKind? = nil, order: ResultOrder = .relevance,
                        cancellation: Cancellation = Cancellation(), firstPage: (Matches) -> Void = { _ in }) throws -> Matches {
        guard !query.isEmpty else { return .none }
        let query = query.named(by: nameIndex)
        guard !query.otherNames.isEmpty else { return try matchesNamed(query, kind: kind, order: order, cancellation: cancellation, firstPage: firstPage) }
        var found = try matchesNamed(query, kind: kind, order: order, cancellation: cancellation) { page in
            var page = page
            page.otherNames = query.otherNames
            firstPage(page)
        }
        found.otherNames = query.otherNames
        return found
    }

    /// The names of records and places in other languages, read once.
    var nameIndex: NameIndex {
        nameCache.value {
            let rows = (try? reader.unsafeRead { db in
                // Only institutions have names: their list is read, not every record.
                try Row.fetchAll(db, sql: """
                    SELECT r.title, r.short_title, r.names FROM listing l JOIN record r ON r.rowid = l.record
                    WHERE l.kind = \(RecordKind.institution.code) AND r.names IS NOT NULL
                    """)
            }) ?? []
            return NameIndex(records: rows.map { (title: $0[0], shortTitle: $0[1], names: StoreRecord.names($0[2])) }, places: places)
        }
    }

    private func matchesNamed(_ query: SearchQuery, kind: RecordKind?, order: ResultOrder, cancellation: Cancellation,
                              firstPage: (Matches) -> Void = { _ in }) throws -> Matches {
        // A bare year (`2004`) finds the events dated in it first, then the text that says it.
        if let year = query.bareYear, order == .relevance {
            let dated = try searched(SearchQuery("date:\(year) kind:event"), kind: kind, order: .date, cancellation: cancellation)
            let text = try searched(query, kind: kind, order: .relevance, cancellation: cancellation)
            let seen = Set(dated.rows)
            let rest = text.rows.filter { !seen.contains($0) }
            return Matches(rows: dated.rows + rest, tierEnds: [dated.count + rest.count, dated.count + rest.count, dated.count + rest.count],
                           isComplete: true)
        }
        return try searched(query, kind: kind, order: order, cancellation: cancellation, firstPage: firstPage)
    }

    private func searched(_ query: SearchQuery, kind: RecordKind?, order: ResultOrder, cancellation: Cancellation,
                          firstPage: (Matches) -> Void = { _ in }) throws -> Matches {
        return try reader.unsafeRead { db in
            try cancellation.guarding(db.sqliteConnection) {
                let filter = try condition(query, kind: kind, in: db)
                guard let expression = query.textExpression else {
                    return try filtered(filter, order: order, in: db, cancellation: cancellation, firstPage: firstPage)
                }
                try filter.prepare(db)
                if order == .date { return try Store.dated(query, expression, filter, in: db, cancellation: cancellation, firstPage: firstPage) }
                // Counted on the index alone when nothing else narrows: a record read for each of
                // 5,000 matches tripled the time to a first page.
                let counted = filter.isEverything
                    ? "SELECT count(*) FROM (SELECT rowid FROM record_fts WHERE record_fts MATCH ? LIMIT ?)"
                    : """
                      SELECT count(*) FROM (SELECT s.rowid FROM record_fts JOIN span s ON s.rowid = record_fts.rowid
                      WHERE record_fts MATCH ? AND \(filter.sql) LIMIT ?)
                      """
                let few = try Int.fetchOne(db.cachedStatement(sql: counted),
                                           arguments: [expression] + filter.arguments + [Store.rankedMatchLimit + 1]) ?? 0 <= Store.rankedMatchLimit
                if few { return try ranked(query, expression, filter, in: db, cancellation: cancellation) }
                return try Store.tieredInOrder(query, filter, in: db, cancellation: cancellation, firstPage: firstPage)
            }
        }
    }

    /// A query's filters as an SQL condition on the record's span `s`, with its arguments.
    struct Condition {
        var sql: String
        var arguments: StatementArguments
        /// The sets of linked events the condition reads, filled by `prepare`.
        var sets: [KeptSet] = []
        /// An institution filter alone besides dates and kinds: the IDs of the bodies, and
        /// how many events they have at most.
        var family: (ids: Set<String>, events: Int)?
        var from: Int?
        var to: Int?

        func prepare(_ db: Database) throws {
            for set in sets { try Store.keepSet(set, in: db) }
        }

        /// Whether the condition keeps every record.
        var isEverything: Bool { sql == "1" }
    }

    func condition(_ query: SearchQuery, kind: RecordKind?, in db: Database) throws -> Condition {
        var parts: [String] = ["1"]
        var arguments: StatementArguments = []
        let f = query.filter
        // The kinds allowed, nil for any: the query's, the caller's, and events alone for the
        // filters that find events.
        var kinds: Set<RecordKind>? = f.kinds.isEmpty ? nil : f.kinds
        if let kind { kinds = (kinds ?? [kind]).intersection([kind]) }
        if !f.institutions.isEmpty || !f.documents.isEmpty { kinds = (kinds ?? [.event]).intersection([.event]) }
        if !f.statuses.isEmpty { kinds = (kinds ?? [.institution]).intersection([.institution]) }
        if let kinds {
            parts.append("s.kind IN (\(kinds.isEmpty ? "-1" : kinds.map { String($0.code) }.sorted().joined(separator: ", ")))")
        }
        // Overlap: starts by the last day and ends on or after the first. The start bound
        // keeps the read to an index range however long the chronicle. Sets and dates without
        // bound have no end in `span`, and are matched by their runs in `span_part`.
        if f.from != nil || f.to != nil {
            let from = f.from ?? 0, to = f.to ?? EDTFDate.openEndKey
            let bounded = "s.end_key >= ? AND s.start_key >= ? AND s.start_key <= ?"
            if spanParts == 0 {
                parts.append(bounded)
                arguments += [from, from - maxSpan, to]
            } else {
                parts.append("(\(bounded) OR s.rowid IN (SELECT record FROM span_part WHERE first_key <= ? AND last_key >= ?))")
                arguments += [from, from - maxSpan, to, to, from]
            }
        }
        let events = Relation.events.code, parts_ = Relation.parts.code, adopted = Relation.adopted.code
        // The named bodies (with all their parts) and documents are found first; the events
        // linked to them are then one set, kept in a temporary table that the next search
        // reuses while the names stay the same, as they do while the reader types the rest of
        // the query. (A check per record inside a correlated subquery rebuilt that list for
        // every record: 45 s at 1M; building it at every key cost 0.3 s for 300,000 events.)
        var sets: [KeptSet] = []
        var family: (ids: Set<String>, events: Int)?
        if !f.institutions.isEmpty {
            let named = try namedInstitutions(f.institutions, in: db).map(String.init).joined(separator: ",")
            let members = try Int64.fetchAll(db, sql: """
                WITH RECURSIVE family(id) AS (
                  SELECT rowid FROM record WHERE rowid IN (\(named.isEmpty ? "-1" : named))
                  UNION SELECT m.source FROM mention m JOIN family ON m.target = family.id WHERE m.relation = \(parts_))
                SELECT id FROM family
                """)
            let ids = members.isEmpty ? "-1" : members.sorted().map(String.init).joined(separator: ",")
            sets.append(KeptSet(name: "institution_events", key: ids, select: "SELECT m.source FROM mention m WHERE m.relation = \(events) AND m.target IN (\(ids))"))
            parts.append("s.rowid IN (SELECT rowid FROM temp.institution_events)")
            if f.documents.isEmpty, kinds?.contains(.event) ?? true {
                let bodies = try String.fetchAll(db, sql: "SELECT id FROM record WHERE rowid IN (\(ids))")
                let count = try Int.fetchOne(db, sql: "SELECT sum(count) FROM mention_count WHERE relation = \(events) AND target IN (\(ids))") ?? 0
                family = (Set(bodies), count)
            }
        }
        if !f.documents.isEmpty {
            let named = try Store.named(f.documents, kind: .document, in: db)
            let ids = named.isEmpty ? "-1" : named.sorted().map(String.init).joined(separator: ",")
            sets.append(KeptSet(name: "document_events", key: ids, select: """
                SELECT m.source FROM mention m WHERE m.relation = \(events) AND m.target IN (\(ids))
                  UNION SELECT m.target FROM mention m WHERE m.relation = \(adopted) AND m.source IN (\(ids))
                """))
            parts.append("s.rowid IN (SELECT rowid FROM temp.document_events)")
        }
        // A source: a declared one by its ID (the article: every record citing one of its
        // paragraphs, stored as `p3` items), or any part of a citation's text.
        for term in f.sources {
            var cited: [String] = []
            if let declared = declaredSources.first(where: { $0.id.hasPrefix(term) }) {
                if declared.paragraphs != nil { cited.append("r.sources GLOB '*[0-9]:p[0-9]*'") }
                if let url = declared.url {
                    cited.append("instr(r.sources, ?) > 0")
                    arguments += [url]
                }
            } else {
                cited.append("instr(lower(r.sources), ?) > 0")
                arguments += [term]
            }
            if cited.isEmpty { cited.append("0") }
            parts.append("s.rowid IN (SELECT r.rowid FROM record r WHERE \(cited.joined(separator: " OR ")))")
        }
        for status in f.statuses {
            let codes = status.statuses.map { String($0.code) }.sorted().joined(separator: ", ")
            parts.append("s.rowid IN (SELECT record FROM status WHERE status IN (\(codes)) AND first_key <= ? AND last_key >= ?)")
            arguments += [status.to, status.from]
        }
        if let place = query.placeExpression {
            parts.append("s.rowid IN (SELECT rowid FROM name_fts WHERE name_fts MATCH ?)")
            arguments += [place]
        }
        // Filters alone have no text match to leave excluded words out of: they are left out here.
        if query.textExpression == nil, let excluded = query.excludedExpression {
            parts.append("s.rowid NOT IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)")
            arguments += [excluded]
        }
        return Condition(sql: parts.joined(separator: " AND "), arguments: arguments, sets: sets, family: family, from: f.from, to: f.to)
    }

    /// A query of filters alone: the records that pass, in the order of their lists (the
    /// timeline's by date), with excluded words left out. Events alone, or any records in
    /// date order, come with their years, so they show as a timeline does.
    func filtered(_ filter: Condition, order: ResultOrder, in db: Database, cancellation: Cancellation,
                  firstPage: (Matches) -> Void) throws -> Matches {
        var sent = false
        if let page = try walkedFirstPage(filter, in: db, cancellation: cancellation) {
            firstPage(page)
            sent = true
        }
        try filter.prepare(db)
        let sorting = order == .date ? "s.start_key IS NULL, s.start_key, l.kind, l.position" : "l.kind, l.position"
        let sql = "SELECT s.rowid, s.kind, s.start_key FROM span s JOIN listing l ON l.record = s.rowid WHERE \(filter.sql) ORDER BY \(sorting)"
        var rows: [Int64] = []
        var years = YearRuns()
        var dated = true
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: filter.arguments)
        while let row = try cursor.next() {
            rows.append(row[0])
            dated = dated && (order == .date || row[1] == RecordKind.event.code)
            years.add(startKey: row[2])
            if !sent, rows.count == Store.firstPageSize {
                sent = true
                firstPage(.dated(rows, years: dated ? years : YearRuns(), isComplete: false))
            }
            if rows.count % 4096 == 0 { try cancellation.check() }
        }
        return .dated(rows, years: dated ? years : YearRuns(), isComplete: true)
    }

    /// Matches by date, undated last: the matching rows are read in the order of the index on
    /// start dates, so a first page comes before the last match is found. A query the index
    /// cannot answer alone has each match checked, as in `tieredInOrder`.
    static func dated(_ query: SearchQuery, _ expression: String, _ filter: Condition, in db: Database, cancellation: Cancellation,
                      firstPage: (Matches) -> Void) throws -> Matches {
        let sql = """
            SELECT \(query.needsCheck ? RecordText.columns + ", s.start_key" : "s.rowid AS rowid, s.start_key") FROM span s \(query.needsCheck ? "JOIN record r ON r.rowid = s.rowid" : "")
            WHERE s.rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?) AND \(filter.sql)
            ORDER BY s.start_key IS NULL, s.start_key, s.rowid
            """
        var rows: [Int64] = []
        var years = YearRuns()
        var sent = false
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [expression] + filter.arguments)
        while let row = try cursor.next() {
            if query.needsCheck, query.tier(of: RecordText(row: row)) == nil { continue }
            rows.append(row["rowid"])
            years.add(startKey: row["start_key"])
            if !sent, rows.count == firstPageSize {
                sent = true
                firstPage(.dated(rows, years: years, isComplete: false))
            }
            if rows.count % 4096 == 0 { try cancellation.check() }
        }
        return .dated(rows, years: years, isComplete: true)
    }

    /// The matches of `expression` in `index` that pass `filter`, in chronicle order, with
    /// `excluded` words (found in all of the text) left out.
    static func matching(_ index: String, _ expression: String, _ filter: Condition, columns: String,
                         excluding excluded: String? = nil) -> (sql: String, arguments: StatementArguments) {
        // The filters read the narrow span table, whose pages stay cached; the wide records are
        // read only for the columns asked for.
        let text = columns.contains("r.") ? " JOIN record r ON r.rowid = \(index).rowid" : ""
        let without = excluded == nil ? "" : " AND s.rowid NOT IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)"
        let sql = "SELECT \(columns) FROM \(index) JOIN span s ON s.rowid = \(index).rowid\(text) WHERE \(index) MATCH ? AND \(filter.sql)\(without)"
            + " ORDER BY \(index).rowid"
        return (sql, [expression] + filter.arguments + (excluded.map { [$0] } ?? []))
    }

    /// A few matches: each read and checked, then sorted by tier, exact name and relevance.
    func ranked(_ query: SearchQuery, _ expression: String, _ filter: Condition, in db: Database,
                cancellation: Cancellation) throws -> Matches {
        let (sql, arguments) = Store.matching("record_fts", expression, filter, columns: RecordText.columns)
        let folded = SearchQuery.fold(query.text, keepingCase: false).trimmingCharacters(in: .whitespaces)
        let check = TextCheck(query)
        let all = query.tokens.count + query.phrases.count
        var found: [(row: Int64, tier: Matches.Tier, exact: Bool, proper: Bool, share: Double, text: RecordText)] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
            try cancellation.check()
            let text = RecordText(row: row)
            guard let tier = query.tier(of: text) else { continue }
            let titles = [row["title"] as String, row["short_title"] as String?].compactMap { $0 }
            let names = titles + StoreRecord.items(row["aliases"]) + StoreRecord.items(row["people"])
            let exact = names.contains { SearchQuery.fold($0, keepingCase: false) == folded }
            // In the title itself (not an alias or a person), and how much of the title the
            // query is: `SCO Secretariat` answers "secretariat" better than a longer title.
            let counts = titles.map { (found: check.found(in: $0).count, words: max(1, SearchQuery.wordCount($0))) }
            let proper = counts.contains { $0.found == all }
            let share = counts.map { Double($0.found) / Double($0.words) }.max() ?? 0
            found.append((row["rowid"], tier, exact, proper, share, text))
        }
        let records = RecordKind.allCases.reduce(0) { $0 + count(of: $1) }
        // A word in more than half the records has the least weight whatever its count.
        let counted = try db.cachedStatement(sql: "SELECT count(*) FROM (SELECT rowid FROM record_fts WHERE record_fts MATCH ? LIMIT ?)")
        let relevance = found.count < 2 ? nil : try Relevance(query, records: records, averageWords: averageWords) { token in
            try Int.fetchOne(counted, arguments: [SearchQuery.ftsTerm(token), records / 2 + 1]) ?? 0
        }
        // Title matches rank by how much of the title the query is (how long a summary is says
        // nothing of how well a title matches), the rest by score; ties go by date, the
        // chronicle's order, so equally good matches never look shuffled.
        let starts = try Self.startKeys(of: found.map(\.row), in: db)
        let scored = found.map { f in
            (row: f.row, tier: f.tier, exact: f.exact, proper: f.proper,
             score: f.tier == .title ? f.share : relevance?.score(f.text) ?? 0, start: starts[f.row] ?? Int.max)
        }
            .sorted { a, b in
                if a.tier != b.tier { return a.tier < b.tier }
                if a.exact != b.exact { return a.exact }
                if a.proper != b.proper { return a.proper }
                if a.score != b.score { return a.score > b.score }
                if a.start != b.start { return a.start < b.start }
                return a.row < b.row
            }
        let ends = Matches.Tier.allCases.map { tier in scored.filter { $0.tier <= tier }.count }
        return Matches(rows: scored.map(\.row), tierEnds: ends, isComplete: true)
    }

    /// The dates' sort keys of records, by row number; undated records are left out.
    static func startKeys(of rows: [Int64], in db: Database) throws -> [Int64: Int] {
        var keys: [Int64: Int] = [:]
        for chunk in stride(from: 0, to: rows.count, by: 500) {
            let part = rows[chunk..<min(rows.count, chunk + 500)]
            let sql = "SELECT rowid, start_key FROM span WHERE start_key IS NOT NULL AND rowid IN (\(part.map(String.init).joined(separator: ",")))"
            for row in try Row.fetchAll(db, sql: sql) { keys[row[0]] = row[1] }
        }
        return keys
    }

    /// Many matches: the tiers come from the name index's column filters, then the text
    /// index, each read in chronicle order, so the first page is ready after the first
    /// screenful of title matches. A query the index cannot answer alone (`needsCheck`) has
    /// each match read and checked, and kept in the tier its text puts it in.
    static func tieredInOrder(_ query: SearchQuery, _ filter: Condition, in db: Database, cancellation: Cancellation,
                              firstPage: (Matches) -> Void) throws -> Matches {
        var rows: [Int64] = []
        var ends: [Int] = []
        var sent = false
        var earlier: [Int64] = []
        let check = query.needsCheck ? TextCheck(query) : nil
        let words = query.wordsExpression ?? "", excluded = query.excludedExpression
        let tiers = [("name_fts", "{heading} : (\(words))", excluded), ("name_fts", words, excluded),
                     ("record_fts", query.textExpression ?? words, nil)]
        for (tier, (index, expression, excluding)) in zip(Matches.Tier.allCases, tiers) {
            let (sql, arguments) = matching(index, expression, filter, columns: check == nil ? "s.rowid" : RecordText.columns,
                                            excluding: excluding)
            // Each tier's query also finds the tiers before it. Unchecked, they are skipped by
            // walking the earlier (sorted) rows alongside; checked, the text says the tier.
            var all: [Int64] = []
            var skip = 0
            var read = 0
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                read += 1
                if read % 4096 == 0 { try cancellation.check() }
                if let check {
                    guard check.tier(of: RecordText(row: row)) == tier else { continue }
                } else {
                    all.append(id)
                    while skip < earlier.count, earlier[skip] < id { skip += 1 }
                    if skip < earlier.count, earlier[skip] == id { continue }
                }
                rows.append(id)
                if !sent, rows.count >= firstPageSize {
                    sent = true
                    firstPage(Matches(rows: rows, tierEnds: ends + [rows.count], isComplete: false).prefix(firstPageSize))
                }
            }
            ends.append(rows.count)
            earlier = all
            try cancellation.check()
        }
        return Matches(rows: rows, tierEnds: ends, isComplete: true)
    }
}
