import Testing
@testable import SCOCore
import SCOModel
import TestSupport

@Suite struct UpdateTests {
    @Test func startsOnTheFirstEventOfTheTimeline() throws {
        let d = try Driver()
        #expect(d.state.pane == .timeline)
        #expect(d.state.selectedID == "sco-founded")
        #expect(d.state.focus == .list && d.state.mode == .browse)
        #expect(d.state.selectionOrdinal == (1, Builtin.events))
    }

    @Test func movementSkipsYearHeadings() throws {
        var d = try Driver()
        d.press(.character("j"))
        #expect(d.state.selectedID == Builtin.chronicle.events[1].id)
        d.press(.down, .down)
        #expect(d.state.selectedID == Builtin.chronicle.events[3].id, "over the 2003 heading")
        d.press(.character("k"), .up, .up, .up)
        #expect(d.state.selectedID == "sco-founded", "k stops at the first record")
        d.press(.character("G"))
        #expect(d.state.selectedID == Builtin.chronicle.events.last!.id)
        d.press(.home)
        #expect(d.state.selectedID == "sco-founded")
        d.press(.end)
        #expect(d.state.selectionOrdinal == (Builtin.events, Builtin.events))
    }

    @Test func pagingMovesAScreenAndKeepsSelectionVisible() throws {
        var d = try Driver(size: Size(width: 80, height: 12))
        d.press(.pageDown)
        let p = d.state.position(of: .timeline)
        #expect(p.selected >= 10)
        #expect(p.selected >= p.offset && p.selected < p.offset + d.state.layout.list.height)
        d.press(.control("u"))
        #expect(d.state.position(of: .timeline).selected < p.selected)
        for _ in 0..<(Builtin.events / 4) { d.press(.control("d")) }
        #expect(d.state.selectedID == Builtin.chronicle.events.last!.id)
    }

    @Test func panesByTabNumberAndShiftTab() throws {
        var d = try Driver()
        d.press(.tab)
        #expect(d.state.pane == .institutions && d.state.selectedID == "sco")
        d.press(.tab, .tab)
        #expect(d.state.pane == .sources, "Results is not in the cycle without a search")
        d.press(.tab)
        #expect(d.state.pane == .chart)
        d.press(.tab)
        #expect(d.state.pane == .timeline)
        d.press(.backTab, .backTab, .backTab)
        #expect(d.state.pane == .documents)
        d.press(.character("2"))
        #expect(d.state.pane == .institutions)
        d.press(.character("4"))
        #expect(d.state.pane == .institutions && d.state.message != nil)
    }

    @Test func eachPaneKeepsItsOwnCursor() throws {
        var d = try Driver()
        d.press(.character("j"), .character("j"))
        let timelineSelection = d.state.selectedID
        d.press(.character("3"), .character("j"))
        d.press(.character("1"))
        #expect(d.state.selectedID == timelineSelection)
        d.press(.character("3"))
        #expect(d.state.selectedID == Builtin.chronicle.documents[1].id)
    }

    @Test func enterOpensDetailAndEscCloses() throws {
        var d = try Driver()
        d.press(.enter)
        #expect(d.state.focus == .detail)
        d.press(.escape)
        #expect(d.state.focus == .list)
        d.press(.right)
        #expect(d.state.focus == .detail)
        d.press(.character("h"))
        #expect(d.state.focus == .list)
    }

    @Test func followingALinkAndGoingBackRestoresThePosition() throws {
        var d = try Driver()
        d.press(.character("G"), .character("k"), .character("k"))
        let before = d.state.selectedID
        let offset = d.state.position(of: .timeline).offset
        d.press(.enter)
        let document = try #require(d.state.detailDocument)
        let selected = try #require(before)
        let target = try #require(try Store(Builtin.chronicle).links(of: selected).first?.target)
        #expect(document.recordLink(0) == target)
        d.press(.enter)
        #expect(d.state.pane == .institutions && d.state.selectedID == target)
        #expect(d.state.focus == .detail && d.state.history.back.count == 1)
        d.press(.character("["))
        #expect(d.state.pane == .timeline && d.state.selectedID == before)
        #expect(d.state.position(of: .timeline).offset == offset && d.state.focus == .detail)
        d.press(.character("]"))
        #expect(d.state.selectedID == target)
        d.press(.character("["))
        #expect(d.state.selectedID == before)
        #expect(d.state.history.forward.count == 1)
    }

    @Test func detailArrowsMoveBetweenLinks() throws {
        var d = try Driver()
        d.press(.enter, .down)
        #expect(d.state.detail.link == 1)
        d.press(.down)
        #expect(d.state.detail.link == 2)
        d.press(.enter)
        #expect(d.state.selectedID == (try Store(Builtin.chronicle).links(of: "sco-founded")[2].target))
    }

    @Test func longDetailScrollsWhenNoLinkIsAhead() throws {
        var d = try Driver(size: Size(width: 60, height: 10))
        d.press(.character("3"), .character("j"), .enter)
        #expect(d.state.isDetailFullScreen)
        let lines = try #require(d.state.detailDocument?.lineCount)
        #expect(lines > d.state.layout.list.height)
        for _ in 0..<40 { d.press(.down) }
        #expect(d.state.detail.scroll == lines - d.state.layout.list.height)
        d.press(.character("g"))
        #expect(d.state.detail.scroll == 0)
    }

    @Test func searchIsIncrementalAndEnterKeepsResults() throws {
        var d = try Driver()
        d.press(.character("/"))
        #expect(d.state.mode == .searchPrompt)
        d.type("Mongolia observer")
        #expect(d.state.search.query == "Mongolia observer")
        #expect(d.state.pane == .results && d.state.selectedID == "mongolia-observer")
        d.press(.enter)
        #expect(d.state.mode == .browse && d.state.pane == .results)
        let count = d.state.search.matches.count
        d.press(.character("n"))
        #expect(d.state.position(of: .results).selected == (count > 1 ? 1 : 0))
        d.press(.character("N"), .character("N"))
        #expect(d.state.position(of: .results).selected == count - 1, "N wraps to the last result")
        #expect(d.state.message?.contains("wrapped") == true)
    }

