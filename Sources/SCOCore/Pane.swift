import SCOModel

/// The lists the browser can show; the last holds search results and exists only while a
/// search is kept.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case timeline, institutions, documents, results

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .institutions: return "Institutions"
        case .documents: return "Documents"
        case .results: return "Results"
        }
    }

    /// The title where the tab bar is short of room.
    public var shortTitle: String {
        switch self {
        case .timeline: return "Time"
        case .institutions: return "Inst"
        case .documents: return "Docs"
        case .results: return "Found"
        }
    }

    /// The pane that lists records of a kind.
    public init(_ kind: RecordKind) {
        switch kind {
        case .event: self = .timeline
        case .institution: self = .institutions
        case .document: self = .documents
        }
    }
}
