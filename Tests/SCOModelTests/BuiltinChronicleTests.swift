import Testing
import TestSupport
@testable import SCOModel

@Suite struct BuiltinChronicleTests {
    @Test func validatesAndSpans2001To2025() throws {
        let chronicle = try Fixtures.builtin()
        #expect(chronicle.events.first?.date?.start.year == 2001)
        #expect(chronicle.events.last?.date?.start.year == 2025)
        #expect(chronicle.events.map(\.date!) == chronicle.events.map(\.date!).sorted())
    }

    func event(_ chronicle: Chronicle, year: Int, mentioning words: [String]) -> Event? {
        chronicle.events.first { e in
            e.date?.start.year == year && words.allSatisfy { (e.title + " " + e.summary).contains($0) }
        }
    }

    @Test func holdsTheArticlesKeyFacts() throws {
        let c = try Fixtures.builtin()
        #expect(event(c, year: 2001, mentioning: ["founded"]) != nil)
        #expect(event(c, year: 2004, mentioning: ["Mongolia", "observer"]) != nil)
        #expect(event(c, year: 2005, mentioning: ["India", "Pakistan", "Iran"]) != nil)
        let chairmanships = c.events.filter { $0.title.hasPrefix("Uzbekistan's") && $0.title.hasSuffix("chairmanship") }
        #expect(chairmanships.map { $0.date!.description }.prefix(2) == ["2003-05-29/2004-06-17", "2009-06-16/2010-06-11"])
        let store = try Store(c)
        #expect(store.record("rats-council-28")?.date?.description == "2016-04-08")
        #expect(store.record("security-secretaries-11")?.date?.description == "2016-04-13/2016-04-14")
        #expect(store.record("un-sco-declaration-signed")?.date?.description == "2010-04-05")
        #expect((store.record("rats-executive-committee") as? Institution)?.seat == "Tashkent, Uzbekistan")
    }