    @Test func promptTakesPrintableKeysBeforeBindings() throws {
        var d = try Driver()
        d.press(.character("/"))
        #expect(d.state.keymap.action(for: .character("j"), in: d.state) == .promptInsert("j"))
        #expect(d.state.keymap.action(for: .character("q"), in: d.state) == .promptInsert("q"))
        d.type("jk")
        #expect(d.state.search.query == "jk" && d.state.mode == .searchPrompt)
        d.press(.backspace)
        #expect(d.state.search.query == "j")
    }

    @Test func escCancelsSearchAndRestoresTheView() throws {
        var d = try Driver()
        d.press(.character("3"), .character("j"), .character("j"))
        let before = d.state.selectedID
        d.press(.character("/"))
        d.type("rats")
        #expect(d.state.pane == .results)
        d.press(.escape)
        #expect(d.state.pane == .documents && d.state.selectedID == before && (d.state.search.matches.count == 0))
    }

    @Test func noMatchIsSaidClearly() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("zzzz")
        #expect((d.state.search.matches.count == 0) && !d.state.search.isPending)
        d.press(.enter)
        #expect(d.state.pane == .timeline && d.state.message == "no match for “zzzz”")
    }

    @Test func escInResultsDropsTheSearch() throws {
        var d = try Driver()
        d.press(.character("2"), .character("/"))
        d.type("rats")
        d.press(.enter, .escape)
        #expect(d.state.pane == .institutions && (d.state.search.matches.count == 0))
        d.press(.character("n"))
        #expect(d.state.message?.contains("no search") == true)
    }

    @Test func helpOpensAndCloses() throws {
        var d = try Driver(size: Size(width: 80, height: 24))
        d.press(.character("?"))
        #expect(d.state.mode == .help(offset: 0))
        d.press(.character("j"))
        #expect(d.state.mode == .help(offset: 1))
        d.press(.escape)
        #expect(d.state.mode == .browse)
        d.press(.character("?"), .character("?"))
        #expect(d.state.mode == .browse)
    }

    @Test func quitAsksTheRuntimeToStop() throws {
        let d = try Driver()
        let (state, effects) = update(d.state, .quit)
        #expect(state.hasQuit && effects.contains(.quit))
        #expect(d.state.keymap.action(for: .control("c"), in: d.state) == .quit)
    }

    @Test func resizeKeepsTheSelectionInView() throws {
        var d = try Driver()
        d.press(.character("G"))
        d.send(.resize(Size(width: 50, height: 10)))
        let p = d.state.position(of: .timeline)
        #expect(d.state.selectedID == Builtin.chronicle.events.last!.id)
        #expect(p.selected >= p.offset && p.selected < p.offset + d.state.layout.list.height)
        d.send(.resize(Size(width: 200, height: 60)))
        let big = d.state.position(of: .timeline)
        #expect(big.selected < big.offset + d.state.layout.list.height && big.offset == max(0, d.state.currentShape.rowCount - d.state.layout.list.height),
                "the larger window shows as much above the selection as it can")
    }

    @Test func narrowScreensShowOnePaneAtATime() throws {
        var d = try Driver(size: Size(width: 60, height: 20))
        #expect(!d.state.layout.isSplit && !d.state.isDetailFullScreen)
        d.press(.enter)
        #expect(d.state.isDetailFullScreen)
        d.press(.escape)
        #expect(!d.state.isDetailFullScreen)
    }

    @Test func everyBindingIsInTheHelpScreen() {
        let described = Set(Keymap.standard.helpLines.compactMap { line -> String? in
            if case .binding(_, let description) = line { return description }
            return nil
        })
        for binding in Keymap.standard.bindings { #expect(described.contains(binding.description)) }
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = Keymap.standard.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context) binds a key twice")
        }
    }
}

/// What `update` asks of the runtime, and how it takes answers that come late: pure, with no
/// runtime, answers fed in by hand in every order they can arrive.
@Suite struct EffectTests {
    func typed(_ query: String, in state: State) -> (state: State, effects: [Effect]) {
        var state = update(state, .startSearch).state
        var effects: [Effect] = []
        for c in query {
            let next = update(state, .promptInsert(c))
            state = next.state
            effects = next.effects
        }
        return (state, effects)
    }

    func start() throws -> State {
        State(catalog: try Store(try Fixtures.builtin()), size: Size(width: 100, height: 30))
    }

    @Test func typingAsksForASearchAndEmptyingThePromptCancelsIt() throws {
        let (state, effects) = typed("tash", in: try start())
        #expect(effects == [.search("tash", .relevance)] && state.search.isPending)
        #expect(update(state, .promptClear).effects == [.cancelSearch])
    }

    @Test func anAnswerToAnOlderQueryIsIgnored() throws {
        let (state, _) = typed("tash", in: try start())
        let stale = update(state, .searchResults(query: "tas", order: .relevance, matches: Matches(rows: [1, 2], tierEnds: [2, 2, 2], isComplete: true))).state
        #expect(stale.search.isPending && stale.search.matches.count == 0)
    }

    @Test func aFirstPageThenTheWholeKeepTheCursor() throws {
        let (typedState, _) = typed("s", in: try start())
        let page = Matches(rows: [1, 2, 3], tierEnds: [3], isComplete: false)
        var state = update(typedState, .searchResults(query: "s", order: .relevance, matches: page)).state
        #expect(state.pane == .results && state.search.isCounting)
        state = update(state, .moveDown).state
        let whole = Matches(rows: [1, 2, 3, 4, 5], tierEnds: [3, 4, 5], isComplete: true)
        state = update(state, .searchResults(query: "s", order: .relevance, matches: whole)).state
        #expect(state.position(of: .results).selected == 1 && !state.search.isCounting && state.search.matches.count == 5)
        // A late first page of the same query never shrinks the whole answer.
        state = update(state, .searchResults(query: "s", order: .relevance, matches: page)).state
        #expect(state.search.matches.count == 5)
    }

    @Test func enterBeforeTheAnswerThenNoMatchReturnsWithANotice() throws {
        var (state, _) = typed("zzz", in: try start())
        state = update(state, .promptSubmit).state
        #expect(state.isAwaitingSearch)
        state = update(state, .searchResults(query: "zzz", order: .relevance, matches: .none)).state
        #expect(state.pane == .timeline && state.message == "no match for “zzz”" && !state.availablePanes.contains(.results))
    }

