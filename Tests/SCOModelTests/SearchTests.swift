import Testing
import TestSupport
@testable import SCOModel

@Suite struct SearchTests {
    let store: Store

    init() throws {
        store = try Store(Fixtures.builtin())
    }

    func ids(_ query: String, kind: RecordKind? = nil) throws -> [String] {
        try hits(query, kind: kind).map(\.id)
    }

    func hits(_ query: String, kind: RecordKind? = nil) throws -> [Hit] {
        try Hit.all(in: store, query, kind: kind)
    }

    @Test func foldsDiacriticsAndCase() throws {
        #expect(try ids("Toshkent") == ids("toshkent"))
        #expect(try ids("tashként") == ids("tashkent"))
        #expect(try !ids("tashként").isEmpty)
        #expect(try ids("SAMARQAND").isEmpty, "a capital makes the query case-sensitive, names too")
        // Samarqand, the city's Uzbek name, finds what Samarkand finds.
        #expect(try Set(ids("samarqand")) == Set(ids("samarkand")) && ids("samarqand").contains("samarkand-summit-2022"))
        #expect(try Set(ids("Samarqand")) == Set(ids("samarqand")))
    }

    @Test func matchesWordPrefixes() throws {
        let hits = try ids("observ")
        #expect(hits.contains("mongolia-observer") && hits.contains("observer-regulations") && hits.contains("observers-2005"))
        #expect(try ids("bserv").isEmpty, "only word starts match")
    }

    @Test func titleHitsRankAboveSummaryHits() throws {
        let hits = try self.hits("tashkent")
        let tiers = hits.map(\.tier)
        #expect(tiers == tiers.sorted())
        #expect(hits.first?.tier == .title)
        #expect(hits.prefix(4).allSatisfy { $0.title.contains("Tashkent") })
        #expect(hits.contains { $0.tier == .place })
        let drug = try self.hits("drug")
        #expect(drug.first?.id == "drug-trafficking-agreement")
        #expect(drug.contains { $0.tier == .summary && $0.id == "uz-chairmanship-1" })
    }

    @Test func everyWordMustMatch() throws {
        #expect(try Set(ids("rats council").prefix(4)) == ["rats-council", "rats-council-28", "rats-council-begins", "rats"])
        #expect(try ids("rats council").first == "rats-council")
        #expect(try ids("mongolia zebra").isEmpty)
    }

    @Test func filtersByKind() throws {
        let chronicle = try Fixtures.builtin()
        let mentioning = chronicle.institutions.filter { i in
            [i.title, i.summary, i.place ?? ""].contains { $0.localizedCaseInsensitiveContains("tashkent") }
        }.map(\.id)
        #expect(try Set(ids("tashkent", kind: .institution)) == Set(mentioning) && mentioning.count >= 4)
        #expect(try ids("ban ki").first == "un-sco-declaration-signed", "people are searchable")
    }

    @Test func findsMatchRangesForHighlighting() throws {
        let hit = try #require(try hits("mongol").first)
        #expect(hit.id == "mongolia", "the state itself, whose whole title the word is, before the event")
        #expect(SearchQuery("mongol").ranges(in: hit.title) == [0..<6])
        #expect(SearchQuery("tash").ranges(in: "Summit in Tashkent; Tashkent again") == [10..<14, 20..<24])
        #expect(SearchQuery("oz").ranges(in: "Oʻzbekiston") == [], "the ʻ is part of the word, as in the index")
        #expect(SearchQuery("taskent").ranges(in: "Taşkent") == [0..<7])
    }

    @Test(.timeLimit(.minutes(1))) func aQueryOfTwentyThousandWordsSearchesItsFirstWords() throws {
        let many = SearchQuery((0..<20_000).map { "w\($0)" }.joined(separator: " "))
        #expect(many.tokens.count == SearchQuery.wordLimit && many.isCut)
        #expect(try store.matches(many).count == 0)
        let repeated = SearchQuery(String(repeating: "tashkent ", count: 20_000))
        #expect(repeated.tokens == ["tashkent"] && !repeated.isCut)
        #expect(try store.matches(repeated) == store.matches(SearchQuery("tashkent")))
    }

