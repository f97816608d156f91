import SCOModel
import SCOText

/// How the membership chart fits a width: a column of names, then the years, one to three
/// cells a year where they fit, else a cell for each span of years. The core steps the year
/// cursor by these columns and the view draws them, so both always agree.
public struct ChartGrid: Hashable, Sendable {
    /// Rows of the chart pane that are not states: the years above, the reading of the
    /// cursor's cell and the legend below.
    public static let chrome = 3
    public static let widestName = 16

    public let nameWidth: Int
    public let cellWidth: Int
    public let spans: [ClosedRange<Int>]

    public init(_ chart: MembershipChart, width: Int) {
        let longest = chart.rows.map { DisplayWidth.of(Sanitizer.sanitized($0.name)) }.max() ?? 0
        let years = chart.years?.count ?? 0
        // Names give way to years, down to six columns, before years are put together.
        nameWidth = max(1, min(longest, ChartGrid.widestName, max(6, width - 1 - years)))
        let room = max(1, width - nameWidth - 1)
        spans = chart.spans(fitting: room)
        cellWidth = spans.isEmpty ? 1 : max(1, min(3, room / spans.count))
    }

    /// The column holding a year: the last one for a year after the chart, the first before.
    public func column(of year: Int) -> Int {
        guard let last = spans.last, let first = spans.first else { return 0 }
        if year > last.upperBound { return spans.count - 1 }
        if year < first.lowerBound { return 0 }
        return spans.firstIndex { $0.contains(year) } ?? 0
    }

    /// The chart's width in columns: the names, a space and the cells.
    public var width: Int { nameWidth + 1 + spans.count * cellWidth }
}
