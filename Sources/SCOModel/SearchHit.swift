/// One record found by search, with what the list needs to show it and why it ranked where it did.
public struct SearchHit: Hashable, Sendable {
    /// Which part of a record the query's words were found in; a lower tier ranks higher.
    public enum Tier: Int, Comparable, Sendable {
        case title, place, summary

        public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    public let id: String
    public let kind: RecordKind
    public let title: String
    public let date: EDTFDate?
    public let tier: Tier
    /// Grapheme ranges of the matched words in `title`, for highlighting.
    public let titleMatches: [Range<Int>]
}
