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
    /// The matches by year, when they are in date order: the Results pane then has year
    /// headings and the histogram, as the timeline has. Empty for any other order. The rows
    /// past the last year's are undated.
    public let years: [YearCount]
    /// The other names the query was read as (`Ташкент = Tashkent (ru)`), so a reader knows
    /// why a record in another script was found.
    public internal(set) var otherNames: [String] = []

    public init(rows: [Int64], tierEnds: [Int], isComplete: Bool, years: [YearCount] = []) {
        self.rows = rows
        self.tierEnds = tierEnds
        self.isComplete = isComplete
        self.years = years
    }

    public static let none = Matches(rows: [], tierEnds: [0, 0, 0], isComplete: true)

    public var count: Int { rows.count }

    /// Why the match at `index` ranks where it does.
    public func tier(at index: Int) -> Tier {
        Tier.allCases.first { index < (tierEnds.indices.contains($0.rawValue) ? tierEnds[$0.rawValue] : .max) } ?? .summary
    }

    /// Matches in date order, all the same: one tier, and years counted from the rows' start
    /// keys (nil for undated rows, which come last).
    static func dated(_ rows: [Int64], years: YearRuns, isComplete: Bool) -> Matches {
        Matches(rows: rows, tierEnds: [rows.count, rows.count, rows.count], isComplete: isComplete, years: years.counts)
    }

    /// The first `count` matches, as a first page.
    func prefix(_ count: Int) -> Matches {
        Matches(rows: Array(rows.prefix(count)), tierEnds: tierEnds.map { min($0, count) }, isComplete: false)
    }
}

/// Counts rows by year as they are read in date order.
struct YearRuns {
    private(set) var counts: [YearCount] = []

    mutating func add(startKey: Int?) {
        guard let key = startKey else { return }
        let year = key / 10_000
        if let last = counts.last, last.year == year {
            counts[counts.count - 1] = YearCount(year: year, count: last.count + 1)
        } else {
            counts.append(YearCount(year: year, count: 1))
        }
    }
}
