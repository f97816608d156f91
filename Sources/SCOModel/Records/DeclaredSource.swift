/// A source a chronicle declares once, so its records can cite it briefly: the article the
/// built-in chronicle is read from is one, cited by paragraph (`¶3`, shown as "Article (2016)
/// ¶3"). Only what is known is given: a title, and any of author, publisher, date, language,
/// address and a note.
public struct DeclaredSource: Hashable, Sendable {
    public var id: String
    public var title: String
    /// How citations name it; "Title (year)" when not given.
    public var label: String
    public var author: String?
    public var publisher: String?
    public var date: EDTFDate?
    public var language: String?
    public var url: String?
    public var note: String?
    /// How many numbered paragraphs it has, when records cite it by paragraph.
    public var paragraphs: Int?

    public init(id: String, title: String, label: String? = nil, author: String? = nil, publisher: String? = nil, date: EDTFDate? = nil,
                language: String? = nil, url: String? = nil, note: String? = nil, paragraphs: Int? = nil) {
        self.id = id
        self.title = title
        self.label = label ?? (title + (date.map { " (\($0.start.year))" } ?? ""))
        self.author = author
        self.publisher = publisher
        self.date = date
        self.language = language
        self.url = url
        self.note = note
        self.paragraphs = paragraphs
    }
}

extension Source {
    /// The source as a reader sees it: a paragraph under the label of the source it numbers
    /// ("Article (2016) ¶3"), or `¶3` where the chronicle declares none.
    public func text(paragraphsOf label: String?) -> String {
        switch self {
        case .paragraph(let n): return label.map { "\($0) ¶\(n)" } ?? description
        case .citation(let text): return text
        }
    }
}

extension Array where Element == DeclaredSource {
    /// The label of the source that records cite by paragraph.
    public var paragraphLabel: String? { first { $0.paragraphs != nil }?.label }
}
