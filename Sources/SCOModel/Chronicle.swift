/// A whole, validated chronicle: the records and the links between them, both ways.
/// Built once at load time and never mutated, so every view of it can share one copy.
public struct Chronicle: Sendable {
    public let title: String
    /// Events in date order (ties keep file order).
    public let events: [Event]
    /// Institutions as written in the file.
    public let institutions: [Institution]
    /// Documents in date order; undated ones last.
    public let documents: [Document]

    private let index: [String: any Record]
    private let inverse: [String: [Link]]

    public init(title: String, events: [Event], institutions: [Institution], documents: [Document]) {
        self.title = title
        self.events = events.enumerated().sorted { a, b in
            let (x, y) = (a.element.date!, b.element.date!)
            return x < y || (x == y && a.offset < b.offset)
        }.map(\.element)
        self.institutions = institutions
        self.documents = documents.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): return x < y || (x == y && a.offset < b.offset)
            case (nil, nil): return a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            }
        }.map(\.element)

        var index: [String: any Record] = [:]
        for r in events { index[r.id] = r }
        for r in institutions { index[r.id] = r }
        for r in documents { index[r.id] = r }
        self.index = index

        var inverse: [String: [Link]] = [:]
        for event in self.events {
            for id in event.institutions { inverse[id, default: []].append(Link(.events, event.id)) }
            for id in event.documents { inverse[id, default: []].append(Link(.events, event.id)) }
        }
        for institution in institutions {
            if let parent = institution.partOf { inverse[parent, default: []].append(Link(.parts, institution.id)) }
        }
        for document in self.documents {
            if let event = document.adoptedAt { inverse[event, default: []].append(Link(.adopted, document.id)) }
        }
        self.inverse = inverse
    }

    /// All records of every kind.
    public var allRecords: [any Record] { events + institutions + documents }

    public func record(_ id: String) -> (any Record)? { index[id] }

    public func records(of kind: RecordKind) -> [any Record] {
        switch kind {
        case .event: return events
        case .institution: return institutions
        case .document: return documents
        }
    }

    /// Every link from the record, written or inverse, in the order a reader wants them:
    /// where it belongs, what it involves, what came of it. Each target appears once.
    public func links(of id: String) -> [Link] {
        var written: [Link] = []
        switch index[id] {
        case let event as Event:
            written = event.institutions.map { Link(.institutions, $0) } + event.documents.map { Link(.documents, $0) }
        case let institution as Institution:
            written = institution.partOf.map { [Link(.partOf, $0)] } ?? []
        case let document as Document:
            written = document.adoptedAt.map { [Link(.adoptedAt, $0)] } ?? []
        default:
            return []
        }
        var seen: Set<String> = [id]
        var result: [Link] = []
        for relation in Relation.allCases {
            for link in written + (inverse[id] ?? []) where link.relation == relation && !seen.contains(link.target) {
                seen.insert(link.target)
                result.append(link)
            }
        }
        return result
    }

    /// Institutions in tree order (each followed by its parts), with their depth for indenting.
    public var institutionTree: [(institution: Institution, depth: Int)] {
        let ids = Set(institutions.map(\.id))
        var children: [String: [Institution]] = [:]
        var roots: [Institution] = []
        for institution in institutions {
            if let parent = institution.partOf, ids.contains(parent), parent != institution.id {
                children[parent, default: []].append(institution)
            } else {
                roots.append(institution)
            }
        }
        var result: [(Institution, Int)] = []
        var visited: Set<String> = []
        func visit(_ institution: Institution, _ depth: Int) {
            guard visited.insert(institution.id).inserted else { return }
            result.append((institution, depth))
            for child in children[institution.id] ?? [] { visit(child, depth + 1) }
        }
        for root in roots { visit(root, 0) }
        for institution in institutions where !visited.contains(institution.id) { visit(institution, 0) }
        return result
    }

    /// How many events involve the institution.
    public func eventCount(of institutionID: String) -> Int {
        (inverse[institutionID] ?? []).filter { $0.relation == .events && index[$0.target] is Event }.count
    }
}
