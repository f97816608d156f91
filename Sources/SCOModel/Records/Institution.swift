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
    /// A state's standing over time, oldest first; empty for a body that is not a state.
    public var statuses: [StatusPeriod]
    /// IDs of the events that are a state's chairmanships.
    public var chaired: [String]
    /// IDs of the events a state hosted.
    public var hosted: [String]
    /// Its names in other languages and scripts.
    public var names: [Name]
    public var sources: [Source]

    /// States are institutions with a status history: they share the Institutions pane and
    /// take part in events the same way, and `member:2010` finds them by their statuses.
    public var isState: Bool { !statuses.isEmpty }

    public var kind: RecordKind { .institution }
    public var place: String? { seat }
    public var date: EDTFDate? { nil }

    public init(id: String, title: String, shortTitle: String? = nil, summary: String, aliases: [String] = [],
                partOf: String? = nil, seat: String? = nil, statuses: [StatusPeriod] = [], chaired: [String] = [],
                hosted: [String] = [], names: [Name] = [], sources: [Source]) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.summary = summary
        self.aliases = aliases
        self.partOf = partOf
        self.seat = seat
        self.statuses = statuses
        self.chaired = chaired
        self.hosted = hosted
        self.names = names
        self.sources = sources
    }
}