    /// The review's findings, each kept fixed: the record cites what its summary states, and
    /// states nothing its sources do not.
    @Test func reviewedRecordsSayOnlyWhatTheirSourcesSay() throws {
        let store = try Store(try Fixtures.builtin())
        func sources(_ id: String) -> [Source] { store.record(id)?.sources ?? [] }
        func summary(_ id: String) -> String { store.record(id)?.summary ?? "" }
        #expect(sources("security-secretaries-11").contains(.citation("https://uzbekembassy.in/tashkent-hosts-11th-session-of-security-council-secretaries-of-sco-countries")))
        #expect([Source.paragraph(5), .paragraph(7)].allSatisfy(sources("uz-chairmanship-3").contains)
                && sources("uz-chairmanship-3").contains { $0.description.contains("arabstoday.net") })
        #expect(!summary("sco-charter").contains("bloc") && !summary("sco-charter").contains("openness"))
        #expect((store.record("rats-council") as? Institution)?.seat == nil && !summary("rats-council").contains("heads of"))
        #expect(!summary("astana-summit-2017").contains("first enlargement") && !summary("charter-in-force").contains("atification"))
        #expect(sources("iran-member-2023").contains(.paragraph(3)))
        #expect(sources("uz-chairmanship-4").contains { $0.description.contains("issi.org.pk") })
        #expect(sources("tashkent-summit-2004").contains { $0.description.contains("kun.uz") })
        #expect(!sources("tashkent-summit-2010").contains(.paragraph(8)))
        #expect((store.record("rats-council-begins") as? Event)?.documents.isEmpty == true)
        // The 2010 package is a record of its own that names no document; the 2010 regulations
        // are not tied to it without a source.
        let package = try #require(store.record("documents-package-2010") as? Document)
        #expect(package.sources == [.paragraph(8)] && package.summary.contains("does not name the documents"))
        #expect(!sources("rules-of-procedure").contains(.paragraph(8)) && !sources("admission-regulations").contains(.paragraph(8)))
        // RATS's history, each step with its source; the article's January 2004 beside the
        // formal launch of June 2004.
        #expect(sources("shanghai-convention-2001") == [.citation("http://en.kremlin.ru/events/president/news/41570")])
        #expect((store.record("rats-agreement-2002") as? Document)?.adoptedAt == "charter-signed")
        #expect(sources("rats-seat-moves-to-tashkent") == [.citation("https://www.rferl.org/a/1104261.html")])
        #expect(sources("rats-executive-committee-starts").contains(.paragraph(4))
                && sources("rats-executive-committee-starts").contains { $0.description.contains("cis-legislation.com/document.fwx?rgn=6905") })
        #expect(summary("rats-executive-committee-starts").contains("January") && summary("rats-executive-committee-starts").contains("17 June 2004"))
        // The article's two statements about the secretaries' meetings are both kept, and the
        // records say that they disagree.
        #expect(summary("security-secretaries").contains("eleventh") && summary("security-secretaries").contains("every year"))
    }

    @Test func everyRecordNamesItsSources() throws {
        let c = try Fixtures.builtin()
        for record in c.allRecords {
            #expect(!record.sources.isEmpty, "\(record.id) has no source")
        }
        let paragraphs = Set(c.allRecords.flatMap(\.sources).compactMap { if case .paragraph(let n) = $0 { n } else { nil } })
        #expect(paragraphs == Set(1...9), "every paragraph of the article is cited")
    }

    @Test func linksAreNavigableBothWays() throws {
        let c = try Store(try Fixtures.builtin())
        let rats = c.links(of: "rats")
        #expect(rats.contains(Link(.parts, "rats-council")))
        #expect(rats.contains(Link(.parts, "rats-executive-committee")))
        #expect(rats.contains(Link(.partOf, "sco")))
        #expect(c.links(of: "rats-council").contains(Link(.events, "rats-council-28")))
        #expect(c.links(of: "observer-regulations").first == Link(.adoptedAt, "tashkent-summit-2004"))
        #expect(c.links(of: "uz-chairmanship-1").filter { $0.relation == .documents }.map(\.target)
                == ["observer-regulations", "observer-interaction-order", "drug-trafficking-agreement"])
    }

    /// Every web address in the chronicle was read in a checked facts file, and an address in a
    /// record's text is one of that record's own sources.
    @Test func everyAddressComesFromTheCheckedFacts() throws {
        let facts = try Self.facts()
        func addresses(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == " " || $0.isNewline }).compactMap { SourceText.webAddress($0) }
        }
        func cited(_ sources: [Source]) -> [String] {
            sources.flatMap { source -> [String] in
                if case .citation(let text) = source { return addresses(text) }
                return []
            }
        }
        for record in Builtin.chronicle.allRecords {
            let own = cited(record.sources)
            for url in own { #expect(facts.contains(url), "\(record.id) cites \(url), which no facts file has") }
            // A state's record cites whatever its statuses cite.
            for period in (record as? Institution)?.statuses ?? [] {
                for url in cited(period.sources) { #expect(own.contains(url), "\(record.id)'s \(period.status.rawValue) cites \(url), which its record does not") }
            }
            for text in [record.title, record.summary] + record.aliases {
                for url in addresses(text) { #expect(own.contains(url), "\(record.id) names \(url) without citing it") }
            }
        }
    }

    /// Every `¶N` cites the article, which the chronicle declares once, and reads as
    /// "Article (2016) ¶N" wherever a source is shown.
    @Test func everyParagraphResolvesToTheArticle() throws {
        let article = try #require(Builtin.chronicle.sources.first { $0.paragraphs != nil })
        #expect(article.id == "article" && article.label == "Article (2016)" && article.paragraphs == 9 && article.date?.start.year == 2016)
        let store = try Store(Builtin.chronicle)
        #expect(store.declaredSources == Builtin.chronicle.sources)
        for record in Builtin.chronicle.allRecords {
            for case .paragraph(let n) in record.sources {
                #expect((1...9).contains(n), "\(record.id) cites ¶\(n)")
                #expect(Source.paragraph(n).text(paragraphsOf: store.declaredSources.paragraphLabel) == "Article (2016) ¶\(n)")
            }
        }
    }

    @Test func institutionTreeIndentsParts() throws {
        let store = try Store(try Fixtures.builtin())
        let tree = store.entries(.institution, at: 0..<store.count(of: .institution))
        let depth = Dictionary(uniqueKeysWithValues: tree.map { ($0.id, $0.depth) })
        #expect(depth["sco"] == 0 && depth["rats"] == 1 && depth["rats-council"] == 2)
        let ids = tree.map(\.id)
        #expect(ids.firstIndex(of: "rats")! < ids.firstIndex(of: "rats-council")!)
    }

    /// The checked facts files, copied from `shared/data/` into `Tests/Fixtures/facts/` so that
    /// no test reads outside the repository.
    static func facts() throws -> String {
        try ["context-facts", "states-facts", "more-facts"].map { try String(contentsOfFile: Fixtures.path("facts/\($0).tsv"), encoding: .utf8) }.joined()
    }

    /// FNV-1a 64 over the UTF-8 bytes, as `scripts/article-fingerprint` computes it.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    /// The runs of eight words of a text, lowercased and split on what is neither a letter nor a
    /// digit, each hashed as its words joined by one space.
    static func shingles(_ text: String) -> [UInt64] {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.count < 8 ? [] : (0...(words.count - 8)).map { fnv1a64(words[$0..<$0 + 8].joined(separator: " ")) }
    }

    /// No summary repeats a run of eight words from the source article. The article is not in
    /// the repository: `Tests/Fixtures/article-shingles.txt` holds the hash of each of its runs,
    /// written by `scripts/article-fingerprint`, and each summary's runs are hashed the same way.
    @Test func summariesAreInTheProjectsOwnWords() throws {
        let lines = try String(contentsOfFile: Fixtures.path("article-shingles.txt"), encoding: .utf8).split(separator: "\n")
        let article = Set(lines.compactMap { UInt64($0, radix: 16) })
        #expect(article.count == lines.count && article.count > 600, "one hash of 16 hex digits a line, for each run of the article")
        // The hash is the script's: FNV-1a 64's published values, and the joining of words.
        #expect(Self.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C && Self.fnv1a64("foobar") == 0x8594_4171_F739_67E8)
        #expect(Self.shingles("One, two; THREE four–five six seven eight!") == [0xBA4B_9B92_DB71_BFBB])
        // Titles may quote a document's title as the article gives it; summaries quote nothing.
        for record in try Fixtures.builtin().allRecords {
            #expect(Self.shingles(record.summary).allSatisfy { !article.contains($0) }, "\(record.id) copies the article")
        }
    }
}
