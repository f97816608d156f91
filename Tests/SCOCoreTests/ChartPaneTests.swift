import Testing
@testable import SCOCore
import SCOModel
import TestSupport

/// The membership chart pane: a cursor by state and by year, the state's detail beside it.
@Suite struct ChartPaneTests {
    @Test func sevenShowsTheChartWithTheCursorOnTheLastYear() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("7"))
        let chart = try #require(d.state.chart)
        #expect(d.state.pane == .chart && d.state.availablePanes.last == .chart)
        let document = try #require(d.state.detailDocument)
        #expect(d.state.selectedID == chart.rows[0].id && document.line(0).spans.map(\.text).joined() == "China")
        let grid = try #require(d.state.chartGrid)
        #expect(d.state.chartColumn == grid.spans.count - 1)
    }

    @Test func arrowsMoveByYearAndByState() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("7"), .left, .left, .character("h"))
        let grid = try #require(d.state.chartGrid)
        #expect(d.state.chartColumn == grid.spans.count - 4)
        d.press(.right)
        #expect(d.state.chartColumn == grid.spans.count - 3)
        d.press(.character("}"), .character("}"), .character("}"), .character("}"))
        #expect(d.state.chartColumn == grid.spans.count - 1 && d.state.message == "this is the last year of the chart")
        d.press(.character("g"), .character("j"), .character("j"))
        #expect(d.state.selectedID == d.state.chart?.rows[2].id)
        d.press(.character("G"))
        #expect(d.state.selectedID == d.state.chart?.rows.last?.id)
    }

    @Test func enterOpensTheStateAndEscReturnsToTheChart() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("7"), .character("j"), .enter)
        #expect(d.state.focus == .detail && d.state.pane == .chart && d.state.selectedID == d.state.chart?.rows[1].id)
        // In the detail, ← is back to the chart, not a year earlier.
        let column = d.state.chartColumn
        d.press(.left)
        #expect(d.state.focus == .list && d.state.chartColumn == column)
    }

    @Test func goToDateMovesTheYearCursorAndStaysOnTheChart() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("7"), .character(":"))
        d.type("2010")
        #expect(d.state.chartYear == 2010, "the cursor follows as the date is typed")
        d.press(.enter)
        let grid = try #require(d.state.chartGrid)
        let column = try #require(d.state.chartColumn)
        #expect(d.state.pane == .chart && grid.spans[column].contains(2010))
        d.press(.character(":"))
        d.type("1990")
        d.press(.enter)
        #expect(d.state.chartColumn == 0 && d.state.message == "the chart starts in 2001")
    }

    @Test func exportAsksForAnSVGName() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("7"), .character("e"))
        #expect(d.state.mode == .exportPrompt && d.state.exportInput.text == "sco-membership.svg")
        var (state, effects) = update(d.state, .promptSubmit)
        #expect(effects == [.exportChart(path: "sco-membership.svg")] && state.mode == .browse)
        d.send(.promptClear)
        d.type("chart.csv")
        (state, effects) = update(d.state, .promptSubmit)
        #expect(effects.isEmpty && state.message?.contains(".svg") == true)
    }

    /// The chart's keys are read before the list's, and a config cannot bind one key twice there.
    @Test func chartKeysComeFirstOnTheChartOnly() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        #expect(d.state.keymap.action(for: .right, in: d.state) == .open)
        d.press(.character("7"))
        #expect(d.state.keymap.action(for: .right, in: d.state) == .laterColumn)
        #expect(d.state.keymap.action(for: .enter, in: d.state) == .open)
        #expect(throws: KeymapProblem.self) {
            try Keymap.standard.rebound([Rebinding(section: .browse, action: "earlier-column", keys: ["j"], line: 2)])
        }
    }

    @Test func aChronicleWithoutStatesSaysSo() throws {
        let chronicle = Chronicle(title: "Plain", events: [], institutions: [Institution(id: "a", title: "A", summary: "An office.", sources: [])], documents: [])
        var d = try Driver(chronicle: chronicle)
        d.press(.character("7"), .left)
        #expect(d.state.pane == .chart && d.state.chart?.rows.isEmpty == true && d.state.message == "no states to chart")
    }
}
