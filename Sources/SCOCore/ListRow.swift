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

/// The rows of the three fixed panes, computed once per chronicle, with what drawing and the
/// status line would otherwise recount on every key: each row's place among the records.
public struct PaneRows: Sendable {
    public let timeline: [ListRow]
    public let institutions: [ListRow]
    public let documents: [ListRow]
    /// For each timeline row, how many records come before it (headings are not counted).
    let timelineOrdinals: [Int]

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
        var ordinals: [Int] = []
        ordinals.reserveCapacity(timeline.count)
        var seen = 0
        for row in timeline {
            ordinals.append(seen)
            if row.recordID != nil { seen += 1 }
        }
        timelineOrdinals = ordinals
        institutions = chronicle.institutionTree.map { .record(id: $0.institution.id, depth: $0.depth) }
        documents = chronicle.documents.map { .record(id: $0.id, depth: 0) }
    }

    /// The 1-based position of the record at `row` among the pane's records, and their count.
    func ordinal(of row: Int, in pane: Pane, rowCount: Int) -> (index: Int, count: Int) {
        guard pane == .timeline else { return (rowCount == 0 ? 0 : row + 1, rowCount) }
        let count = (timelineOrdinals.last ?? 0) + (timeline.last?.recordID != nil ? 1 : 0)
        return (timelineOrdinals.indices.contains(row) ? timelineOrdinals[row] + 1 : 0, count)
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