    @Test func escWhileAwaitingDropsTheSearch() throws {
        var (state, _) = typed("tash", in: try start())
        state = update(state, .promptSubmit).state
        let (next, effects) = update(state, .close)
        #expect(effects == [.cancelSearch] && !next.isAwaitingSearch && next.search.query.isEmpty)
    }

    @Test func redrawAndSuspendAreEffectsOfTheirKeys() throws {
        let state = try start()
        #expect(state.keymap.action(for: .control("l"), in: state) == .redraw)
        #expect(state.keymap.action(for: .control("z"), in: state) == .suspend)
        #expect(update(state, .redraw).effects == [.redraw] && update(state, .suspend).effects == [.suspend])
    }

    @Test func aKeymapWithOtherKeysChangesDispatchHintsAndMessages() throws {
        let keymap = Keymap([
            Binding([.character("x")], .quit, .global, "Leave", hint: "leave"),
            Binding([.character("f")], .startSearch, .global, "Find", hint: "find"),
        ])
        let state = State(catalog: try Store(try Fixtures.builtin()), size: Size(width: 100, height: 30), keymap: keymap)
        #expect(keymap.action(for: .character("x"), in: state) == .quit)
        #expect(keymap.action(for: .character("q"), in: state) == .unbound(.character("q")))
        #expect(keymap.hints(for: state).map(\.label) == ["leave", "find"])
        #expect(update(state, .showPane(.results)).state.message == "no search results: press f to search")
        #expect(keymap.helpLines.contains(.binding(keys: "x", description: "Leave")))
    }
}

/// The search prompt edits like a shell's line: a cursor, words, both ends.
@Suite struct PromptEditingTests {
    @Test func theCursorMovesAndTypingGoesWhereItIs() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("tshkent")
        d.press(.home, .right)
        d.type("a")
        #expect(d.state.search.query == "tashkent" && d.state.search.prompt.aroundCursor.before == "ta")
        d.press(.end, .backspace)
        #expect(d.state.search.query == "tashken")
        d.press(.control("a"), .delete)
        #expect(d.state.search.query == "ashken" && d.state.search.prompt.charactersAfterCursor == 6)
        d.press(.control("e"), .left, .left, .left, .left, .left, .left, .left, .left)
        #expect(d.state.search.prompt.aroundCursor.before.isEmpty, "the cursor stops at the start")
    }

    @Test func ctrlWAndCtrlUDeleteBeforeTheCursor() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("rats council  tashkent")
        d.press(.control("w"))
        #expect(d.state.search.query == "rats council  ")
        d.press(.control("w"))
        #expect(d.state.search.query == "rats ")
        d.type("executive")
        d.press(.left, .left, .left, .left, .control("u"))
        #expect(d.state.search.query == "tive" && d.state.search.prompt.aroundCursor.before.isEmpty)
        #expect(d.state.search.isPending || d.state.search.matches.count >= 0)
    }

    /// Backspace has one job: held down on "/abc", it empties the prompt, closes it, and then
    /// does nothing, however long it is held; it never walks back through history.
    @Test func holdingBackspaceClosesThePromptAndGoesNoFurther() throws {
        var d = try Driver()
        d.press(.character("G"), .enter, .enter)
        #expect(d.state.history.back.count == 1)
        let here = d.state.selectedID
        d.press(.character("/"))
        d.type("abc")
        for _ in 0..<10 { d.press(.backspace) }
        #expect(d.state.mode == .browse && d.state.selectedID == here && d.state.history.back.count == 1)
    }

    @Test func backspaceAtTheStartOfAQueryDoesNothing() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("rats")
        d.press(.home, .backspace)
        #expect(d.state.mode == .searchPrompt && d.state.search.query == "rats")
    }

    @Test func nFromAnotherPaneSwitchesAndMoves() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("tashkent")
        d.press(.enter, .character("1"))
        #expect(d.state.pane == .timeline)
        d.press(.character("n"))
        #expect(d.state.pane == .results && d.state.position(of: .results).selected == 1)
        d.press(.character("2"), .character("N"))
        #expect(d.state.pane == .results && d.state.position(of: .results).selected == 0)
    }
}

/// Enter follows only a link the reader can see: the selection moves with scrolling, and
/// with no link on screen there is none.
@Suite struct VisibleLinkTests {
    @Test(arguments: [Size(width: 40, height: 12), Size(width: 60, height: 10), Size(width: 120, height: 14)])
    func theSelectedLinkIsAlwaysOnScreen(_ size: Size) throws {
        var d = try Driver(size: size)
        d.press(.enter)
        let keys: [Key] = [.character("j"), .character("j"), .character("G"), .character("k"), .pageUp, .pageDown,
                           .character("k"), .character("k"), .character("k"), .character("g"), .character("j"), .pageDown]
        for key in keys {
            d.press(key)
            let document = try #require(d.state.detailDocument)
            let height = d.state.layout.detailText.height
            if (0..<document.linkCount).contains(d.state.detail.link) {
                let line = document.lineOfLink(d.state.detail.link)
                #expect(line >= d.state.detail.scroll && line < d.state.detail.scroll + height, "\(size), after \(key)")
            } else {
                let shown = (0..<document.linkCount).map(document.lineOfLink).filter { $0 >= d.state.detail.scroll && $0 < d.state.detail.scroll + height }
                #expect(shown.isEmpty, "\(size), after \(key): a link is on screen but none is selected")
                let before = (d.state.pane, d.state.selectedID)
                var follow = d
                follow.press(.enter)
                #expect(follow.state.pane == before.0 && follow.state.selectedID == before.1, "Enter followed an unseen link")
            }
        }
    }
}

/// Messages pass, and a key that does nothing says so.
@Suite struct MessageTests {
    @Test func anUnboundKeyGetsAPassingHintAndTheNextKeyClearsIt() throws {
        var d = try Driver()
        d.press(.character("x"))
        #expect(d.state.message == "x: not a key here — ? for help")
        d.press(.character("j"))
        #expect(d.state.message == nil)
        d.press(.function(5))
        #expect(d.state.message == "F5: not a key here — ? for help")
    }

