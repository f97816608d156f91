/// A record as a list row shows it: what one line needs and nothing more, so a screen of rows
/// is read from the store without decoding whole records.
public struct Entry: Hashable, Sendable {
    public let id: String
    public let kind: RecordKind
    public let title: String
    public let shortTitle: String?
    public let date: EDTFDate?
    /// The event's place, the institution's seat or the document's place.
    public let place: String?
    public let documentKind: DocumentKind?
    /// Depth in the institution tree (parts are indented under their parent).
    public let depth: Int
    /// For an institution, how many events involve it.
    public let eventCount: Int
    /// For a state, its statuses in brief ("observer 2005 · member 2017"); nil for anything else.
    public let standing: String?
    /// For an institution, its names in other languages in brief (`ru Китай · zh 中国`).
    public let names: String?

    public var label: String { shortTitle ?? title }

    public init(id: String, kind: RecordKind, title: String, shortTitle: String? = nil, date: EDTFDate? = nil, place: String? = nil,
                documentKind: DocumentKind? = nil, depth: Int = 0, eventCount: Int = 0, standing: String? = nil,
                names: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.shortTitle = shortTitle
        self.date = date
        self.place = place
        self.documentKind = documentKind
        self.depth = depth
        self.eventCount = eventCount
        self.standing = standing
        self.names = names
    }
}

/// A year of the timeline and how many events fall in it: enough to place every year heading
/// without reading a single event.
/// How many events start in a month (`200406`), for the histogram's month scale. Events dated
/// only to a year are not in any month.
public struct MonthCount: Hashable, Sendable {
    public let month: Int
    public let count: Int

    public init(month: Int, count: Int) {
        self.month = month
        self.count = count
    }
}

public struct YearCount: Hashable, Sendable {
    public let year: Int
    public let count: Int

    public init(year: Int, count: Int) {
        self.year = year
        self.count = count
    }
}
