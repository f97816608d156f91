import SCOModel

/// One row of a list pane: a year heading (timeline) or a record. Only record rows can be
/// selected; headings are skipped by the cursor.
public enum ListRow: Hashable, Sendable {
    case heading(String)
    case record(id: String, depth: Int)

    public var recordID: String? {
        if case .record(let id, _) = self { return id }
        return nil
    }
}

/// The rows of the three fixed panes, computed once per chronicle.
public struct PaneRows: Sendable {
    public let timeline: [ListRow]
    public let institutions: [ListRow]
    public let documents: [ListRow]

    public init(_ chronicle: Chronicle) {
        var timeline: [ListRow] = []
        var year: Int?
        for event in chronicle.events {
            let y = event.date?.start.year
            if y != year, let y {
                timeline.append(.heading(String(y)))
                year = y
            }
            timeline.append(.record(id: event.id, depth: 0))
        }
        self.timeline = timeline
        institutions = chronicle.institutionTree.map { .record(id: $0.institution.id, depth: $0.depth) }
        documents = chronicle.documents.map { .record(id: $0.id, depth: 0) }
    }

    public func rows(_ pane: Pane, results: [SearchHit]) -> [ListRow] {
        switch pane {
        case .timeline: return timeline
        case .institutions: return institutions
        case .documents: return documents
        case .results: return results.map { .record(id: $0.id, depth: 0) }
        }
    }
}