    @Test func anOldMessageDoesNotLingerThroughKeys() throws {
        var d = try Driver()
        d.press(.character("4"))
        #expect(d.state.message?.contains("no search results") == true)
        d.press(.character("j"))
        #expect(d.state.message == nil)
    }
}

/// Below the smallest size only a resize, Ctrl-L and quitting act: nothing happens unseen.
@Suite struct TooSmallTests {
    /// A screen that shrinks so far that the detail's first link is out of view, then grows
    /// back, shows the detail from the top, as a fresh start does.
    @Test(arguments: [Size(width: 97, height: 9), Size(width: 97, height: 12), Size(width: 60, height: 10)])
    func shrinkingAndGrowingBackLeavesTheDetailAtItsTop(_ small: Size) throws {
        var d = try Driver(size: Size(width: 97, height: 31))
        let fresh = d.state.detail
        d.send(.resize(small))
        d.send(.resize(Size(width: 97, height: 31)))
        #expect(d.state.detail == fresh)
    }

    @Test(arguments: [Size(width: 20, height: 5), Size(width: 29, height: 30), Size(width: 200, height: 7), Size(width: 1, height: 1)])
    func keysDoNothingUnseen(_ size: Size) throws {
        var d = try Driver(size: size)
        let before = d.state.selectedID
        d.press(.character("?"), .character("/"), .character("j"), .enter, .tab, .character("x"))
        #expect(d.state.mode == .browse && d.state.pane == .timeline && d.state.focus == .list)
        #expect(d.state.selectedID == before && d.state.message == nil)
        d.send(.resize(Size(width: 80, height: 24)))
        d.press(.character("j"))
        #expect(d.state.selectedID == Builtin.chronicle.events[1].id, "keys act again once the screen is big enough")
    }

    @Test func quitAndRedrawStillWork() throws {
        var d = try Driver(size: Size(width: 20, height: 5))
        #expect(update(d.state, .redraw).effects == [.redraw])
        d.press(.character("q"))
        #expect(d.state.hasQuit)
    }
}

/// The split follows the content, moves with `<` and `>`, zooms with `z`, and the choice lasts
/// for the session.
@Suite struct SplitTests {
    @Test func theListIsAsWideAsItsWidestRowUpToAShare() throws {
        let d = try Driver(size: Size(width: 200, height: 60))
        let widest = try #require(d.state.catalog.labelWidth(of: .event))
        #expect(d.state.layout.list.width == widest + DateColumn.width(of: .timeline, listWidth: 200, catalog: d.state.catalog) + 7, "the timeline's widest title fits whole")
        let narrow = try Driver(size: Size(width: 80, height: 24))
        #expect(narrow.state.layout.list.width == 80 * 50 / 100, "no more than the share")
    }

    @Test func angleBracketsMoveTheDividerAndTheChoiceStays() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        let start = d.state.layout.list.width
        d.press(.character(">"))
        #expect(d.state.layout.list.width == start + 4)
        d.press(.character("<"), .character("<"))
        #expect(d.state.layout.list.width == start - 4)
        d.press(.tab, .enter, .character("]"))
        #expect(d.state.layout.list.width == start - 4, "kept across panes and records")
        d.send(.resize(Size(width: 240, height: 40)))
        #expect(abs(d.state.layout.list.width - (start - 4) * 2) <= 1, "kept as a share when the terminal is resized")
        for _ in 0..<60 { d.press(.character("<")) }
        #expect(d.state.layout.list.width == Layout.minimumList && d.state.message == "the list is as narrow as it goes")
        for _ in 0..<60 { d.press(.character(">")) }
        #expect(d.state.layout.detail.width == Layout.minimumDetail && d.state.message == "the list is as wide as it goes")
    }

    @Test func zTakesTheDetailToTheFullWidthAndBack() throws {
        var d = try Driver(size: Size(width: 120, height: 40))
        d.press(.character("z"))
        #expect(d.state.focus == .detail && !d.state.layout.isSplit && d.state.layout.detail.width == 120)
        let document = try #require(d.state.detailDocument)
        #expect((0..<document.lineCount).map(document.line).contains { $0.spans.map(\.text).joined().count > 80 }, "the detail is laid out for the full width")
        d.press(.character("]"))
        d.press(.escape)
        #expect(d.state.focus == .list && !d.state.layout.isSplit, "the zoom stays; Esc shows the list whole")
        d.press(.enter)
        #expect(d.state.focus == .detail && d.state.layout.detail.width == 120)
        d.press(.character(">"))
        #expect(d.state.message?.contains("z shows the list again") == true)
        d.press(.character("z"))
        #expect(d.state.layout.isSplit)
    }

    @Test func onANarrowScreenTheBracketsSaySo() throws {
        var d = try Driver(size: Size(width: 60, height: 20))
        d.press(.character(">"))
        #expect(d.state.message == "the list and the detail share the screen from 70 columns")
    }
}

/// `:` goes to a date: the cursor follows as the date is typed, Enter keeps it, Esc returns.
@Suite struct GoToDateTests {
    @Test func colonAndAYearLandsOnItsFirstEvent() throws {
        var d = try Driver()
        d.press(.character("j"), .character(":"))
        #expect(d.state.mode == .datePrompt)
        d.type("2010")
        let first = Builtin.chronicle.events.first { $0.date!.start.year == 2010 }!.id
        #expect(d.state.pane == .timeline && d.state.selectedID == first, "the cursor follows as the date is typed")
        d.press(.enter)
        #expect(d.state.mode == .browse && d.state.selectedID == first && d.state.message == nil)
        d.press(.character("["))
        #expect(d.state.selectedID == Builtin.chronicle.events[1].id, "going to a date is a step in the history")
    }

    /// The target opens the page: its year's heading on the top row, the target under it,
    /// unless the list ends first. Every year, and a month within a year, at three sizes.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 35), Size(width: 60, height: 20)])
    func theTargetsYearIsOnTheTopRow(_ size: Size) throws {
        let years = Set(Builtin.chronicle.events.compactMap { $0.date?.start.year }).sorted()
        for typed in years.map(String.init) + ["Jul 2024", "2017-06", "Sep 2022"] {
            var d = try Driver(size: size)
            d.press(.character("G"), .character(":"))
            d.type(typed)
            d.press(.enter)
            let p = d.state.position(of: .timeline), shape = d.state.currentShape
            let last = shape.rowCount - d.state.listRows
            #expect(p.offset == p.selected - 1 || p.offset == last && p.selected > last, "\(typed) at \(size): row \(p.selected) shown from \(p.offset)")
            #expect(shape.heading(over: p.selected)?.year == d.state.cursorYear)
        }
    }

