/// How one record points at another. Every link is navigable both ways: a relation written
/// in the file (an event involves an institution) has an inverse computed by the chronicle
/// (the institution's events).
public enum Relation: String, CaseIterable, Sendable {
    case partOf, parts, chairedBy, hostedBy, institutions, documents, adoptedAt, parties, adopted, chaired, hosted, partyTo, events

    /// The heading under which links of this relation are listed.
    public var heading: String {
        switch self {
        case .partOf: return "Part of"
        case .parts: return "Parts"
        case .chairedBy: return "Chaired by"
        case .hostedBy: return "Hosted by"
        case .institutions: return "Institutions"
        case .documents: return "Documents"
        case .adoptedAt: return "Adopted at"
        case .adopted: return "Adopted here"
        case .parties: return "Parties"
        case .partyTo: return "Party to"
        case .chaired: return "Chairmanships"
        case .hosted: return "Hosted"
        case .events: return "Events"
        }
    }
}

extension Relation {
    /// Whether the relation is a state's role in an event, which a link of another relation
    /// between the same two records does not hide.
    public var isRole: Bool { [.chaired, .hosted, .chairedBy, .hostedBy].contains(self) }
}

/// A typed pointer from one record to another.
public struct Link: Hashable, Sendable {
    public let relation: Relation
    public let target: String

    public init(_ relation: Relation, _ target: String) {
        self.relation = relation
        self.target = target
    }
}

/// The events of an institution and of all its parts, in date order, each with the body it is
/// linked to: RATS's detail lists its council's and its executive committee's events too.
/// Held as row numbers, so a body with a hundred thousand events costs a few hundred KB and
/// its detail reads only the rows on screen.
public struct InstitutionEvents: Hashable, Sendable {
    /// The events' row numbers, in date order.
    public let rows: [Int64]
    /// For each event, which of `bodies` it is linked to.
    public let bodyIndexes: [Int32]
    /// The institution's ID, then its parts' that have events.
    public let bodies: [String]

    public init(rows: [Int64], bodyIndexes: [Int32], bodies: [String]) {
        self.rows = rows
        self.bodyIndexes = bodyIndexes
        self.bodies = bodies
    }

    public var count: Int { rows.count }

    /// The events linked to the institution itself, as its list row counts them.
    public var ownCount: Int { bodyIndexes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } }

    /// Whether any event belongs to a part rather than the institution itself.
    public var hasParts: Bool { bodies.count > 1 }
}
