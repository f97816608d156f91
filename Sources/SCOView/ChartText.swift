import SCOCore
import SCOModel
import SCOText

/// The charts as lines of text for a pipe or a file: the membership chart drawn by the
/// browser's own widget, and the events per year as bars.
public enum ChartText {
    /// The membership chart at a width (its natural width when nil): a title, the years, a row
    /// a state and the legend. `ascii` gives the look-alikes an ASCII terminal shows.
    public static func membership(_ chart: MembershipChart, title: String, width: Int?, ascii: Bool) -> [String] {
        let range = chart.years.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? ""
        let heading = "\(title): membership\(range)"
        guard !chart.rows.isEmpty, let years = chart.years else { return [heading, "No states to chart: the chronicle gives no statuses."] }
        let natural = ChartGrid(chart, width: Int.max / 2).nameWidth + 1 + years.count
        let columns = max(width ?? max(natural, 60), 20)
        let grid = ChartGrid(chart, width: columns)
        var frame = Frame(size: Size(width: columns, height: chart.rows.count + 3))
        frame.write(TextLayout.truncated(heading, to: columns), x: 0, y: 0, width: columns, style: Style(.title))
        ChartView.draw(chart, grid: grid, position: ListPosition(selected: -1), cursor: nil, focused: false, rows: chart.rows.count,
                       in: Rect(x: 0, y: 1, width: columns, height: chart.rows.count + 2), into: &frame)
        return lines(of: ascii ? ASCIIFrame.converted(frame) : frame)
    }

    /// Events per year, a line a year (or span of years where there are more than 200): the
    /// year, a bar scaled to the busiest, and the count.
    public static func events(_ counts: [YearCount], title: String, width: Int?, ascii: Bool) -> [String] {
        guard let first = counts.map(\.year).min(), let last = counts.map(\.year).max() else { return ["\(title): events per year", "No dated events."] }
        let byYear = Dictionary(counts.map { ($0.year, $0.count) }, uniquingKeysWith: +)
        let spans = MembershipChart.yearSpans(first...last, fitting: 200)
        let totals = spans.map { $0.reduce(0) { $0 + (byYear[$1] ?? 0) } }
        let most = max(1, totals.max() ?? 1)
        let labelWidth = spans.map { MembershipChart.label($0).count }.max() ?? 4
        let room = max(10, min(60, (width ?? 80) - labelWidth - 2 - "\(most)".count - 1))
        let per = spans.first.map { $0.count > 1 ? "\($0.count) years" : "year" } ?? "year"
        var out = ["\(title): events per \(per), \(first)–\(last)"]
        for (span, total) in zip(spans, totals) {
            let eighths = (total * room * 8 + most - 1) / most
            let bar = ascii ? String(repeating: "#", count: (eighths + 7) / 8)
                : String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : partial[eighths % 8 - 1])
            out.append(TextLayout.padded(MembershipChart.label(span), to: labelWidth) + "  " + bar + (bar.isEmpty ? "" : " ") + "\(total)")
        }
        return ascii ? out.map { $0.replacingOccurrences(of: "–", with: "-") } : out
    }

    /// A bar's last cell, an eighth to seven eighths full.
    static let partial = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func lines(of frame: Frame) -> [String] {
        (0..<frame.size.height).map { y in String(frame.line(y).reversed().drop { $0 == " " }.reversed()) }
    }
}
