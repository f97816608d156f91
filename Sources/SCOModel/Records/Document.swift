/// What a document is, as far as a reader of the timeline cares.
public enum DocumentKind: String, CaseIterable, Sendable {
    case charter, agreement, declaration, regulation, programme
    /// Texts signed together and known only as a set (the 2010 package of documents).
    case package
}

/// A text signed, adopted or approved: a charter, an agreement, a declaration, rules.
public struct Document: Record, Hashable {
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var documentKind: DocumentKind
    /// `nil` where the sources give no date of adoption.
    public var date: EDTFDate?
    public var place: String?
    /// Who signed or adopted it, by name.
    public var parties: [String]
    /// ID of the event where it was adopted or signed.
    public var adoptedAt: String?
    public var summary: String
    public var aliases: [String]
    public var sources: [Source]

    public var kind: RecordKind { .document }

    public init(id: String, title: String, shortTitle: String? = nil, documentKind: DocumentKind, date: EDTFDate?,
                place: String? = nil, parties: [String] = [], adoptedAt: String? = nil, summary: String,
                aliases: [String] = [], sources: [Source]) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.documentKind = documentKind
        self.date = date
        self.place = place
        self.parties = parties
        self.adoptedAt = adoptedAt
        self.summary = summary
        self.aliases = aliases
        self.sources = sources
    }
}