    /// In a list in date order the cursor moves within it; a list by relevance is not one, so
    /// the timeline takes the date.
    @Test func colonMovesWithinDocumentsResultsByDateAndMarks() throws {
        var d = try Driver()
        d.press(.character("3"), .character(":"))
        d.type("2010")
        d.press(.enter)
        let document = Builtin.chronicle.documents.filter { $0.date.map { $0.start.year >= 2010 } ?? false }.min { $0.date!.start < $1.date!.start }!
        #expect(d.state.pane == .documents && d.state.entries(of: .documents, at: 0..<40).firstIndex { $0.date?.start.year ?? 0 >= 2010 }
            == d.state.currentShape.row(d.state.position(of: .documents).selected).position)
        #expect(d.state.selectedID.flatMap { d.state.catalog.record($0)?.date?.start.year } == document.date!.start.year)

        d.press(.character("/"))
        d.type("summit")
        d.press(.enter, .character("s"), .character(":"))
        #expect(d.state.resultOrder == .date)
        d.type("2016")
        d.press(.enter)
        #expect(d.state.pane == .results && d.state.cursorYear == 2016)
        d.press(.character("s"), .character(":"))
        d.type("2016")
        d.press(.enter)
        #expect(d.state.pane == .timeline && d.state.cursorYear == 2016, "results by relevance are no calendar")

        var m = try Driver()
        for date in ["2016", "15 Jun 2001", "17 Jun 2004"] {
            m.press(.character("1"), .character(":"))
            m.type(date)
            m.press(.enter, .character("m"))
        }
        m.press(.character("5"), .character(":"))
        m.type("2003")
        m.press(.enter)
        #expect(m.state.pane == .marks && m.state.selectedID == "tashkent-summit-2004", "the earliest mark on or after the date")
    }

    @Test func escReturnsToWhereTheReaderWas() throws {
        var d = try Driver()
        d.press(.character("j"), .character(":"))
        d.type("17 Jun 2004")
        #expect(d.state.selectedID == "tashkent-summit-2004")
        d.press(.escape)
        #expect(d.state.mode == .browse && d.state.selectedID == Builtin.chronicle.events[1].id)
    }

    @Test(arguments: [("2090", "nothing on or after 2090: this is the last event", Builtin.chronicle.events.last!.id),
                      ("1990", "the chronicle starts later than 1990: this is the first event", "sco-founded")])
    func aDateOutsideLandsOnTheNearestEndAndSaysSo(_ typed: String, _ message: String, _ id: String) throws {
        var d = try Driver()
        d.press(.character("G"), .character(":"))
        d.type(typed)
        d.press(.enter)
        #expect(d.state.selectedID == id && d.state.message == message)
    }

    @Test func somethingThatIsNotADateSaysWhatIs() throws {
        var d = try Driver()
        d.press(.character(":"))
        d.type("next tuesday")
        d.press(.enter)
        #expect(d.state.mode == .datePrompt && d.state.message?.contains("not a date") == true)
        d.press(.control("u"))
        #expect(d.state.dateInput.text.isEmpty)
        d.press(.backspace)
        #expect(d.state.mode == .browse)
    }
}

/// Working by year: `{` and `}` step through the years that have events, `H` shows or hides
/// the histogram, and the selection never sits under the sticky year heading.
@Suite struct YearTests {
    @Test func bracesStepThroughYearsWithEvents() throws {
        var d = try Driver()
        d.press(.character("}"))
        #expect(d.state.selectedID == Builtin.chronicle.events.first { $0.date!.start.year == 2002 }!.id, "the first event of 2002")
        d.press(.character("}"), .character("}"))
        #expect(d.state.cursorYear == 2004)
        d.press(.character("{"))
        #expect(d.state.cursorYear == 2003)
        d.press(.character("G"), .character("}"))
        #expect(d.state.message == "this is the last year")
        d.press(.character("g"), .character("{"))
        #expect(d.state.message == "this is the first year")
        d.press(.character("2"), .character("}"))
        #expect(d.state.pane == .institutions && d.state.message == "years are in the timeline: 1 shows it")
    }

    @Test func theHistogramShowsFrom20RowsAndHTogglesIt() throws {
        var tall = try Driver(size: Size(width: 100, height: 30))
        #expect(tall.state.showsHistogram && tall.state.layout.histogram?.y == 1 && tall.state.layout.body.y == 2)
        tall.press(.character("H"))
        #expect(!tall.state.showsHistogram && tall.state.layout.body.y == 1)
        tall.send(.resize(Size(width: 100, height: 40)))
        #expect(!tall.state.showsHistogram, "the reader's choice outlasts a resize")
        var short = try Driver(size: Size(width: 100, height: 19))
        #expect(!short.state.showsHistogram)
        short.press(.character("H"))
        #expect(short.state.showsHistogram)
    }

    @Test(arguments: [Size(width: 80, height: 10), Size(width: 60, height: 8), Size(width: 120, height: 24)])
    func theSelectionIsNeverUnderTheStickyHeading(_ size: Size) throws {
        var d = try Driver(size: size)
        for key in [Key.pageDown, .pageDown, .character("j"), .pageDown, .character("G"), .pageUp, .character("k"), .character("k"),
                    .character("{"), .character("}"), .pageUp, .character("g")] {
            d.press(key)
            let p = d.state.position(of: .timeline)
            #expect(p.selected > p.offset, "after \(key) the selection is on the top row, under the year")
        }
    }
}

/// `s` switches the results between relevance and date, and the status line says which.
@Suite struct ResultOrderTests {
    func resultIDs(_ d: Driver) -> [String] {
        d.state.catalog.entries(rows: d.state.search.matches.rows).map(\.id)
    }

