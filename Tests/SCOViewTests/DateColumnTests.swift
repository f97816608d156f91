import Testing
import SCOCore
import SCOModel
import SCOText
import SCORuntime
import TestSupport
@testable import SCOView

/// The list gives its width to titles: the date column is narrow and fixed for the pane, a
/// long date is shown compact, and a title that fits beside a 12-column date is never cut.
@Suite struct DateColumnTests {
    /// Dates of every shape a chronicle holds: plain, qualified, unspecified, timed, open,
    /// spans within a month, across months and across years, and sets.
    static let dates = ["2004-06-17", "2004-06", "2004", "2004?", "2004~", "2004-06-17%", "200X", "20XX", "2004-XX", "2004-06-XX",
                        "../2005", "2003/..", "/2005-03", "2003-02/", "[2003,2004]", "{2003,2004}", "[2001..2003]", "[..1999,2006]",
                        "2004-06-17T10:00:00", "2004-06-17T08:00:00+05:00", "2002?/2003~", "2009-06-15/2009-06-16",
                        "2025-08-31/2025-09-01", "2003-05-29/2004-06-17", "2001-06-15?/2002-06-07?", "2006-06-15?/2007-08-16?",
                        "2025-01-01/..", "2010-05-01/2012", "1999/2000-01-01", "{2003-06-01,2003-07-04,2004-01-01..2004-12-31}",
                        "-0044-03-15", "2004-06-11/2004-06-17T18:00:00"]

    @Test func aCompactDateNeverPassesItsWidth() throws {
        for text in Self.dates {
            guard let date = try? EDTFDate(parsing: text) else { continue }
            for width in 0...30 {
                for under in [true, false] {
                    let shown = date.compact(width: width, underItsYear: under)
                    #expect(DisplayWidth.of(shown) <= width, "\(text) at \(width): \(shown)")
                    if width >= 4 { #expect(!shown.isEmpty, "\(text) at \(width) shows nothing") }
                }
            }
        }
    }

    @Test func aCompactDateKeepsItsStartAndSaysWhetherItGoesOn() throws {
        let cases: [(String, Bool, Int, String)] = [
            ("2004-06-17", true, 9, "17 Jun"),
            ("2009-06-15/2009-06-16", true, 9, "15–16 Jun"),
            ("2003-05-29/2004-06-17", true, 9, "29 May →"),
            ("2001-06-15?/2002-06-07?", true, 9, "15 Jun? →"),
            ("2025-01-01/..", true, 9, "1 Jan →"),
            ("2025-08-31/2025-09-01", true, 9, "Aug–Sep"),
            ("2025-08-31/2025-09-01", false, 12, "Aug–Sep 2025"),
            ("2003-05-29/2004-06-17", false, 12, "2003–2004"),
            ("2006-06-15?/2007-08-16?", false, 12, "2006?–2007?"),
            ("2009-06-15/2009-06-16", false, 12, "Jun 2009"),
            ("2004-06-17", false, 12, "17 Jun 2004"),
        ]
        for (text, under, width, expected) in cases {
            #expect(try EDTFDate(parsing: text).compact(width: width, underItsYear: under) == expected, "\(text)")
        }
    }

    func state(_ size: Size, _ actions: [Action] = []) throws -> State {
        let store = try Store(Fixtures.builtin())
        let runtime = Runtime(catalog: store)
        return actions.reduce(State(catalog: store, size: size), runtime.settle)
    }

    /// Every record row of the list, read off the frame: where its title starts and the text.
    func rows(_ state: State) -> [(titleX: Int, line: String)] {
        let frame = render(state)
        let list = state.layout.list
        return list.rows.compactMap { y in
            let line = (list.x..<list.right).map { frame[$0, y].text }.joined()
            guard frame[list.x + 1, y].style.role != .heading else { return nil }
            let x = (list.x..<list.right).first { frame[$0, y].style.role == .normal && !frame[$0, y].text.allSatisfy(\.isWhitespace) }
            return x.map { ($0 - list.x, line) }
        }
    }

    /// Paging through the whole timeline and results at the sizes most terminals have: the
    /// date column does not move, and every title that fits beside a 12-column date is whole.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 35)])
    func titlesKeepTheWidth(_ size: Size) throws {
        let summit = [Action.startSearch] + "summit".map { Action.promptInsert($0) } + [.promptSubmit]
        for (start, count) in [([Action](), Builtin.chronicle.events.count), (summit, 200)] {
            var s = try state(size, start)
            let room = s.layout.list.width - 1 - DateColumn.whole - 2 - 1 - (s.pane == .results ? 3 : 0)
            let titles = Set(Builtin.chronicle.events.map(\.label) + Builtin.chronicle.documents.map(\.label) + Builtin.chronicle.institutions.map(\.label))
            var starts = Set<Int>()
            var seen = 0
            for _ in 0..<(count / max(1, s.layout.list.height) + 2) {
                for row in rows(s) {
                    starts.insert(row.titleX)
                    seen += 1
                    // A cut title ends in `…`: the title it was cut from must not have fitted.
                    let shown = String(row.line.dropFirst(row.titleX)).trimmingCharacters(in: .whitespaces)
                    guard let cut = shown.firstIndex(of: "…") else { continue }
                    let head = String(shown[..<cut])
                    let whole = titles.filter { $0.hasPrefix(head) }
                    #expect(whole.contains { DisplayWidth.of($0) > room }, "cut at \(size): \(row.line)")
                }
                s = Runtime(catalog: s.catalog).settle(s, .pageDown)
            }
            #expect(seen > 20)
            #expect(starts.count == 1, "the title column moved at \(size): \(starts.sorted())")
        }
    }
}

/// A result says why it matched when its title on screen does not: a quiet tag right of it.
@Suite struct MatchReasonTests {
    @Test func resultsSayWhyTheyMatched() throws {
        let store = try Store(Fixtures.builtin())
        let runtime = Runtime(catalog: store)
        let actions = [Action.startSearch] + "tashkent".map { Action.promptInsert($0) } + [.promptSubmit]
        let s = actions.reduce(State(catalog: store, size: Size(width: 200, height: 60)), runtime.settle)
        let frame = render(s)
        let list = s.layout.list
        let matches = s.search.matches
        var tagged: Set<String> = []
        for (i, y) in list.rows.enumerated() where i < matches.rows.count {
            let line = (list.x..<list.right).map { frame[$0, y].text }.joined().trimmingCharacters(in: .whitespaces)
            let tag = ["place", "summary", "name", "title"].first { line.hasSuffix(" " + $0) }
            switch matches.tier(at: i) {
            case .title: #expect(tag == nil || tag == "title" || tag == "name", "\(line)")
            case .place: #expect(tag == "place", "\(line)")
            case .summary: #expect(tag == "summary", "\(line)")
            }
            if let tag { tagged.insert(tag) }
        }
        #expect(tagged.isSuperset(of: ["place", "summary"]))
    }
}
