import Testing
@testable import SCOCore
import SCOModel
import TestSupport

/// Clicks and the wheel, by where they land on the layout.
@Suite struct PointingTests {
    /// The screen row of a record in the active list, as drawn.
    func rowY(of id: String, _ d: Driver) throws -> Int {
        let shape = d.state.currentShape
        let position = try #require(d.store.position(of: id))
        return d.state.layout.list.y + shape.rowIndex(ofRecord: position) - d.state.position(of: d.state.pane).offset
    }

    @Test func aClickSelectsARowAndADoubleClickOpensIt() throws {
        var d = try Driver()
        d.send(.mouse(Mouse(.click, x: 5, y: try rowY(of: "charter-signed", d))))
        #expect(d.state.selectedID == "charter-signed" && d.state.focus == .list)
        d.send(.mouse(Mouse(.doubleClick, x: 5, y: try rowY(of: "charter-in-force", d))))
        #expect(d.state.selectedID == "charter-in-force" && d.state.focus == .detail)
    }

    /// Headings, the sticky year on the top row, and the empty space below the rows take no click.
    @Test func headingsAndEmptyRowsTakeNoClick() throws {
        var d = try Driver()
        let list = d.state.layout.list
        d.send(.mouse(Mouse(.click, x: 5, y: list.y)))
        #expect(d.state.selectedID == "sco-founded")
        d.send(.mouse(Mouse(.click, x: 5, y: list.bottom - 1)))
        #expect(d.state.selectedID == "sco-founded" || d.state.currentShape.rowCount >= list.height)
        d.press(.character("3"))
        d.send(.mouse(Mouse(.click, x: 5, y: list.y + d.state.currentShape.rowCount + 1)))
        #expect(d.state.selectionOrdinal.index == 1)
    }

    @Test func aClickOnATabShowsItsPane() throws {
        var d = try Driver()
        let tab = try #require(d.state.tabs(width: d.state.size.width).first { $0.pane == .documents })
        d.send(.mouse(Mouse(.click, x: tab.x + 2, y: 0)))
        #expect(d.state.pane == .documents)
    }

    /// A click on a link line of the detail selects that link; a double click follows it.
    @Test func aClickInTheDetailSelectsALinkAndADoubleClickFollowsIt() throws {
        var d = try Driver()
        let document = try #require(d.state.detailDocument)
        let text = d.state.layout.detailText
        let line = try #require((0..<min(document.lineCount, text.height)).first { document.line($0).link == 1 })
        d.send(.mouse(Mouse(.click, x: text.x + 4, y: text.y + line)))
        #expect(d.state.focus == .detail && d.state.detail.link == 1 && d.state.selectedID == "sco-founded")
        d.send(.mouse(Mouse(.doubleClick, x: text.x + 4, y: text.y + line)))
        #expect(d.state.selectedID != "sco-founded" && d.state.history.back.count == 1)
    }

    @Test func theWheelMovesThePaneUnderThePointer() throws {
        var d = try Driver(size: Size(width: 120, height: 14))
        let list = d.state.layout.list
        d.send(.mouse(Mouse(.wheelDown, x: 5, y: list.y + 2)))
        #expect(d.state.selectionOrdinal.index == 4)
        d.send(.mouse(Mouse(.wheelUp, x: 5, y: list.y + 2)))
        #expect(d.state.selectionOrdinal.index == 1)
        d.press(.character("3"), .character("j"))
        let detail = d.state.layout.detail
        let lines = try #require(d.state.detailDocument?.lineCount)
        #expect(lines > detail.height)
        d.send(.mouse(Mouse(.wheelDown, x: detail.x + 3, y: detail.y + 1)))
        #expect(d.state.detail.scroll == 3 && d.state.focus == .list, "the wheel scrolls without taking the keys")
        for _ in 0..<100 { d.send(.mouse(Mouse(.wheelDown, x: detail.x + 3, y: detail.y + 1))) }
        #expect(d.state.detail.scroll == lines - detail.height)
        d.press(.character("?"))
        d.send(.mouse(Mouse(.wheelDown, x: 3, y: 5)))
        #expect(d.state.mode == .help(offset: 3))
    }

    /// In a prompt a click does nothing: what is typed is not lost.
    @Test func promptsTakeNoClicks() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("tash")
        d.send(.mouse(Mouse(.click, x: 5, y: 0)), .mouse(Mouse(.doubleClick, x: 5, y: 4)))
        #expect(d.state.mode == .searchPrompt && d.state.search.query == "tash")
    }
}
