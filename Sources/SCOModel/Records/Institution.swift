/// A body that acts in the chronicle: the organisation, its organs, partners.
public struct Institution: Record, Hashable {
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var summary: String
    public var aliases: [String]
    /// ID of the institution this one belongs to (RATS Council → RATS).
    public var partOf: String?
    /// The city where it sits.
    public var seat: String?
    public var sources: [Source]

    public var kind: RecordKind { .institution }
    public var place: String? { seat }
    public var date: EDTFDate? { nil }

    public init(id: String, title: String, shortTitle: String? = nil, summary: String, aliases: [String] = [],
                partOf: String? = nil, seat: String? = nil, sources: [Source]) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.summary = summary
        self.aliases = aliases
        self.partOf = partOf
        self.seat = seat
        self.sources = sources
    }
}