    /// Queries whose best answer is not in doubt: the record they name comes first.
    @Test(arguments: [("shanghai five", "shanghai-five"), ("secretariat", "sco-secretariat"), ("mongolia", "mongolia"),
                      ("uzbekistan", "uzbekistan"), ("regional anti-terrorist", "rats"), ("samarkand", "samarkand-summit-2022"),
                      ("drug", "drug-trafficking-agreement"), ("rats council", "rats-council"),
                      ("bahrain memorandum", "bahrain-memorandum-2023"), ("india", "india")])
    func theBestAnswerComesFirst(_ query: String, _ best: String) throws {
        #expect(try ids(query).first == best)
    }

    /// Within a tier, a record that says the word more often, or in fewer words, ranks higher
    /// (BM25, as FTS5 ranks).
    @Test func moreMentionsAndShorterTextRankHigher() throws {
        func event(_ id: String, _ summary: String) -> String {
            #"{"id": "\#(id)", "title": "Meeting \#(id)", "date": "2001", "summary": "\#(summary)", "sources": [{"citation": "t"}]}"#
        }
        let padding = (1...40).map { "word\($0)" }.joined(separator: " ")
        let json = #"{"events": ["# + [event("once", "One summit among \(padding)."), event("thrice", "Summit after summit, a summit, and \(padding)."),
                                          event("short", "A summit."), event("none", "Nothing here.")].joined(separator: ",") + "]}"
        let store = try Store(try ChronicleReader.read(Array(json.utf8), file: "rank.json"))
        #expect(try Hit.all(in: store, "summit").map(\.id) == ["short", "thrice", "once"])
        #expect(try Hit.all(in: store, "summit word1").map(\.id) == ["thrice", "once"])
    }

    /// ASCII text is checked and ranked on its bytes; any other text by Character. The two
    /// agree: a word that changes nothing (`ü`) sends the same text the slow way.
    @Test func textIsCheckedAndRankedTheSameWhetherASCIIOrNot() throws {
        let chronicle = try Fixtures.builtin()
        let texts = chronicle.events.map(\.summary) + chronicle.institutions.map(\.title)
        let queries = ["tash", "Tash", "summit", "\"shanghai cooperation\"", "\"the sh", "s", "RATS council", "2004"]
        let relevance = Relevance(SearchQuery("summit shanghai"), records: 100, averageWords: 30) { _ in 10 }
        for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            for query in queries.map(SearchQuery.init) {
                let check = TextCheck(query)
                #expect(check.found(in: text) == check.found(in: text + " ü"), "\(query.text) in \(text)")
            }
            let ascii = RecordText(title: text, names: "", place: "", summary: text)
            let other = RecordText(title: text + " ü", names: "", place: "", summary: text + " ü")
            #expect(abs(relevance.score(ascii) - relevance.score(other)) < 0.05 * max(relevance.score(ascii), 0.01))
        }
    }

    @Test func emptyOrPunctuationQueryFindsNothing() throws {
        #expect(try ids("").isEmpty)
        #expect(try ids("\"*(").isEmpty)
    }
}

/// A match as the tests read it: the record's ID and title, and its tier.
struct Hit {
    let id: String
    let title: String
    let tier: Matches.Tier

    static func all(in store: Store, _ query: String, kind: RecordKind? = nil) throws -> [Hit] {
        let matches = try store.matches(SearchQuery(query), kind: kind)
        return store.entries(rows: matches.rows).enumerated().map { Hit(id: $1.id, title: $1.title, tier: matches.tier(at: $0)) }
    }
}

/// Search stays bounded when a query matches thousands of records, and every match is found.
@Suite struct LargeSearchTests {
    static let store: Result<Store, Error> = Result {
        try Store(try Fixtures.generated(events: 8_000, seed: 4))
    }

