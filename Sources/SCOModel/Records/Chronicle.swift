/// A whole, validated chronicle as read from a file, records in list order; the store built
/// from it answers everything else (links both ways, lists by position, search).
public struct Chronicle: Sendable {
    public let title: String
    /// Events in date order (ties keep file order).
    public let events: [Event]
    /// Institutions as written in the file.
    public let institutions: [Institution]
    /// Documents in date order; undated ones last.
    public let documents: [Document]

    /// The sources the chronicle declares, as written.
    public let sources: [DeclaredSource]
    /// The places with names in other languages, as written.
    public let places: [Place]

    public init(title: String, events: [Event], institutions: [Institution], documents: [Document], sources: [DeclaredSource] = [],
                places: [Place] = []) {
        self.title = title
        self.sources = sources
        self.places = places
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
    }

    /// All records of every kind.
    public var allRecords: [any Record] { events + institutions + documents }

    public func records(of kind: RecordKind) -> [any Record] {
        switch kind {
        case .event: return events
        case .institution: return institutions
        case .document: return documents
        }
    }
}
