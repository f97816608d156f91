import SCOText

/// The charts as self-contained SVG pictures: shapes and text only, in the reader's own
/// sans-serif font (none is embedded), so a file stays a few kilobytes and any renderer draws it.
/// Every piece of text from the data passes `escaped`, so a name can never become markup.
public enum ChartSVG {
    /// The fill of each status, chosen to stay apart in print and for the common colour-vision
    /// deficiencies (blue against amber, light against dark); the legend names them all.
    public static func fill(_ status: StateStatus) -> String {
        switch status {
        case .foundingMember: return "#1b3a6b"
        case .member: return "#3f7fc1"
        case .observer: return "#e0a526"
        case .dialoguePartner: return "#c9b8e0"
        case .partner: return "#6aa884"
        }
    }

    static let font = "font-family=\"sans-serif\""
    /// An estimate of a character's width at 12 px, for the names' column: generous, so a
    /// name never runs into the cells.
    static let characterWidth = 7.2

    /// The membership chart: a row a state, a column a year (or a span of years where there
    /// are more than 60), each cell filled with the status, a diamond where the state chaired.
    public static func membership(_ chart: MembershipChart, title: String) -> String {
        let spans = chart.spans(fitting: 60)
        let longest = chart.rows.map { DisplayWidth.of(Sanitizer.sanitized($0.name)) }.max() ?? 0
        let nameWidth = Double(min(longest, 40)) * characterWidth + 12
        let (cell, rowHeight, margin) = (22.0, 18.0, 16.0)
        let left = margin + nameWidth
        let top = 64.0
        let width = max(left + Double(spans.count) * cell + margin, 560)
        let legendTop = top + Double(chart.rows.count) * rowHeight + 16
        let height = legendTop + (chart.rows.isEmpty ? 0 : 40)
        let range = chart.years.map { " \($0.lowerBound)–\($0.upperBound)" } ?? ""
        var svg = header(width: width, height: height, title: "\(title): membership\(range)")
        if chart.rows.isEmpty {
            svg += text("No states: the chronicle gives no statuses.", x: margin, y: 52, size: 12)
            return svg + "</svg>\n"
        }
        svg += axis(spans, left: left, cell: cell, y: top - 6)
        for (r, row) in chart.rows.enumerated() {
            let y = top + Double(r) * rowHeight
            svg += text(TextLayout.truncated(row.name, to: 40), x: margin, y: y + 13, size: 12)
            for (i, span) in spans.enumerated() {
                let (status, chaired) = chart.cell(row: r, years: span)
                let x = left + Double(i) * cell
                guard let status else { continue }
                svg += "<rect x=\"\(n(x + 1))\" y=\"\(n(y + 1))\" width=\"\(n(cell - 2))\" height=\"\(n(rowHeight - 2))\" fill=\"\(fill(status))\"><title>\(escaped(row.name)) \(MembershipChart.label(span)): \(status.rawValue)\(chaired ? ", took the chair" : "")</title></rect>\n"
                if chaired { svg += diamond(x: x + cell / 2, y: y + rowHeight / 2) }
            }
        }
        var x = margin
        for status in StateStatus.allCases {
            svg += "<rect x=\"\(n(x))\" y=\"\(n(legendTop))\" width=\"14\" height=\"12\" fill=\"\(fill(status))\"/>\n"
            svg += text(status.rawValue, x: x + 18, y: legendTop + 10, size: 11)
            x += 18 + Double(status.rawValue.count) * 6.4 + 14
        }
        svg += diamond(x: x + 7, y: legendTop + 6)
        svg += text("took the chair", x: x + 18, y: legendTop + 10, size: 11)
        svg += text("A cell shows the status at the end of its year\(spans.first.map { $0.count > 1 ? "s" : "" } ?? "").", x: margin, y: legendTop + 30, size: 10)
        return svg + "</svg>\n"
    }

    /// Events per year as bars, with the busiest year's count on the scale.
    public static func events(_ years: [YearCount], title: String) -> String {
        let counts = Dictionary(years.map { ($0.year, $0.count) }, uniquingKeysWith: +)
        let (margin, plot) = (16.0, 160.0)
        guard let first = years.map(\.year).min(), let last = years.map(\.year).max() else {
            return header(width: 560, height: 80, title: "\(title): events per year")
                + text("No dated events.", x: margin, y: 52, size: 12) + "</svg>\n"
        }
        let chart = MembershipChart.yearSpans(first...last, fitting: 80)
        let totals = chart.map { span in span.reduce(0) { $0 + (counts[$1] ?? 0) } }
        let most = max(1, totals.max() ?? 1)
        let bar = 14.0, left = margin + 40, top = 48.0
        let width = max(left + Double(chart.count) * bar + margin, 560)
        var svg = header(width: width, height: top + plot + 40, title: "\(title): events per \(chart.first.map { $0.count > 1 ? "\($0.count) years" : "year" } ?? "year") \(first)–\(last)")
        svg += text("\(most)", x: left - 6, y: top + 10, size: 10, anchor: "end")
        svg += text("0", x: left - 6, y: top + plot, size: 10, anchor: "end")
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(top + plot))\" x2=\"\(n(left + Double(chart.count) * bar))\" y2=\"\(n(top + plot))\" stroke=\"#888\"/>\n"
        for (i, span) in chart.enumerated() {
            let h = plot * Double(totals[i]) / Double(most)
            let x = left + Double(i) * bar
            if totals[i] > 0 {
                svg += "<rect x=\"\(n(x + 1))\" y=\"\(n(top + plot - h))\" width=\"\(n(bar - 2))\" height=\"\(n(h))\" fill=\"#3f7fc1\"><title>\(MembershipChart.label(span)): \(totals[i])</title></rect>\n"
            }

        }
        svg += axis(chart, left: left, cell: bar, y: top + plot + 14)
        return svg + "</svg>\n"
    }

    /// The years under (or over) the columns: the first, every fifth or tenth, and the last,
    /// each only where it clears the one before, so long spans never overprint.
    static func axis(_ spans: [ClosedRange<Int>], left: Double, cell: Double, y: Double) -> String {
        var out = "", end = -Double.infinity
        for (i, span) in spans.enumerated() where i == 0 || i == spans.count - 1 || span.lowerBound % (spans.count > 30 ? 10 : 5) == 0 {
            let label = MembershipChart.label(span)
            let width = Double(label.count) * 6.2, middle = left + Double(i) * cell + cell / 2
            guard middle - width / 2 > end + 4 else { continue }
            out += text(label, x: middle, y: y, size: 10, anchor: "middle")
            end = middle + width / 2
        }
        return out
    }

    /// Text from the data as SVG character data: what the terminal would replace is replaced
    /// the same way, then the five characters of markup are escaped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.sanitized(text).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Not characters in XML 1.0: a file holding them would not be well-formed.
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func header(width: Double, height: Double, title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))">
        <title>\(escaped(title))</title>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="16" y="28" \(font) font-size="16" font-weight="bold" fill="#222">\(escaped(title))</text>

        """
    }

    static func text(_ content: String, x: Double, y: Double, size: Int, anchor: String = "start") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" \(font) font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"#222\">\(escaped(content))</text>\n"
    }

    static func diamond(x: Double, y: Double) -> String {
        "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" fill=\"#ffffff\" stroke=\"#111\" stroke-width=\"1.2\"/>\n"
    }

    /// A coordinate with at most one decimal, as SVG reads it.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
