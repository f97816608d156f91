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
