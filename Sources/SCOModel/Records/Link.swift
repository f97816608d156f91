/// How one record points at another. Every link is navigable both ways: a relation written
/// in the file (an event involves an institution) has an inverse computed by the chronicle
/// (the institution's events).
public enum Relation: String, CaseIterable, Sendable {
    case partOf, parts, institutions, documents, adoptedAt, adopted, events

    /// The heading under which links of this relation are listed.
    public var heading: String {
        switch self {
        case .partOf: return "Part of"
        case .parts: return "Parts"
        case .institutions: return "Institutions"
        case .documents: return "Documents"
        case .adoptedAt: return "Adopted at"
        case .adopted: return "Adopted here"
        case .events: return "Events"
        }
    }
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

/// The events of an institution and of all its parts, in date order, each with the body it
/// belongs to: RATS's detail lists its council's and its executive committee's events too.
public struct FamilyEvents: Hashable, Sendable {
    /// The first events, each with the ID of the body (the institution or a part) it is linked to.
    public let events: [(event: String, body: String)]
    /// How many events the institution and its parts have in all.
    public let total: Int

    public init(events: [(event: String, body: String)], total: Int) {
        self.events = events
        self.total = total
    }

    public static func == (a: FamilyEvents, b: FamilyEvents) -> Bool {
        a.total == b.total && a.events.map(\.event) == b.events.map(\.event) && a.events.map(\.body) == b.events.map(\.body)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        hasher.combine(events.map(\.event))
    }
}
