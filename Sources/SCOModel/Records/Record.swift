/// The three kinds of record a chronicle holds.
public enum RecordKind: String, CaseIterable, Sendable {
    case event, institution, document

    /// The name of a list of such records, as used on the command line and in the file format.
    public var plural: String { rawValue + "s" }

    /// The kind with its indefinite article, for messages ("an event", "a document").
    public var withArticle: String { (self == .document ? "a " : "an ") + rawValue }

    public init?(plural: String) {
        guard let kind = RecordKind.allCases.first(where: { $0.plural == plural || $0.rawValue == plural }) else { return nil }
        self = kind
    }
}

/// What every record has, so lists, search and detail can treat the kinds alike.
public protocol Record: Sendable {
    var id: String { get }
    var kind: RecordKind { get }
    var title: String { get }
    var shortTitle: String? { get }
    var summary: String { get }
    var aliases: [String] { get }
    var place: String? { get }
    var date: EDTFDate? { get }
    var sources: [Source] { get }
}

extension Record {
    /// The title to use where space is short.
    public var label: String { shortTitle ?? title }
}