    @Test func broadQueriesTakeTitleMatchesFirstAndFindEveryMatch() throws {
        let store = try LargeSearchTests.store.get()
        var page: Matches?
        let all = try store.matches(SearchQuery("s")) { page = $0 }
        let first = try #require(page, "a broad query sends a first page before the rest")
        #expect(first.count == Store.firstPageSize && !first.isComplete)
        #expect(Array(all.rows.prefix(first.count)) == first.rows, "the first page is a prefix of the whole")
        #expect(all.isComplete && all.count > 5_000 && Set(all.rows).count == all.count)
        let tiers = (0..<all.count).map(all.tier(at:))
        #expect(tiers.first == .title && tiers == tiers.sorted())
        let narrow = try Hit.all(in: store, "summit")
        #expect(!narrow.isEmpty && narrow.allSatisfy { $0.title.hasPrefix("Summit") && $0.tier == .title })
    }

    @Test func aCapitalLetterFiltersEveryMatchNotOnlyTheFirst() throws {
        let store = try LargeSearchTests.store.get()
        let lower = try store.matches(SearchQuery("s"))
        var page: Matches?
        let upper = try store.matches(SearchQuery("S")) { page = $0 }
        #expect(upper.count > 0 && upper.count < lower.count)
        if let page { #expect(Array(upper.rows.prefix(page.count)) == page.rows) }
        let entries = store.entries(rows: upper.rows)
        for (i, entry) in entries.enumerated() where upper.tier(at: i) == .title {
            #expect(SearchQuery("S").ranges(in: entry.title + " " + (entry.shortTitle ?? "")).count > 0, "\(entry.title)")
        }
        #expect(Set(upper.rows).isSubset(of: Set(lower.rows)))
    }

    @Test func aCancelledSearchStops() throws {
        let store = try LargeSearchTests.store.get()
        let cancellation = Cancellation()
        cancellation.cancel()
        #expect(throws: CancellationError.self) { try store.matches(SearchQuery("s"), cancellation: cancellation) }
        var stopped = false
        let late = Cancellation()
        do {
            _ = try store.matches(SearchQuery("s"), cancellation: late) { _ in late.cancel() }
        } catch is CancellationError {
            stopped = true
        }
        #expect(stopped, "cancelling after the first page stops the rest")
    }

    /// The index keeps which words a record holds, not where: a phrase with thousands of
    /// candidates is checked record by record, and finds exactly the records that hold it.
    @Test func aBroadPhraseFindsExactlyTheRecordsHoldingIt() throws {
        let store = try LargeSearchTests.store.get()
        let chronicle = try Fixtures.generated(events: 8_000, seed: 4)
        let records: [any Record] = chronicle.events + chronicle.institutions + chronicle.documents
        // The commonest word, then the commonest first letter of the word after it.
        let summaries = chronicle.events.map { SearchQuery.words(in: $0.summary.lowercased()) }
        let common = try #require(Dictionary(grouping: summaries.flatMap { $0 }, by: { $0 }).max { $0.value.count < $1.value.count }?.key)
        let next = summaries.flatMap { w in w.indices.dropLast().filter { w[$0] == common }.map { String(w[$0 + 1].prefix(1)) } }
        let phrase = [common, try #require(Dictionary(grouping: next, by: { $0 }).max { $0.value.count < $1.value.count }?.key)]
        func holds(_ text: String) -> Bool {
            let w = SearchQuery.words(in: text.lowercased())
            return w.indices.dropLast().contains { w[$0] == phrase[0] && w[$0 + 1].hasPrefix(phrase[1]) }
        }
        let expected = Set(records.filter { r in
            ([r.title, r.shortTitle ?? "", r.summary, r.place ?? ""] + r.aliases + ((r as? Event)?.people ?? [])).contains(where: holds)
        }.map(\.id))
        let loose = try store.matches(SearchQuery(phrase.joined(separator: " ")))
        #expect(loose.count > Store.rankedMatchLimit, "the words apart match thousands")
        let found = try Hit.all(in: store, "\"\(phrase.joined(separator: " "))\"")
        #expect(!expected.isEmpty && Set(found.map(\.id)) == expected && found.count == expected.count)
    }

    @Test func kindsFilterTheWholeAnswer() throws {
        let store = try LargeSearchTests.store.get()
        let documents = try store.matches(SearchQuery("s"), kind: .document)
        #expect(documents.count > 0 && store.entries(rows: documents.rows).allSatisfy { $0.kind == .document })
    }
}