    @Test func instRatsByDateListsEveryFamilyEventInOrder() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("inst:rats")
        d.press(.enter, .character("s"))
        #expect(d.state.resultOrder == .date && d.state.pane == .results)
        let chronicle = try Fixtures.builtin()
        let family: Set<String> = ["rats", "rats-council", "rats-executive-committee"]
        let expected = chronicle.events.filter { !family.isDisjoint(with: $0.institutions) }.map(\.id)
        #expect(resultIDs(d) == expected, "the family's events in date order")
        d.press(.character("s"))
        #expect(d.state.resultOrder == .relevance && Set(resultIDs(d)) == Set(expected))
    }

    @Test func theOrderLastsForTheNextSearch() throws {
        var d = try Driver()
        d.press(.character("s"), .character("/"))
        d.type("summit")
        d.press(.enter)
        let dates = d.state.catalog.entries(rows: d.state.search.matches.rows).compactMap { $0.date?.start.sortKey }
        #expect(!dates.isEmpty && dates == dates.sorted())
    }
}

/// A filter narrows the timeline: the results, in date order, keep year headings, the
/// histogram counts them, `{` `}` step through their years, and Esc gives the whole timeline back.
@Suite struct FilteredTimelineTests {
    func rowTexts(_ d: Driver) -> [String] {
        let shape = d.state.shape(of: .results)
        let entries = d.state.catalog.entries(rows: d.state.search.matches.rows)
        return (0..<shape.rowCount).map { i in
            switch shape.row(i) {
            case .heading(let text): return text
            case .record(let p): return entries[p].id
            }
        }
    }

    @Test func aFilterKeepsYearHeadingsAndTheHistogram() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("inst:rats")
        d.press(.enter)
        #expect(rowTexts(d) == ["2003 · 3", "moscow-summit-2003", "rats-seat-moves-to-tashkent", "rats-council-begins", "2004 · 2",
                                "rats-executive-committee-starts", "tashkent-summit-2004", "2016 · 1", "rats-council-28"])
        #expect(d.state.position(of: .results).selected == 1, "the cursor starts on the first record, under its year")
        #expect(d.state.histogramYears.map(\.year) == [2003, 2004, 2016] && d.state.histogramMonths.isEmpty)
        #expect(d.state.cursorYear == 2003)
        d.press(.character("}"))
        #expect(d.state.position(of: .results).selected == 5 && d.state.cursorYear == 2004)
        d.press(.character("}"), .character("}"))
        #expect(d.state.position(of: .results).selected == 8 && d.state.message == "this is the last year")
        d.press(.character("N"))
        #expect(d.state.selectedID == "tashkent-summit-2004", "N steps over the heading to the record before")
        d.press(.escape)
        #expect(d.state.pane == .timeline && d.state.search.matches.count == 0)
        #expect(d.state.histogramYears.map(\.year) == d.state.years.map(\.year))
    }

    @Test func wordsInRelevanceOrderAreFlatUntilPutInDateOrder() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("programme")
        d.press(.enter)
        #expect(!d.state.shape(of: .results).hasHeadings)
        d.press(.character("}"))
        #expect(d.state.message?.contains("no years") == true)
        d.press(.character("s"))
        // The undated programme comes last, under a heading of its own.
        #expect(rowTexts(d) == ["2003 · 1", "heads-of-government-2003", "2016 · 1", "rats-council-28", "undated · 1", "rats-programme-2013-2015"])
    }

    /// A first page without years, then the whole answer with them: the cursor stays on its
    /// record, not on the row number it had.
    @Test func headingsArrivingLaterKeepTheCursorOnItsRecord() throws {
        var state = State(catalog: try Store(try Fixtures.builtin()), size: Size(width: 100, height: 30))
        state = update(state, .startSearch).state
        state = update(state, .promptInsert("s")).state
        let page = Matches(rows: [1, 2, 3], tierEnds: [3], isComplete: false)
        state = update(state, .searchResults(query: "s", order: .relevance, matches: page)).state
        state = update(update(state, .promptSubmit).state, .moveDown).state
        state = update(state, .moveDown).state
        #expect(state.position(of: .results).selected == 2)
        let whole = Matches(rows: [1, 2, 3, 4], tierEnds: [4, 4, 4], isComplete: true,
                            years: [YearCount(year: 2001, count: 1), YearCount(year: 2002, count: 3)])
        state = update(state, .searchResults(query: "s", order: .relevance, matches: whole)).state
        #expect(state.shape(of: .results).row(state.position(of: .results).selected) == .record(2))
    }

    @Test func recordsWithoutADateGoUnderTheirOwnHeading() {
        let shape = ListShape(years: [YearCount(year: 2004, count: 2)], undated: 1)
        #expect((0..<shape.rowCount).map { shape.row($0) } == [.heading("2004 · 2"), .record(0), .record(1), .heading("undated · 1"), .record(2)])
        #expect(shape.heading(over: 4)?.year == nil && shape.heading(over: 2)?.year == 2004 && shape.recordCount == 3)
    }
}

/// An institution's detail gathers its parts' events with its own, in date order, each part's
/// marked with the part's name, as one scrollable list however many there are.
@Suite struct FamilyDetailTests {
    func text(_ document: DetailDocument) -> [String] {
        (0..<document.lineCount).map { document.line($0).spans.map(\.text).joined() }
    }

