import Testing
import TestSupport
@testable import SCOModel

/// A date typed as the screen shows it is a date term, not words.
@Suite struct ShownDateQueryTests {
    @Test(arguments: [("17 Jun 2004", 20040617, 20040617), ("Jun 2004", 20040600, 20040699), ("2004-06", 20040600, 20040699),
                      ("2004-06-17", 20040617, 20040617), ("15–16 Jun 2009", 20090615, 20090616), ("15-16 Jun 2009", 20090615, 20090616),
                      ("31 Aug – 1 Sep 2025", 20250831, 20250901), ("17 Jun 2004 – 5 Jul 2005", 20040617, 20050705),
                      ("2003–2004", 20030000, 20049999), ("june 2004", 20040600, 20040699), ("Sep 2022", 20220900, 20220999)])
    func everyShownFormIsADate(_ text: String, _ from: Int, _ to: Int) {
        let q = SearchQuery(text)
        #expect(q.filter.from == from && q.filter.to == to, "\(text): \(q.filter)")
        #expect(q.tokens.isEmpty && !q.isCaseSensitive && q.rejected.isEmpty, "\(text): \(q.tokens)")
        let words = SearchQuery("tashkent " + text + " summit")
        #expect(words.tokens == ["tashkent", "summit"] && words.filter.from == from, "among words: \(words.tokens)")
    }

    /// What is not a date stays words: a bare year (titles say years), a quoted phrase, an
    /// exclusion, an impossible day, a span that runs backwards, digits of other scripts.
    @Test(arguments: ["2004", "\"17 Jun 2004\"", "-Jun 2004", "Jun", "17 Jun", "Jun 17", "17 Jun 2004x", "2004-13", "Jun 20041",
                      "summit 17 Jun 17 Jun"])
    func whatIsNotADateStaysWords(_ text: String) {
        let q = SearchQuery(text)
        #expect(q.filter.from == nil && !q.tokens.isEmpty || text.hasPrefix("-") && !q.excluded.isEmpty, "\(text) read as a date")
    }

    /// A day that cannot be (or is not written in ASCII digits) stays a word; the month and
    /// year after it are still a date.
    @Test(arguments: [("31 Feb 2004", "31"), ("0 Jun 2004", "0"), ("99999 Jun 2004", "99999"), ("١٧ Jun 2004", "١٧"),
                      ("17\u{301} Jun 2004", "17\u{301}"), ("16–15 Jun 2009", "15")])
    func anImpossibleDayStaysAWord(_ text: String, _ word: String) {
        let q = SearchQuery(text)
        #expect(q.tokens.contains(SearchQuery.fold(word, keepingCase: false)) || q.tokens.contains { $0.hasPrefix(word) }, "\(text): \(q.tokens)")
        #expect(q.filter.from != nil && q.filter.from! % 100 <= 1, "\(text): \(q.filter)")
    }

    @Test func aMonthsCapitalDoesNotMakeTheQueryCaseSensitive() {
        #expect(!SearchQuery("Jun summit").isCaseSensitive)
        #expect(!SearchQuery("summit Sep 2022").isCaseSensitive)
        #expect(SearchQuery("Tashkent Jun").isCaseSensitive)
    }

    /// Each event dated to a day or a span, searched by its date as the list shows it with
    /// the year, is found.
    @Test func everyEventIsFoundByItsShownDate() throws {
        let store = try Store(Fixtures.builtin())
        var tried = 0
        for event in Builtin.chronicle.events {
            guard let date = event.date, case .interval(.date, .date) = date.form else { continue }
            let q = SearchQuery(date.display)
            guard q.filter.from != nil else { continue }
            tried += 1
            let found = try store.matches(q, kind: nil, order: .date, cancellation: Cancellation(), firstPage: { _ in })
            #expect(store.entries(rows: found.rows).contains { $0.id == event.id }, "\(date.display) does not find \(event.id)")
        }
        for event in Builtin.chronicle.events {
            guard let date = event.date, case .single(let p) = date.form, p.day != nil, p.isPlain else { continue }
            tried += 1
            let found = try store.matches(SearchQuery(date.display), kind: nil, order: .date, cancellation: Cancellation(), firstPage: { _ in })
            #expect(store.entries(rows: found.rows).contains { $0.id == event.id }, "\(date.display) does not find \(event.id)")
        }
        #expect(tried > 60)
    }

    /// Looking for dates costs the same for every word: 100,000 words read in linear time.
    @Test func manyWordsAreReadQuickly() {
        let text = Array(repeating: "17 Jun", count: 50_000).joined(separator: " ")
        let q = SearchQuery(text)
        #expect(q.tokens.count <= SearchQuery.wordLimit && q.filter.from == nil)
    }
}

/// Equally good matches go in the chronicle's order: title matches where the word is the
/// same share of the title (`X summit 2004`, `Y summit 2011`) by date; a title the query is
/// more of comes first.
@Suite struct ResultOrderTests {
    @Test(arguments: ["summit", "tashkent", "chairmanship"])
    func equallyGoodTitleMatchesGoByDate(_ text: String) throws {
        let store = try Store(Fixtures.builtin())
        let found = try store.matches(SearchQuery(text), kind: nil, order: .relevance, cancellation: Cancellation(), firstPage: { _ in })
        let entries = store.entries(rows: Array(found.rows.prefix(found.tierEnds[0])))
        let plain = entries.filter { $0.shortTitle == nil && $0.title.localizedCaseInsensitiveContains(text) && $0.date != nil }
        let groups = Dictionary(grouping: plain) { SearchQuery.wordCount($0.title) }
        #expect(groups.values.contains { $0.count >= 2 }, "\(text) has no equally good matches to order")
        for (words, group) in groups {
            let dates = group.compactMap { $0.date?.start }
            #expect(dates == dates.sorted(), "\(text), titles of \(words) words: \(group.map(\.label))")
        }
        let shares = plain.map { 1.0 / Double(SearchQuery.wordCount($0.title)) }
        #expect(shares == shares.sorted(by: >), "\(text): a title the query is more of comes first: \(plain.map(\.label))")
    }
}
