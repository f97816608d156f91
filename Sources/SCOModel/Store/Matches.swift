/// The order a search's matches are shown in: best first (title matches, then places, then
/// summaries), or by date, undated records last.
public enum ResultOrder: String, Hashable, Sendable, CaseIterable {
    case relevance, date
}

/// Every record a search found, in the order shown: the row numbers alone, so even 800,000
/// matches take a few megabytes, and a screen reads only the entries it shows.
public struct Matches: Equatable, Sendable {
    /// Which part of a record the query's words were found in; a lower tier ranks higher.
    public enum Tier: Int, Comparable, CaseIterable, Sendable {
        case title, place, summary

        public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// Row numbers of the matching records, best first.
    public let rows: [Int64]
    /// Where each tier's rows end in `rows`, in tier order.
    public let tierEnds: [Int]
    /// False while more matches may follow (a first page).
    public let isComplete: Bool

    public init(rows: [Int64], tierEnds: [Int], isComplete: Bool) {
        self.rows = rows
        self.tierEnds = tierEnds
        self.isComplete = isComplete
    }

    public static let none = Matches(rows: [], tierEnds: [0, 0, 0], isComplete: true)

    public var count: Int { rows.count }

    /// Why the match at `index` ranks where it does.
    public func tier(at index: Int) -> Tier {
        Tier.allCases.first { index < (tierEnds.indices.contains($0.rawValue) ? tierEnds[$0.rawValue] : .max) } ?? .summary
    }

    /// The first `count` matches, as a first page.
    func prefix(_ count: Int) -> Matches {
        Matches(rows: Array(rows.prefix(count)), tierEnds: tierEnds.map { min($0, count) }, isComplete: false)
    }
}