    @Test func ratsListsItsCouncilsAndCommitteesEvents() throws {
        var d = try Driver(size: Size(width: 160, height: 40))
        d.press(.character("2"))
        while d.state.selectedID != "rats" { d.press(.character("j")) }
        // Read whole: the detail reads only the lines on screen, and the names push the events below.
        var document = try #require(d.state.detailDocument)
        document.read(lines: 0..<document.lineCount, from: d.store)
        let lines = text(document)
        let chronicle = try Fixtures.builtin()
        let family: Set<String> = ["rats", "rats-council", "rats-executive-committee"]
        let expected = chronicle.events.filter { !family.isDisjoint(with: $0.institutions) }
        let ratsOwn = chronicle.events.filter { $0.institutions.contains("rats") }.count
        let heading = try #require(lines.firstIndex { $0 == "Events · \(ratsOwn) its own + \(expected.count - ratsOwn) in its parts" })
        #expect(heading == document.lineCount - expected.count - 1, "the events come last, one line each")
        let listed = (0..<document.linkCount).compactMap(document.recordLink).filter { id in expected.contains { $0.id == id } }
        #expect(listed == expected.map(\.id), "every family event, in date order")
        #expect(lines[heading + 1].contains(expected[0].shortTitle ?? expected[0].title)
                && lines[heading + 1 + expected.firstIndex { $0.institutions.contains("rats-council") }!].hasSuffix("· RATS Council"))
        #expect(!lines.contains { $0.contains("more") })
        while d.state.selectedID != "rats-council" { d.press(.character("j")) }
        let own = try #require(d.state.detailDocument)
        #expect(text(own).contains { $0.hasPrefix("Events · ") } && !text(own).contains { $0.contains("its parts") })
    }

    /// The list row, the detail and the catalog say the same number for every institution:
    /// its own events, with its parts' added plainly where it has any.
    @Test func everyInstitutionsCountAgrees() throws {
        let d = try Driver(size: Size(width: 160, height: 40))
        let entries = d.state.entries(of: .institutions, at: 0..<d.state.catalog.count(of: .institution))
        for entry in entries {
            let events = d.state.catalog.institutionEvents(of: entry.id)
            #expect(entry.eventCount == events.ownCount, "\(entry.id): the row says \(entry.eventCount), the detail \(events.ownCount)")
        }
        #expect(entries.contains { d.state.catalog.institutionEvents(of: $0.id).hasParts })
    }

    /// A body with thousands of events: every one is a line of the detail, read from the
    /// catalog only when on screen, with no "and N more" cut; G reaches the last, Enter follows it.
    @Test func aLargeFamilyScrollsToItsLastEvent() throws {
        let chronicle = try Fixtures.generated(events: 10_000, seed: 5)
        var d = try Driver(size: Size(width: 120, height: 30), chronicle: chronicle)
        let busiest = try #require(chronicle.institutions.map(\.id).max {
            d.state.catalog.institutionEvents(of: $0).count < d.state.catalog.institutionEvents(of: $1).count
        })
        let events = d.state.catalog.institutionEvents(of: busiest)
        #expect(events.count > DetailDocument.linksPerRelation, "more events than any other relation shows")
        #expect(Set(events.rows).count == events.count, "each event once")
        d.press(.character("2"))
        while d.state.selectedID != busiest { d.press(.character("j")) }
        d.press(.enter)
        let document = try #require(d.state.detailDocument)
        #expect(document.linkCount >= events.count)
        #expect(!text(document).contains { $0.contains("more") })
        d.press(.character("G"))
        let end = try #require(d.state.detailDocument)
        #expect(d.state.detail.scroll == end.lineCount - d.state.layout.detailText.height)
        let lastEvent = try #require(d.state.catalog.entries(rows: [events.rows.last!]).first)
        #expect(end.recordLink(d.state.detail.link) == lastEvent.id, "the last link is the last event, read when it came on screen")
        #expect(text(end).last?.contains("▸ …") == false)
        d.press(.enter)
        #expect(d.state.selectedID == lastEvent.id && d.state.pane == .timeline)
    }
}

/// Taking things out: the detail shows the record's ID and its sources' web addresses, each
/// whole on a line of its own; `y` copies a citation, `Y` the selected link or the ID, `o`
/// opens an address where there is a display and copies it where there is not.
@Suite struct CopyAndOpenTests {
    func detailOfSCOFounded(width: Int = 120) throws -> Driver {
        var d = try Driver(size: Size(width: width, height: 40))
        while d.state.selectedID != "sco-founded" { d.press(.character("j")) }
        return d
    }

    func text(_ document: DetailDocument) -> [String] {
        (0..<document.lineCount).map { document.line($0).spans.map(\.text).joined() }
    }

    @Test func theDetailShowsTheIDAndEachAddressWhole() throws {
        let d = try detailOfSCOFounded()
        let document = try #require(d.state.detailDocument)
        let lines = text(document)
        #expect(lines.contains("ID sco-founded"))
        #expect(lines.contains("  http://eng.sectsco.org/about_sco/") && lines.contains("  http://english.china.org.cn/english/2002/Jun/34117.htm"))
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces) == ";" })
        let urls = (0..<document.linkCount).compactMap { i -> String? in
            if case .url(let url)? = document.link(i) { return url }
            return nil
        }
        #expect(urls == ["http://eng.sectsco.org/about_sco/", "http://english.china.org.cn/english/2002/Jun/34117.htm"])
        // Too narrow for an address: it is cut with `…` on its one line, never wrapped.
        let narrow = try detailOfSCOFounded(width: 50)
        let cut = text(try #require(narrow.state.detailDocument))
        #expect(cut.contains { $0.hasPrefix("  http://english.china.org") && $0.hasSuffix("…") })
        #expect(!cut.contains { $0.hasPrefix("2002/Jun") || $0.hasPrefix("  2002/Jun") || $0.contains("34117.htm") && !$0.contains("http") })
    }

    @Test func yCopiesACitationAndYTheLinkOrTheID() throws {
        var d = try detailOfSCOFounded()
        let copied = update(d.state, .copyCitation).effects
        #expect(copied == [.copy("Shanghai Cooperation Organisation founded (15 Jun 2001). ID: sco-founded. Sources: Article (2016) ¶1; "
                                 + "http://eng.sectsco.org/about_sco/ ; http://english.china.org.cn/english/2002/Jun/34117.htm.")])
        #expect(update(d.state, .copyLink).effects == [.copy("sco-founded")])
        d.press(.enter)
        let document = try #require(d.state.detailDocument)
        let url = try #require((0..<document.linkCount).first { if case .url = document.link($0) { return true } else { return false } })
        while d.state.detail.link != url { d.press(.character("j")) }
        #expect(update(d.state, .copyLink).effects == [.copy("http://eng.sectsco.org/about_sco/")])
        d.press(.character("j"))
        #expect(update(d.state, .copyLink).effects == [.copy("http://english.china.org.cn/english/2002/Jun/34117.htm")])
        let first = try #require((0..<document.linkCount).first { if case .record = document.link($0) { return true } else { return false } })
        var onRecord = d
        while onRecord.state.detail.link != first { onRecord.press(.character("k")) }
        #expect(update(onRecord.state, .copyLink).effects == [.copy(try #require(document.recordLink(first)))])
    }

    @Test func oOpensWhereThereIsADisplayAndCopiesWhereThereIsNot() throws {
        var d = try detailOfSCOFounded()
        let here = update(d.state, .openSource)
        #expect(here.effects == [.copy("http://eng.sectsco.org/about_sco/")] && here.state.message?.contains("no display") == true)
        d.state.canOpenLinks = true
        #expect(update(d.state, .openSource).effects == [.openURL("http://eng.sectsco.org/about_sco/")])
        // Enter on an address in the detail opens it too.
        d.press(.enter)
        while case .record? = d.state.detailDocument?.link(d.state.detail.link) { d.press(.character("j")) }
        d.press(.character("j"))
        #expect(update(d.state, .open).effects == [.openURL("http://english.china.org.cn/english/2002/Jun/34117.htm")])
    }

    /// An address with a control character or an escape in it is refused: no link, nothing to
    /// copy or open, and its text shows made safe.
    @Test func anAddressWithControlCharactersIsRefused() throws {
        for bad in ["http://evil.invalid/\u{1B}]0;pwned\u{07}", "https://a.example/\u{9B}31m", "http://a.example/x\u{07}", "http://\u{202E}a.example"] {
            let event = Event(id: "e", title: "T", date: EDTFDate(start: .init(year: 2004, month: nil, day: nil)), summary: "S",
                              sources: [.citation("see " + bad)])
            let store = try Store(Chronicle(title: "t", events: [event], institutions: [], documents: []))
            var state = State(catalog: store, size: Size(width: 100, height: 30))
            state.canOpenLinks = true
            let document = try #require(state.detailDocument)
            #expect(document.firstURL == nil && document.linkCount == 0, "\(bad.debugDescription)")
            #expect(update(state, .openSource).effects.isEmpty)
            #expect(text(document).allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) } })
        }
    }

    @Test func sourceTextSplitsAddressesFromWords() {
        #expect(SourceText.pieces("see http://a.org/x, and https://b.org/y.") == [.text("see"), .url("http://a.org/x"), .text("and"), .url("https://b.org/y")])
        #expect(SourceText.pieces("https://en.wikipedia.org/wiki/SCO_(organisation)") == [.url("https://en.wikipedia.org/wiki/SCO_(organisation)")])
        #expect(SourceText.pieces("¶3") == [.text("¶3")] && SourceText.pieces("http://") == [.text("http://")])
    }
}

