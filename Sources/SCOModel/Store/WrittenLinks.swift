import GRDB

/// A record as the writer first saw it, for duplicate and link checks.
struct KnownRecord: Sendable {
    let rowID: Int64
    let kind: RecordKind
    /// Its index in its kind's array in the file.
    let origin: Int
}

/// The links as a file writes them (a record naming another by ID), resolved once every
/// record is known, since a file may name a record before it. With where each is written,
/// for messages (index -1: the field holds one ID, not a list).
struct WrittenLinks: Sendable {
    /// Two million at a million events: narrow numbers keep them 30 MB smaller.
    fileprivate var links: [(source: Int64, relation: Relation, origin: Int32, index: Int32, target: String)] = []

    mutating func add(_ source: Int64, _ relation: Relation, _ origin: Int, _ index: Int?, _ target: String) {
        links.append((source, relation, Int32(clamping: origin), Int32(clamping: index ?? -1), target))
    }
}

/// Everything resolving the written links needs, handed over once every record is in.
struct LinkResolution: Sendable {
    let links: WrittenLinks
    let known: [String: KnownRecord]
    /// Each record's position in its list, by row ID.
    let position: [Int32]

    /// Checks every link and stores its inverse in `mention` and `mention_count` (the
    /// institution's events, the parts of a body, what was adopted at an event), ordered by
    /// the linking record's list position. Needs nothing else of the database, so an import
    /// does it on a second connection while the lists are written. Answers the problems found.
    func store(into db: Database) throws -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        var idsByKind: [RecordKind: [String]]?
        var suggestionsLeft = 100
        var mentions: [(target: Int64, relation: Int, position: Int32, source: Int64)] = []
        mentions.reserveCapacity(links.links.count)
        for link in links.links {
            let expected = link.relation.targetKind
            // Made only for a problem: one per link of two million cost a second.
            var path: String { "\(link.relation.sourceKind.plural)[\(link.origin)].\(link.relation.rawValue)" + (link.index >= 0 ? "[\(link.index)]" : "") }
            guard let target = known[link.target] else {
                // Suggestions cost an edit distance per candidate: offered for the first problems only.
                suggestionsLeft -= 1
                var near: [String] = []
                if suggestionsLeft >= 0 {
                    if idsByKind == nil {
                        idsByKind = Dictionary(grouping: known.map { ($0.key, $0.value.kind) }, by: \.1).mapValues { $0.map(\.0) }
                    }
                    near = Similarity.closest(to: link.target, in: idsByKind?[expected] ?? [], limit: 3)
                }
                problems.append(ValidationProblem(path: path, message: "unknown \(expected.rawValue) ID \(quoted(link.target))" +
                                                  (near.isEmpty ? "" : " (closest: \(near.joined(separator: ", ")))")))
                continue
            }
            guard target.kind == expected else {
                problems.append(ValidationProblem(path: path, message:
                    "\(quoted(link.target)) is \(target.kind.withArticle), not \(expected.withArticle)"))
                continue
            }
            mentions.append((target.rowID, link.relation.inverse.code, position[Int(link.source)], link.source))
        }
        mentions.sort { ($0.target, $0.relation, $0.position) < ($1.target, $1.relation, $1.position) }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO mention(target, relation, position, source) VALUES (?, ?, ?, ?)")
        let count = try db.cachedStatement(sql: "INSERT INTO mention_count(target, relation, count) VALUES (?, ?, ?)")
        var run: (target: Int64, relation: Int, count: Int)?
        for mention in mentions {
            try insert.insert([.integer(Int(mention.target)), .integer(mention.relation), .integer(Int(mention.position)),
                               .integer(Int(mention.source))])
            guard db.changesCount > 0 else { continue }
            if let current = run, current.target == mention.target, current.relation == mention.relation {
                run?.count += 1
            } else {
                if let current = run { try count.insert([.integer(Int(current.target)), .integer(current.relation), .integer(current.count)]) }
                run = (mention.target, mention.relation, 1)
            }
        }
        if let current = run { try count.insert([.integer(Int(current.target)), .integer(current.relation), .integer(current.count)]) }
        return problems
    }
}

extension Relation {
    /// The kind of record a link written in a file points at.
    var targetKind: RecordKind {
        switch self {
        case .adoptedAt, .chaired, .hosted: return .event
        case .documents: return .document
        default: return .institution
        }
    }

    /// The kind of record whose field holds a written link (the field is named as the relation).
    var sourceKind: RecordKind {
        switch self {
        case .adoptedAt: return .document
        case .partOf, .chaired, .hosted: return .institution
        case .parties: return .document
        default: return .event
        }
    }

    /// The relation seen from the other end.
    var inverse: Relation {
        switch self {
        case .partOf: return .parts
        case .parts: return .partOf
        case .institutions, .documents: return .events
        case .events: return .institutions
        case .adoptedAt: return .adopted
        case .adopted: return .adoptedAt
        case .chaired: return .chairedBy
        case .chairedBy: return .chaired
        case .hosted: return .hostedBy
        case .hostedBy: return .hosted
        case .parties: return .partyTo
        case .partyTo: return .parties
        }
    }
}
