import Testing
import TestSupport
@testable import SCOModel

@Suite struct SearchTests {
    let store: Store

    init() throws {
        store = try Store(Fixtures.builtin())
    }

    func ids(_ query: String, kind: RecordKind? = nil) throws -> [String] {
        try store.search(SearchQuery(query), kind: kind).map(\.id)
    }

    @Test func foldsDiacriticsAndCase() throws {
        #expect(try ids("Toshkent") == ids("toshkent"))
        #expect(try ids("tashként") == ids("tashkent"))
        #expect(try !ids("tashként").isEmpty)
        #expect(try ids("SAMARQAND").isEmpty, "a capital makes the query case-sensitive")
        #expect(try ids("samarqand") == ["samarkand-summit-2022"])
        #expect(try ids("Samarqand") == ["samarkand-summit-2022"])
    }

    @Test func matchesWordPrefixes() throws {
        let hits = try ids("observ")
        #expect(hits.contains("mongolia-observer") && hits.contains("observer-regulations") && hits.contains("observers-2005"))
        #expect(try ids("bserv").isEmpty, "only word starts match")
    }

    @Test func titleHitsRankAboveSummaryHits() throws {
        let hits = try store.search(SearchQuery("tashkent"))
        let tiers = hits.map(\.tier)
        #expect(tiers == tiers.sorted())
        #expect(hits.first?.tier == .title)
        #expect(hits.prefix(4).allSatisfy { $0.title.contains("Tashkent") })
        #expect(hits.contains { $0.tier == .place })
        let drug = try store.search(SearchQuery("drug"))
        #expect(drug.first?.id == "drug-trafficking-agreement")
        #expect(drug.contains { $0.tier == .summary && $0.id == "uz-chairmanship-1" })
    }

    @Test func everyWordMustMatch() throws {
        #expect(try Set(ids("rats council").prefix(4)) == ["rats-council", "rats-council-28", "rats-council-begins", "rats"])
        #expect(try ids("rats council").first == "rats-council")
        #expect(try ids("mongolia zebra").isEmpty)
    }

    @Test func filtersByKind() throws {
        #expect(try Set(ids("tashkent", kind: .institution)) == ["rats", "rats-council", "rats-executive-committee"])
        #expect(try ids("ban ki").first == "un-sco-declaration-signed", "people are searchable")
    }

    @Test func carriesMatchRangesForHighlighting() throws {
        let hit = try #require(try store.search(SearchQuery("mongol")).first)
        #expect(hit.id == "mongolia-observer")
        #expect(hit.titleMatches == [0..<6])
        #expect(SearchQuery("tash").ranges(in: "Summit in Tashkent; Tashkent again") == [10..<14, 20..<24])
        #expect(SearchQuery("oz").ranges(in: "Oʻzbekiston") == [], "the ʻ is part of the word, as in the index")
        #expect(SearchQuery("taskent").ranges(in: "Taşkent") == [0..<7])
    }

    @Test func emptyOrPunctuationQueryFindsNothing() throws {
        #expect(try ids("").isEmpty)
        #expect(try ids("\"*(").isEmpty)
    }
}

/// Search stays bounded when a query matches thousands of records.
@Suite struct LargeSearchTests {
    @Test func broadQueriesTakeTitleMatchesFirstWithoutRankingEverything() throws {
        var text = ""
        SyntheticChronicle(events: 8_000, seed: 4).write { text += $0 }
        let store = try Store(try ChronicleReader.read(Array(text.utf8), file: "synthetic"))
        let hits = try store.search(SearchQuery("s"), limit: 200)
        #expect(hits.count == 200)
        #expect(hits.first?.tier == .title)
        #expect(hits.map(\.tier) == hits.map(\.tier).sorted())
        let narrow = try store.search(SearchQuery("summit"), limit: 200)
        #expect(!narrow.isEmpty && narrow.allSatisfy { $0.title.hasPrefix("Summit") && $0.tier == .title })
    }
}
