import SCOModel

/// The lists the browser can show. Results exists only while a search is kept, and Marks
/// while something is marked.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case timeline, institutions, documents, results, marks
    /// Every source with the records citing it.
    case sources
    /// The states' statuses over the years, a row a state.
    case chart

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .institutions: return "Institutions"
        case .documents: return "Documents"
        case .results: return "Results"
        case .marks: return "Marks"
        case .sources: return "Sources"
        case .chart: return "Membership"
        }
    }

    /// The title where the tab bar is short of room.
    public var shortTitle: String {
        switch self {
        case .timeline: return "Time"
        case .institutions: return "Inst"
        case .documents: return "Docs"
        case .results: return "Found"
        case .marks: return "Marks"
        case .sources: return "Srcs"
        case .chart: return "Chart"
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

extension Pane {
    /// The pane's name in a memory file.
    public var name: String { title.lowercased() }

    public init?(name: String) {
        guard let pane = Pane.allCases.first(where: { $0.name == name }) else { return nil }
        self = pane
    }
}
