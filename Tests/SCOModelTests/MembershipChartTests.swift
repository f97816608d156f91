import Foundation
import Testing
import SCOModel
import TestSupport

/// The membership chart against the statuses it is drawn from, cell by cell.
@Suite struct MembershipChartTests {
    /// The status a state held at the end of a year, worked out from its periods directly: the
    /// last period begun by the year's end that had not ended before the year began.
    func expected(_ state: Institution, _ year: Int) -> StateStatus? {
        state.statuses.last { period in
            period.from.start.year <= year && (period.to.map { $0.start.year >= year } ?? true)
        }?.status
    }

    @Test func everyCellOfTheBuiltinChartIsTheStatusAtTheYearsEnd() throws {
        let store = try Store(Builtin.chronicle)
        let chart = MembershipChart(catalog: store)
        let states = Builtin.chronicle.institutions.filter(\.isState)
        #expect(chart.rows.count == states.count && chart.years == 2001...2025)
        let byID = Dictionary(uniqueKeysWithValues: states.map { ($0.id, $0) })
        for (r, row) in chart.rows.enumerated() {
            let state = try #require(byID[row.id])
            for year in 2001...2025 {
                #expect(chart.cell(row: r, years: year...year).status == expected(state, year), "\(row.id) \(year)")
            }
        }
        let india = try #require(chart.rows.firstIndex { $0.id == "india" })
        #expect(chart.cell(row: india, years: 2016...2016).status == .observer && chart.cell(row: india, years: 2017...2017).status == .member)
        let laos = try #require(chart.rows.firstIndex { $0.id == "laos" })
        #expect(chart.cell(row: laos, years: 2024...2024).status == nil)
    }

    /// Each chairmanship marks its state in the year it took the chair, and nowhere else.
    @Test func everyChairmanshipIsMarkedOnceInTheYearItBegan() throws {
        let store = try Store(Builtin.chronicle)
        let chart = MembershipChart(catalog: store)
        let events = Dictionary(uniqueKeysWithValues: Builtin.chronicle.events.map { ($0.id, $0) })
        for state in Builtin.chronicle.institutions where state.isState {
            let r = try #require(chart.rows.firstIndex { $0.id == state.id })
            let years = Set(state.chaired.compactMap { events[$0]?.date?.start.year })
            for year in 2001...2025 {
                #expect(chart.cell(row: r, years: year...year).chaired == years.contains(year), "\(state.id) \(year)")
            }
        }
    }

    @Test func rowsComeInTheOrderOfJoining() throws {
        let chart = MembershipChart(catalog: try Store(Builtin.chronicle))
        let joined = chart.rows.map { $0.statuses.map(\.from.start.sortKey).min() ?? 0 }
        #expect(joined == joined.sorted())
        #expect(Set(chart.rows.prefix(6).map(\.id)) == ["china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"])
    }

    /// Columns cover every year once, in order, within the count asked for, and coarser
    /// columns start on round years.
    @Test(arguments: [(2001, 2025), (1, 1), (-500, 2025), (1900, 1999), (2001, 2001), (-3, 7), (-170_000_002, 2025)])
    func yearSpansCoverEveryYearOnce(_ first: Int, _ last: Int) {
        for columns in 1...90 {
            let spans = MembershipChart.yearSpans(first...last, fitting: columns)
            #expect(spans.count <= columns)
            #expect(spans.first?.contains(first) == true && spans.last?.upperBound == last)
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound + 1 == b.lowerBound) }
        }
        // Where a round step fits, columns start on round years.
        for columns in [12, 6, 3] {
            let spans = MembershipChart.yearSpans(2001...2025, fitting: columns)
            #expect(spans.dropFirst().allSatisfy { $0.lowerBound % spans[1].count == 0 } && spans.first?.lowerBound == 2001)
        }
    }

    @Test func labelsSayTheirYears() {
        #expect(MembershipChart.label(2004...2004) == "2004" && MembershipChart.label(2000...2004) == "2000–04")
        #expect(MembershipChart.label(100...149) == "100–49" && MembershipChart.label(2000...2199) == "2000–2199")
        #expect(MembershipChart.label(1950...2049) == "1950–2049" && MembershipChart.label((-50)...(-1)) == "-50–-1")
    }

    @Test func aChronicleWithoutStatesHasNoChart() throws {
        let chronicle = Chronicle(title: "Plain", events: [], institutions: [Institution(id: "a", title: "A", summary: "An office.", sources: [])], documents: [])
        let chart = MembershipChart(catalog: try Store(chronicle))
        #expect(chart.rows.isEmpty && chart.years == nil && chart.spans(fitting: 40).isEmpty)
        #expect(ChartSVG.membership(chart, title: "Plain").contains("No states"))
    }

    /// Names and titles with markup, escape sequences and characters XML forbids never reach
    /// the SVG as they are.
    @Test func textFromTheDataIsEscapedInTheSVG() throws {
        let hostile = ["<script>alert(1)</script>", "R&D \"Unit\" 'x'", "\u{1B}]0;PWNED\u{7}", "nul\u{0}here", "bad\u{FFFF}\u{FFFE}", "]]><x/>", "\u{202E}gnp"]
        let rows = hostile.enumerated().map { i, name in
            MembershipChart.Row(id: "s\(i)", name: name, statuses: [StatusPeriod(status: .member, from: EDTFDate(start: .init(year: 2001 + i, month: nil, day: nil)), sources: [])])
        }
        let svg = ChartSVG.membership(MembershipChart(rows), title: "T <&> \u{1B}[2J")
        for bad in ["<script", "\u{1B}", "\u{0}", "\u{FFFF}", "\u{FFFE}", "]]><x", "\u{202E}", "<&>"] {
            #expect(!svg.contains(bad), "\(bad.debugDescription) reached the SVG")
        }
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && svg.contains("R&amp;D &quot;Unit&quot; &#39;x&#39;"))
        let events = ChartSVG.events([YearCount(year: 2004, count: 3)], title: "<b>&")
        #expect(events.contains("&lt;b&gt;&amp;") && !events.contains("<b>"))
    }
}
