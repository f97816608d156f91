import SCOModel
import SCOText

/// One row of a list pane: a year heading (timeline) or a record, named by its position among
/// the pane's records. Only record rows can be selected; headings are skipped by the cursor.
public enum ListRow: Hashable, Sendable {
    case heading(String)
    case record(Int)

    public var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

/// How a pane's rows map to its records: a flat list, or the timeline's records under one
/// heading per year. Built from counts alone, so any row — the tenth or the nine hundred
/// thousandth — is found by a binary search over the years, without reading a record.
public struct ListShape: Sendable {
    /// The timeline's headings: the row of each, its year, how many records come before it, and
    /// how many are in it.
    private let headings: [(row: Int, year: Int, recordsBefore: Int, count: Int)]
    public let rowCount: Int
    public let recordCount: Int

    public init(flat count: Int) {
        headings = []
        rowCount = count
        recordCount = count
    }

    /// Records under their years, then `undated` records under a heading of their own.
    public init(years: [YearCount], undated: Int = 0) {
        var headings: [(row: Int, year: Int, recordsBefore: Int, count: Int)] = []
        var row = 0, records = 0
        for year in years + [YearCount(year: ListShape.undatedYear, count: undated)] where year.count > 0 {
            headings.append((row, year.year, records, year.count))
            row += year.count + 1
            records += year.count
        }
        self.headings = headings
        rowCount = row
        recordCount = records
    }

    public func row(_ index: Int) -> ListRow {
        guard let h = heading(atOrBefore: index) else { return .record(index) }
        let heading = headings[h]
        return heading.row == index ? .heading(ListShape.headingText(heading.year, heading.count))
            : .record(heading.recordsBefore + index - heading.row - 1)
    }

    /// The heading of records without a date, after every year.
    static let undatedYear = Int.max

    /// A year heading with its count, as the list shows it: `2004 · 6`.
    static func headingText(_ year: Int, _ count: Int) -> String {
        (year == undatedYear ? "undated" : "\(year)") + " · \(count.grouped)"
    }

    /// The heading over the row at `index`: what a list shows at its top when the heading itself
    /// has scrolled away, so the year stays in sight. Its year is nil under `undated`.
    public func heading(over index: Int) -> (row: Int, year: Int?, text: String)? {
        guard let h = heading(atOrBefore: index) else { return nil }
        let year = headings[h].year
        return (headings[h].row, year == ListShape.undatedYear ? nil : year, ListShape.headingText(year, headings[h].count))
    }

    /// The row of the next heading after `index`, or of the last one before it (`forward` false).
    public func headingRow(from index: Int, forward: Bool) -> Int? {
        guard !headings.isEmpty else { return nil }
        let current = heading(atOrBefore: index)
        if forward {
            let next = current.map { $0 + 1 } ?? 0
            return next < headings.count ? headings[next].row : nil
        }
        guard let current else { return nil }
        return current > 0 ? headings[current - 1].row : nil
    }

    /// Whether the list has year headings.
    public var hasHeadings: Bool { !headings.isEmpty }

    public func isHeading(_ index: Int) -> Bool { row(index).isHeading }

    /// The row that shows the record at `position`.
    public func rowIndex(ofRecord position: Int) -> Int {
        guard !headings.isEmpty else { return position }
        var low = 0, high = headings.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if headings[mid].recordsBefore <= position { low = mid } else { high = mid - 1 }
        }
        return headings[low].row + 1 + position - headings[low].recordsBefore
    }

    /// The 1-based position among the records of the record at `index` (or of the first record
    /// after a heading).
    public func ordinal(ofRow index: Int) -> Int {
        guard rowCount > 0, (0..<rowCount).contains(index) else { return 0 }
        switch row(index) {
        case .record(let position): return position + 1
        case .heading: return row(index + 1).position.map { $0 + 1 } ?? 0
        }
    }

    private func heading(atOrBefore index: Int) -> Int? {
        guard !headings.isEmpty, index >= 0 else { return nil }
        var low = 0, high = headings.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if headings[mid].row <= index { low = mid } else { high = mid - 1 }
        }
        return headings[low].row <= index ? low : nil
    }
}

extension ListRow {
    public var position: Int? {
        if case .record(let p) = self { return p }
        return nil
    }
}
