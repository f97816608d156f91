import Testing
import SCOCore
import SCOModel
import SCOText
import SCORuntime
import TestSupport
@testable import SCOView

/// The membership chart as drawn: snapshots at the sizes people use, and the promise that
/// glyphs alone tell every status apart, in UTF-8 and in ASCII.
@Suite struct ChartViewTests {
    func state(_ size: Size, _ actions: [Action]) throws -> State {
        let store = try Store(Fixtures.builtin())
        let runtime = Runtime(catalog: store)
        return actions.reduce(State(catalog: store, size: size), runtime.settle)
    }

    /// The cursor on Uzbekistan in 2016, its chairmanship's last year.
    static let moves: [Action] = [.showPane(.chart)] + Array(repeating: .moveDown, count: 5) + Array(repeating: .earlierColumn, count: 9)

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60), Size(width: 100, height: 30), Size(width: 40, height: 12)])
    func snapshots(_ size: Size) throws {
        let state = try state(size, ChartViewTests.moves)
        let frame = render(state)
        #expect(frame.text.contains("Uzbekistan"))
        let diff = Snapshot.difference(frame.text, named: "chart-\(size.width)x\(size.height)")
        #expect(diff == nil, "\(diff ?? "")")
        let ascii = Snapshot.difference(ASCIIFrame.converted(frame).text, named: "chart-ascii-\(size.width)x\(size.height)")
        #expect(ascii == nil, "\(ascii ?? "")")
    }

    /// Without colour (NO_COLOR, the `none` theme) or in ASCII, every status, a chair and an
    /// empty year still have glyphs of their own, and the legend names each.
    @Test func glyphsAloneTellStatusesApart() throws {
        let glyphs = StateStatus.allCases.map(ChartView.glyph) + [ChartView.chairGlyph, ChartView.noneGlyph]
        #expect(Set(glyphs).count == glyphs.count)
        let ascii = glyphs.map(ASCIIFrame.lookAlike)
        #expect(Set(ascii).count == ascii.count && ascii.allSatisfy { $0.count == 1 && $0.allSatisfy(\.isASCII) && $0 != "?" })
        #expect(glyphs.allSatisfy { DisplayWidth.of($0) == 1 })
        let frame = render(try state(Size(width: 200, height: 60), [.showPane(.chart)]))
        for legend in ["█ founding member", "▓ member", "▒ observer", "░ dialogue partner", "▪ partner", "◆ took the chair"] {
            #expect(frame.text.contains(legend), "legend lacks \(legend)")
        }
        // Every status that the chronicle holds shows up in the chart's cells.
        let cells = frame.text
        for status in StateStatus.allCases { #expect(cells.filter { String($0) == ChartView.glyph(status) }.count > 1) }
    }

    /// The legend and the years stay on screen at any size the browser draws.
    @Test(arguments: [Size(width: 30, height: 8), Size(width: 69, height: 20), Size(width: 70, height: 10), Size(width: 300, height: 80)])
    func legendAlwaysShows(_ size: Size) throws {
        let state = try state(size, [.showPane(.chart), .bottom])
        let text = render(state).text
        #expect(text.contains("▓") && text.contains("◆") && text.contains("200"), "\(text)")
        #expect(state.listRows + ChartGrid.chrome == state.layout.list.height)
    }
}
