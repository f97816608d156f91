/// Something that happened on a date: a summit, a meeting, a signing, a change of status.
public struct Event: Record, Hashable {
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var date: EDTFDate?
    public var place: String?
    public var summary: String
    public var aliases: [String]
    /// IDs of the institutions that took part.
    public var institutions: [String]
    /// IDs of the documents adopted, signed or discussed.
    public var documents: [String]
    /// Names of people who took part; people are not records of their own.
    public var people: [String]
    public var sources: [Source]

    public var kind: RecordKind { .event }

    public init(id: String, title: String, shortTitle: String? = nil, date: EDTFDate, place: String? = nil,
                summary: String, aliases: [String] = [], institutions: [String] = [], documents: [String] = [],
                people: [String] = [], sources: [Source]) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.date = date
        self.place = place
        self.summary = summary
        self.aliases = aliases
        self.institutions = institutions
        self.documents = documents
        self.people = people
        self.sources = sources
    }
}
