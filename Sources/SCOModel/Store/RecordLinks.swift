import GRDB

/// What a record links to: the links its own fields write, and those of the records that
/// point at it (kept in `mention` at import), in one reading order.
extension Store {
    /// The relations stored from the other end, read from `mention`.
    static let inverseRelations: [Relation] = [.parts, .adopted, .chairedBy, .hostedBy, .partyTo, .events]

    /// Links in reading order (where it belongs, what it involves, what came of it), each
    /// target once; at most `limit` of each relation, since a body of a million-event
    /// chronicle may have a hundred thousand events.
    public func links(of id: String, limit: Int = .max) -> [Link] {
        guard let record = record(id) else { return [] }
        var inverse: [Link] = []
        for relation in Store.inverseRelations {
            inverse += (try? reader.unsafeRead { db in
                try String.fetchAll(db.cachedStatement(sql: """
                    SELECT s.id FROM record t JOIN mention m ON m.target = t.rowid JOIN record s ON s.rowid = m.source
                    WHERE t.id = ? AND m.relation = ? ORDER BY m.position LIMIT ?
                    """), arguments: [id, relation.code, min(limit, Int(Int32.max))]).map { Link(relation, $0) }
            }) ?? []
        }
        return Store.arranged(id: id, written(record, states: stateIDsByName()), inverse, limit: limit)
    }

    /// Every link of each of `records`, as `links(of:)` gives them, read in one query for the
    /// lot: what search output writes for a page of matches.
    public func links(of records: [any Record]) -> [[Link]] {
        linked(records, keys: records.map(\.id), sql: """
            SELECT t.id, m.relation, s.id FROM record t JOIN mention m ON m.target = t.rowid JOIN record s ON s.rowid = m.source
            WHERE t.id IN (\(databaseQuestionMarks(count: records.count))) AND m.relation IN (\(Store.inverseCodes))
            ORDER BY t.rowid, m.relation, m.position
            """)
    }

    /// The same for a page of records read in order, found by their rows: `mention` is kept
    /// by target row, so nothing is looked up by ID. A million events' JSON took 2 s less.
    public func links(of page: RecordPage) -> [[Link]] {
        linked(page.records, keys: page.rows, sql: """
            SELECT t.id, m.relation, s.id FROM mention m JOIN record t ON t.rowid = m.target JOIN record s ON s.rowid = m.source
            WHERE m.target IN (\(databaseQuestionMarks(count: page.rows.count))) AND m.relation IN (\(Store.inverseCodes))
            ORDER BY m.target, m.relation, m.position
            """)
    }

    private static let inverseCodes = inverseRelations.map { String($0.code) }.joined(separator: ", ")

    /// `sql` reads the inverse links of the records `keys` name, as (target ID, relation,
    /// source ID) rows in order.
    private func linked(_ records: [any Record], keys: [some DatabaseValueConvertible], sql: String) -> [[Link]] {
        guard !records.isEmpty else { return [] }
        var inverse: [String: [Link]] = [:]
        try? reader.unsafeRead { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(keys))
            while let row = try rows.next() {
                guard let relation = Relation(code: row[1]) else { continue }
                inverse[row[0], default: []].append(Link(relation, row[2]))
            }
        }
        let states = stateIDsByName()
        return records.map { Store.arranged(id: $0.id, written($0, states: states), inverse[$0.id] ?? [], limit: .max) }
    }

    /// The links a record's own fields write.
    private func written(_ record: any Record, states: [String: String]) -> [Link] {
        switch record {
        case let event as Event:
            return event.institutions.map { Link(.institutions, $0) } + event.documents.map { Link(.documents, $0) }
        case let institution as Institution:
            return (institution.partOf.map { [Link(.partOf, $0)] } ?? []) + institution.chaired.map { Link(.chaired, $0) }
                + institution.hosted.map { Link(.hosted, $0) }
        case let document as Document:
            return (document.adoptedAt.map { [Link(.adoptedAt, $0)] } ?? []) + document.parties.compactMap { states[$0.lowercased()] }.map { Link(.parties, $0) }
        default:
            return []
        }
    }

    /// The states by their titles, lowercased: a document's party named so links to the state.
    /// Read once: every page of an export asked again, a scan of the institutions each time.
    private func stateIDsByName() -> [String: String] {
        stateCache.value {
            let states = (try? reader.unsafeRead { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT r.id, r.title FROM listing l JOIN record r ON r.rowid = l.record
                    WHERE l.kind = \(RecordKind.institution.code) AND r.statuses IS NOT NULL
                    """))
            }) ?? []
            return Dictionary(states.map { (($0["title"] as String).lowercased(), $0["id"] as String) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Written and inverse links in the order of the relations, each target once but for a
    /// state's roles in an event (it chaired it, it hosted it), which are each shown.
    private static func arranged(id: String, _ written: [Link], _ inverse: [Link], limit: Int) -> [Link] {
        let links = written + inverse
        guard !links.isEmpty else { return [] }
        // In the order of the relations, and within one as found (a stable sort).
        let ordered = links.indices.sorted { a, b in (links[a].relation.code, a) < (links[b].relation.code, b) }.map { links[$0] }
        var seen: Set<String> = [id]
        var result: [Link] = []
        var roles: Set<Link> = []
        var current: Relation?
        var taken = 0
        for link in ordered {
            if link.relation != current {
                current = link.relation
                taken = 0
            }
            if link.relation.isRole {
                guard roles.insert(link).inserted else { continue }
            } else if seen.contains(link.target) {
                continue
            }
            guard taken < limit else { continue }
            taken += 1
            seen.insert(link.target)
            result.append(link)
        }
        return result
    }
}
