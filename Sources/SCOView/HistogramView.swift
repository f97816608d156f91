import SCOCore
import SCOModel
import SCOText

/// Events over the chronicle's whole span as a sparkline: a bar a month where the months fit,
/// else a bar a year, or a decade or century, with the scale named and the cursor's bar marked. It
/// reads the counts the state took from the catalog (made at import), so it costs the same at
/// any size of chronicle.
enum HistogramView {
    static let levels = Array("▁▂▃▄▅▆▇█")

    /// The buckets at a width: a bar a month where the months fit (and every event names its
    /// month), else a bar a year, decade, century or millennium; each bar's first unit and count. Months are counted as `year × 12
    /// + month − 1`, so a span of them is a subtraction.
    struct Buckets {
        /// Years per bar; 0 for a bar a month.
        let years: Int
        let scale: String
        let bars: [(start: Int, count: Int)]

        init(_ counts: [YearCount], months: [MonthCount] = [], width: Int) {
            let index = { (month: Int) in month / 100 * 12 + month % 100 - 1 }
            // Months only when every event names one: a bar a month would hide the rest.
            let everyEventHasAMonth = months.map(\.count).reduce(0, +) == counts.map(\.count).reduce(0, +)
            if everyEventHasAMonth, let first = months.first.map({ index($0.month) }), let last = months.last.map({ index($0.month) }),
               last - first + 1 <= width {
                years = 0
                scale = "months"
                var totals = [Int](repeating: 0, count: last - first + 1)
                for month in months { totals[index(month.month) - first] += month.count }
                bars = totals.enumerated().map { (first + $0.offset, $0.element) }
                return
            }
            guard let first = counts.first?.year, let last = counts.last?.year else {
                years = 1
                scale = "years"
                bars = []
                return
            }
            let choices = [(1, "years"), (10, "decades"), (100, "centuries"), (1_000, "millennia")]
            let (size, name) = choices.first { (last / $0.0 - first / $0.0 + 1) <= max(1, width) } ?? choices[choices.count - 1]
            years = size
            scale = name
            let start = first / size * size
            var totals = [Int](repeating: 0, count: (last / size - first / size) + 1)
            for year in counts { totals[year.year / size - first / size] += year.count }
            bars = totals.enumerated().map { (start + $0.offset * size, $0.element) }
        }

        func label(_ start: Int) -> String {
            switch years {
            case 0: return "\(EDTFDate.monthNames[start % 12]) \(start / 12)"
            case 1: return String(start)
            case 10: return "\(start)s"
            default: return "\(start)–\(start + years - 1)"
            }
        }

        /// The bar of a year, or in the month scale of a month (`200406`).
        func index(year: Int?, month: Int?) -> Int? {
            guard let first = bars.first?.start else { return nil }
            let unit: Int
            if years == 0 {
                guard let month else { return nil }
                unit = month / 100 * 12 + month % 100 - 1
            } else {
                guard let year else { return nil }
                unit = year
            }
            let i = years == 0 ? unit - first : (unit - first) / years
            return bars.indices.contains(i) && unit >= first ? i : nil
        }
    }

    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        let counts = state.histogramYears
        guard let first = counts.first?.year, let last = counts.last?.year else { return }
        let left = " \(first) "
        // Room on the right for the last year, the scale and the cursor's count where the
        // strip can spare it. A bar a year is worth more than the words: where the years fit only
        // beside a shorter note (the cursor's count), or none, that note is taken instead.
        enum Note { case full, count, none }
        let lastWidth = DisplayWidth.of(" \(last) ")
        let notes: [(Note, Int)] = (area.width >= 60 ? [(Note.full, lastWidth + 30)] : []) + [(.count, lastWidth + 14), (.none, lastWidth)]
        let fitting = notes.map { note, reserve in
            (note, area.width - DisplayWidth.of(left) - reserve)
        }.filter { $0.1 >= 4 }
        guard let chosen = fitting.first(where: { Buckets(counts, months: state.histogramMonths, width: $0.1).years <= 1 }) ?? fitting.first
        else { return }
        let (note, barWidth) = chosen
        let buckets = Buckets(counts, months: state.histogramMonths, width: barWidth)
        let peak = max(1, buckets.bars.map(\.count).max() ?? 1)
        let columns = max(1, min(6, barWidth / max(1, buckets.bars.count)))
        let cursorIndex = buckets.index(year: state.cursorYear, month: state.cursorMonth)
        let x = area.x + frame.write(left, x: area.x, y: area.y, style: Style(.dim))
        for (i, bar) in buckets.bars.enumerated() {
            let glyph = bar.count == 0 ? " " : String(levels[min(levels.count - 1, (bar.count * levels.count - 1) / peak)])
            let style = Style(i == cursorIndex ? .cursorBar : .bar)
            for c in 0..<columns { frame.write(glyph, x: x + i * columns + c, y: area.y, style: style) }
        }
        var right = " \(last) "
        if note == .full { right += " \(buckets.scale)" }
        if note != .none, let i = cursorIndex {
            right += (note == .full ? " · " : " ") + "\(buckets.label(buckets.bars[i].start)): \(buckets.bars[i].count.grouped) "
        }
        frame.write(right, x: x + buckets.bars.count * columns, y: area.y, width: area.right - x - buckets.bars.count * columns, style: Style(.dim))
    }
}