/// `e` writes the list on screen to a file the reader names; the name's ending picks the format.
@Suite struct ExportPromptTests {
    @Test func thePromptSuggestsANameAndTheEndingPicksTheFormat() throws {
        var d = try Driver()
        d.press(.character("e"))
        #expect(d.state.mode == .exportPrompt && d.state.exportInput.text == "sco-timeline.csv")
        d.press(.control("u"))
        d.type("events.txt")
        var submitted = update(d.state, .promptSubmit)
        #expect(submitted.effects.isEmpty && submitted.state.mode == .exportPrompt && submitted.state.message?.contains(".csv, .tsv, .md or .json") == true)
        d.press(.backspace, .backspace, .backspace)
        d.type("json")
        submitted = update(d.state, .promptSubmit)
        #expect(submitted.effects == [.export(.kind(.event), .json, path: "events.json")] && submitted.state.mode == .browse)
        d.press(.escape)
        #expect(d.state.mode == .browse)
    }

    @Test func resultsAreWrittenAsFound() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("rats")
        d.press(.enter, .character("e"))
        #expect(d.state.exportInput.text == "sco-results.csv")
        let rows = d.state.search.matches.rows
        #expect(update(d.state, .promptSubmit).effects == [.export(.rows(rows), .csv, path: "sco-results.csv")])
    }
}

/// Keys people already have in their fingers: Space and b page, Ctrl-O goes back, F1 is
/// help, and counts begun with 0 (`05j`, `022G`) leave the pane digits alone.
@Suite struct FamiliarKeyTests {
    @Test func spaceAndBPageInLists() throws {
        var d = try Driver(size: Size(width: 80, height: 24))
        d.press(.character(" "))
        let paged = d.state.position(of: .timeline).selected
        #expect(paged > 10)
        d.press(.character("b"))
        #expect(d.state.position(of: .timeline).selected < paged)
        d.press(.character("?"), .character(" "))
        if case .help(let offset) = d.state.mode { #expect(offset > 0) } else { Issue.record("help did not open") }
        d.press(.character("b"))
        #expect(d.state.mode == .help(offset: 0))
    }

    @Test func controlOGoesBackAndF1IsHelp() throws {
        var d = try Driver()
        d.press(.enter)
        d.press(.down, .enter)
        let followed = d.state.selectedID
        d.press(.control("o"))
        #expect(d.state.selectedID != followed && d.state.selectedID == "sco-founded")
        d.press(.function(1))
        #expect(d.state.mode == .help(offset: 0))
        d.press(.function(1))
        #expect(d.state.mode == .browse)
        d.press(.function(1), .escape)
        #expect(d.state.mode == .browse, "Esc closes help")
    }

    /// The timeline's record at a position, in its own order.
    func event(_ d: Driver, _ position: Int) -> String? {
        d.state.catalog.entries(.event, at: position..<position + 1).first?.id
    }

    @Test func countsBegunWithZero() throws {
        var d = try Driver()
        d.type("05j")
        #expect(d.state.selectedID == event(d, 5) && d.state.count == nil)
        d.type("022G")
        #expect(d.state.selectedID == event(d, 21))
        d.type("03")
        #expect(d.state.pane == .timeline && d.state.count == 3, "a digit after 0 is the count's, not a pane")
        d.press(.character("k"), .character("k"))
        #expect(d.state.selectedID == event(d, 17), "the count is used once")
        d.type("0999999999G")
        #expect(d.state.selectedID == event(d, d.state.catalog.count(of: .event) - 1) && d.state.message?.contains("last") == true)
        d.type("07")
        d.press(.character("m"))
        #expect(d.state.count == nil, "any other key drops the count")
        d.press(.character("3"))
        #expect(d.state.pane == .documents)
        d.type("0")
        d.press(.escape)
        d.type("2")
        #expect(d.state.pane == .institutions, "Esc drops a count")
    }
}
