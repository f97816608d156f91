import Testing
import SCOCore
import SCOModel
import SCOText
import SCORuntime
import TestSupport
@testable import SCOView

@Suite struct RenderTests {
    /// The sizes every screen is checked at, from a large monitor to the smallest notice.
    static let sizes = [Size(width: 200, height: 60), Size(width: 120, height: 35), Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 20, height: 5)]

    func state(_ chronicle: Chronicle, _ size: Size, _ actions: [Action] = []) throws -> State {
        let store = try Store(chronicle)
        let runtime = Runtime(catalog: store)
        return actions.reduce(State(catalog: store, size: size), runtime.settle)
    }

    /// The detail's source addresses are hyperlinks over exactly the cells that show them;
    /// the ASCII frame has none.
    @Test func sourceAddressesAreHyperlinks() throws {
        var state = try state(Fixtures.builtin(), Size(width: 140, height: 40))
        let frame = render(state)
        let urls = frame.links.map(\.url)
        #expect(urls == ["http://eng.sectsco.org/about_sco/", "http://english.china.org.cn/english/2002/Jun/34117.htm"])
        for link in frame.links {
            let cells = (0..<link.text.count).map { frame[link.x + $0, link.y].text }.joined()
            #expect(cells == link.text && link.text == link.url)
        }
        #expect(ASCIIFrame.converted(frame).links.isEmpty)
        state = try self.state(Fixtures.builtin(), Size(width: 80, height: 40))
        let narrow = render(state)
        #expect(narrow.links.allSatisfy { $0.text.hasSuffix("…") || $0.text == $0.url } && narrow.links.count == 2)
    }

    func check(_ state: State, _ name: String) {
        let frame = render(state)
        #expect(frame.size == state.size)
        #expect(frame.cells.count == state.size.width * state.size.height)
        let diff = Snapshot.difference(frame.text, named: name)
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test(arguments: sizes)
    func timeline(_ size: Size) throws {
        check(try state(Fixtures.builtin(), size), "timeline-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func searchResultWithDetail(_ size: Size) throws {
        let typed = "mongolia".map { Action.promptInsert($0) }
        let s = try state(Fixtures.builtin(), size, [.startSearch] + typed + [.promptSubmit, .open])
        check(s, "search-mongolia-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func wideAndCombiningText(_ size: Size) throws {
        check(try state(Fixtures.chronicle("unicode.json"), size, [.moveDown, .moveDown]), "unicode-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func institutionsTree(_ size: Size) throws {
        check(try state(Fixtures.builtin(), size, [.showPane(.institutions), .moveDown, .moveDown, .moveDown, .moveDown]),
              "institutions-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func documents(_ size: Size) throws {
        check(try state(Fixtures.builtin(), size, [.showPane(.documents), .moveDown]), "documents-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func helpScreen(_ size: Size) throws {
        check(try state(Fixtures.builtin(), size, [.toggleHelp]), "help-\(size.width)x\(size.height)")
    }

    /// Help shows all of itself: two columns on a wide screen, descriptions wrapped rather than
    /// cut, G reaches its end, the status line says where it is, and the footer says what q does.
    @Test(arguments: [Size(width: 120, height: 35), Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 30, height: 8)])
    func helpShowsAllOfItself(_ size: Size) throws {
        let top = try state(Fixtures.builtin(), size, [.toggleHelp])
        #expect(top.helpPage.columns.count == (size.width >= 120 ? 2 : 1))
        let runtime = Runtime(catalog: top.catalog)
        var seen = ""
        var s = top
        for _ in 0...top.helpPage.rowCount {
            // The help's own rows: the tab bar may cut the chronicle's title.
            seen += render(s).text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n") + "\n"
            s = runtime.settle(s, .moveDown)
        }
        let words = Set(seen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }))
        // Below 40 columns a long word may be broken across rows; from 40, every word shows whole.
        for line in s.keymap.helpLines where size.width >= 40 {
            guard case .binding(_, let description) = line else { continue }
            for word in description.split(separator: " ") { #expect(words.contains(word), "\(size): “\(word)” of “\(description)” never shows") }
        }
        #expect(!seen.contains("…"), "\(size): help text is cut")
        let bottom = render(runtime.settle(top, .bottom))
        #expect(bottom.text.contains("whole"), "\(size): G does not reach the end")
        let status = bottom.line(size.height - 1)
        #expect(status.contains("Esc close") || size.width < 40, "\(size): \(status)")
        #expect(!status.contains("scroll"), "\(size): at the end there is nothing more to scroll")
        #expect(!status.contains("quit"))
        if top.helpPage.rowCount > top.layout.body.height {
            #expect(render(top).line(size.height - 1).contains("Help 1–\(top.layout.body.height)/\(top.helpPage.rowCount)"))
            #expect(render(top)[size.width - 1, size.height - 2].text == "↓")
        }
    }

    /// The notice fits whole in any width: the longest wording that fits, never a cut one.
    @Test(arguments: [1, 2, 5, 9, 12, 15, 20, 29])
    func tooSmall(_ width: Int) throws {
        for height in [1, 5, 7] {
            let size = Size(width: width, height: height)
            let frame = render(try state(Fixtures.builtin(), size))
            let shown = frame.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            let wordings = ["terminal too small (\(width)×\(height)); sco needs 30×8", "terminal too small (\(width)×\(height))",
                            "too small (\(width)×\(height))", "too small", "small", "!"]
            #expect(wordings.contains(shown), "\(size): \(shown)")
            #expect(wordings.first { $0.count <= width } == shown, "\(size): a longer wording fits")
        }
    }

    @Test func selectedRowIsStyledAsSelectedAndCursorSitsOnIt() throws {
        let s = try state(Fixtures.builtin(), Size(width: 80, height: 24), [.moveDown])
        let frame = render(s)
        let row = try #require((0..<24).first { frame.line($0).hasPrefix(" " + DateColumn.text(Builtin.chronicle.events[1].date, in: .timeline, width: DateColumn.underItsYear)) })
        #expect((0..<frame.size.width / 3).allSatisfy { frame[$0, row].style.selected })
        #expect(frame.cursor == Frame.Point(x: 0, y: row))
        let other = try #require((0..<24).first { frame.line($0).hasPrefix(" 15 Jun") })
        #expect(!frame[2, other].style.selected)
    }

    @Test func searchMatchesAreHighlightedInListAndDetail() throws {
        let typed = "mongol".map { Action.promptInsert($0) }
        let frame = render(try state(Fixtures.builtin(), Size(width: 120, height: 40), [.startSearch] + typed + [.promptSubmit]))
        let listRow = try #require((1..<39).first { frame.line($0).contains("Mongolia becomes observer") })
        let x = try #require(frame.line(listRow).range(of: "Mongolia").map { frame.line(listRow).distance(from: frame.line(listRow).startIndex, to: $0.lowerBound) })
        #expect((x..<x + 6).allSatisfy { frame[$0, listRow].style.role == .match })
        #expect(frame[x + 6, listRow].style.role != .match)
        let detailMatches = (1..<39).filter { y in (61..<120).contains { frame[$0, y].style.role == .match } }
        #expect(!detailMatches.isEmpty)
    }

    @Test func statusLineShowsPositionAndBackForwardKeys() throws {
        let frame = render(try state(Fixtures.builtin(), Size(width: 120, height: 40)))
        let status = frame.line(39)
        #expect(status.contains("Timeline 1/\(Builtin.events)"))
        #expect(status.contains("[ back") && status.contains("] fwd") && status.contains("? help"))
    }

    @Test func thePromptShowsItsCursorAndWhySmartCaseFindsNothing() throws {
        let typed = "Rats".map { Action.promptInsert($0) }
        let s = try state(Fixtures.builtin(), Size(width: 80, height: 24), [.startSearch] + typed + [.promptLeft, .promptLeft])
        let frame = render(s)
        let status = frame.line(23)
        #expect(status.hasPrefix("/Rats") && status.contains("case-sensitive: capital letter"))
        #expect(frame.cursor == Frame.Point(x: 3, y: 23) && frame[3, 23].style.selected && frame[3, 23].text == "t")
    }

    /// In a narrow list, titles alike up to the cut keep the year that tells them apart.
    @Test func cutTitlesKeepTheYearThatTellsThemApart() throws {
        let typed = "tashkent summit".map { Action.promptInsert($0) }
        let s = try state(Fixtures.builtin(), Size(width: 80, height: 24),
                          [.startSearch] + typed + [.promptSubmit] + Array(repeating: .narrowList, count: 10))
        #expect(s.layout.list.width == Layout.minimumList)
        let frame = render(s)
        let rows = s.layout.list.rows.map { y in (s.layout.list.x..<s.layout.list.right).map { frame[$0, y].text }.joined() }
        for year in ["2004", "2010", "2016"] {
            #expect(rows.contains { $0.contains("…\(year)") }, "\(year) is lost in \(rows)")
        }
    }

    /// Found walking through every size: a wide detail keeps a readable measure, a message
    /// cut by a narrow status line says so with `…`, and a narrow documents list gives the
    /// kind column up before the titles.
    @Test func walkThroughFixes() throws {
        let wide = try state(Fixtures.builtin(), Size(width: 200, height: 60))
        let document = try #require(wide.detailDocument)
        let lines = (0..<document.lineCount).map(document.line)
        #expect(lines.allSatisfy { DisplayWidth.of($0.spans.map(\.text).joined()) <= DetailDocument.measure })
        #expect(lines.contains { DisplayWidth.of($0.spans.map(\.text).joined()) > 80 })

        let narrow = try state(Fixtures.builtin(), Size(width: 30, height: 8), [.unbound(.character("x"))])
        let status = render(narrow).line(7)
        #expect(status.contains("x: not a key") && status.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(status)")

        let shown = try state(Fixtures.builtin(), Size(width: 80, height: 24), [.showPane(.documents)])
        let second = render(shown).line(shown.layout.list.y + 1)
        let title = try #require(Builtin.chronicle.documents[1].shortTitle)
        #expect(second.contains(String(title.prefix(12))), "\(second)")
    }

    /// The top row of the timeline always names a year, whether its heading is in sight or not.
    @Test func theYearStaysInSightWhileScrolling() throws {
        let size = Size(width: 80, height: 10)
        var s = try state(Fixtures.builtin(), size)
        let runtime = Runtime(catalog: s.catalog)
        for action in [Action.pageDown, .pageDown, .moveDown, .pageDown, .bottom, .pageUp, .moveUp] {
            s = runtime.settle(s, action)
            let top = render(s).line(s.layout.list.y)
            #expect(top.range(of: #"^ \d{4} · \d+"#, options: .regularExpression) != nil, "after \(action): \(top)")
        }
    }

    /// The histogram: one bar a year where the years fit, decades where they do not, the
    /// cursor's bar marked and counted.
    @Test func theHistogramMarksTheCursorsYear() throws {
        let s = try state(Fixtures.builtin(), Size(width: 120, height: 30), [.nextYear, .nextYear, .nextYear])
        let frame = render(s)
        let strip = try #require(s.layout.histogram)
        let line = frame.line(strip.y)
        let in2004 = Builtin.chronicle.events.filter { $0.date!.start.year == 2004 }.count
        #expect(line.hasPrefix(" 2001 ") && line.contains("\(Builtin.chronicle.events.last!.date!.start.year)  years · 2004: \(in2004)"), "\(line)")
        let marked = (0..<120).filter { frame[$0, strip.y].style.role == .cursorBar }
        let buckets = HistogramView.Buckets(s.years, width: 80)
        #expect(!marked.isEmpty && buckets.years == 1)
        let narrow = HistogramView.Buckets([YearCount(year: 1990, count: 5), YearCount(year: 2026, count: 1)], width: 10)
        #expect(narrow.years == 10 && narrow.bars.count == 4 && narrow.bars.map(\.count) == [5, 0, 0, 1] && narrow.label(1990) == "1990s")
        let wide = HistogramView.Buckets([YearCount(year: 1, count: 1), YearCount(year: 2026, count: 1)], width: 40)
        #expect(wide.years == 100 && wide.bars.count == 21)
        // Where the months fit, a bar a month; the cursor's month is found by its number.
        let months = [MonthCount(month: 200401, count: 2), MonthCount(month: 200406, count: 1), MonthCount(month: 200503, count: 4)]
        let monthly = HistogramView.Buckets([YearCount(year: 2004, count: 3), YearCount(year: 2005, count: 4)], months: months, width: 40)
        let someYearOnly = HistogramView.Buckets([YearCount(year: 2004, count: 4), YearCount(year: 2005, count: 4)], months: months, width: 40)
        #expect(someYearOnly.scale == "years", "an event dated to a year alone keeps the scale at years")
        #expect(monthly.scale == "months" && monthly.bars.count == 15 && monthly.bars.map(\.count)[0] == 2 && monthly.bars.map(\.count)[14] == 4)
        #expect(monthly.index(year: 2004, month: 200406) == 5 && monthly.label(monthly.bars[5].start) == "Jun 2004")
        let yearly = HistogramView.Buckets([YearCount(year: 2004, count: 3), YearCount(year: 2005, count: 4)], months: months, width: 10)
        #expect(yearly.scale == "years" && yearly.bars.count == 2)
        let store = try Store(Fixtures.builtin())
        #expect(store.timelineMonths.map(\.count).reduce(0, +) == (try Fixtures.builtin()).events.filter { $0.date?.start.month != nil }.count)
    }

    /// A bar a year wherever the years fit beside a shorter note: at every width from the
    /// smallest up, the built-in chronicle's 25 years show as 25 bars or more, never decades.
    @Test func yearBarsBeforeWords() throws {
        let span = Builtin.chronicle.events.last!.date!.start.year - Builtin.chronicle.events.first!.date!.start.year + 1
        for width in Layout.minimum.width...200 {
            let s = try state(Fixtures.builtin(), Size(width: width, height: 30))
            let strip = try #require(s.layout.histogram)
            let frame = render(s)
            let bars = (0..<width).filter { [.bar, .cursorBar].contains(frame[$0, strip.y].style.role) }.count
            let fits = width - 12 >= span
            #expect(!fits || bars >= span, "\(width): \(bars) bars: \(frame.line(strip.y))")
            #expect(!frame.line(strip.y).contains("decades") || !fits, "\(width): \(frame.line(strip.y))")
        }
    }

    /// The prompt says what a query of filters was understood to ask, and what it was not.
    @Test func thePromptSaysWhatTheFiltersMean() throws {
        let typed = "inst:rats from:2004 colour:red".map { Action.promptInsert($0) }
        let s = try state(Fixtures.builtin(), Size(width: 160, height: 30), [.startSearch] + typed)
        let status = render(s).line(29)
        #expect(status.contains("inst rats · from 2004 · not understood: colour:red · 3 matches"), "\(status)")
        #expect(s.search.matches.count == 3)
    }

    /// Scroll markers never cover text: they sit in the detail's empty right margin, and the
    /// status line counts the lines below.
    @Test func scrollMarkersHaveAColumnOfTheirOwn() throws {
        let size = Size(width: 40, height: 12)
        let opened = try state(Fixtures.builtin(), size, [.open])
        let lines = try #require(opened.detailDocument?.lineCount)
        #expect(lines > opened.layout.detailText.height, "the test needs a detail longer than the screen")
        let top = render(opened)
        let margin = opened.layout.detailText.right
        #expect(top[margin, opened.layout.detailText.bottom - 1].text == "↓" && top[margin, opened.layout.detailText.y].text == " ")
        #expect(top.line(size.height - 1).contains("· detail ↓\(lines - opened.layout.detailText.height)"))
        let runtime = Runtime(catalog: opened.catalog)
        let scrolled = runtime.settle(runtime.settle(opened, .pageDown), .pageDown)
        let frame = render(scrolled)
        #expect(frame[margin, scrolled.layout.detailText.y].text == "↑")
        for y in scrolled.layout.detailText.rows {
            let text = (scrolled.layout.detailText.x..<margin).map { frame[$0, y].text }.joined()
            #expect(!text.contains("↓") && !text.contains("more"), "row \(y) holds a marker: \(text)")
        }
    }

    /// Where the keys go is plain to see: with the list focused its selection is in reverse
    /// video and the divider plain; with the detail focused the divider takes the focus colour
    /// and the list's selection is dimmed.
    @Test(arguments: [[Action](), [.open], [.startSearch, .promptInsert("r"), .promptInsert("a"), .promptSubmit, .open]])
    func focusIsPlainToSee(_ actions: [Action]) throws {
        let s = try state(Fixtures.builtin(), Size(width: 100, height: 30), actions)
        let frame = render(s)
        let row = s.layout.list.y + s.position(of: s.pane).selected - s.position(of: s.pane).offset
        let divider = try #require(s.layout.divider)
        if s.focus == .detail {
            #expect(frame[divider.x, divider.y].style.role == .focusedDivider)
            #expect((s.layout.list.x..<s.layout.list.right).allSatisfy { frame[$0, row].style == Style(.unfocusedSelection) })
        } else {
            #expect(frame[divider.x, divider.y].style.role == .divider)
            #expect(frame[s.layout.list.x, row].style.selected)
        }
    }
}
