import Testing
import TestSupport
@testable import SCOModel

/// The query language: words, phrases, exclusions and filters, read the same by the prompt,
/// `sco search` and `sco list`.
@Suite struct QueryLanguageTests {
    @Test func readsEachKindOfTerm() {
        let q = SearchQuery(#"from:2003 to:"Jun 2010" kind:doc in:Tashkent inst:rats doc:charter -summit "joint declaration" word colour:red from:tuesday"#)
        #expect(q.filter.from == 20030000 && q.filter.to == 20100699)
        #expect(q.filter.kinds == [.document] && q.filter.places == ["tashkent"] && q.filter.institutions == ["rats"] && q.filter.documents == ["charter"])
        #expect(q.excluded == ["summit"] && q.phrases == [["joint", "declaration"]] && q.tokens == ["joint", "declaration", "word"])
        #expect(q.understood == ["from 2003", "to Jun 2010", "kind documents", "in tashkent", "inst rats", "doc charter", "not summit"])
        #expect(q.rejected == ["colour:red", "from:tuesday"])
        #expect(!q.isCaseSensitive, "a capital in a filter's value does not make the words case-sensitive")
    }

    @Test func textThatOnlyLooksLikeAFilterStaysText() {
        #expect(SearchQuery("10:00 meeting").tokens == ["10", "00", "meeting"])
        #expect(SearchQuery("date:2004").filter.from == 20040000 && SearchQuery("date:2004").filter.to == 20049999)
        #expect(SearchQuery("-").tokens.isEmpty && SearchQuery("-").isEmpty)
        #expect(SearchQuery("colour:red").isEmpty, "nothing understood, nothing searched")
    }

    @Test(arguments: ["", ":", "::::", "\"", "\"\"\"", "from:", "-\"\"", String(repeating: "from:2004 ", count: 10_000), "a\u{0}b:c"])
    func oddInputIsReadWithoutTrouble(_ text: String) {
        let q = SearchQuery(text)
        #expect(q.tokens.count <= SearchQuery.wordLimit)
    }
}

@Suite struct FilteredSearchTests {
    let chronicle: Chronicle
    let store: Store

    init() throws {
        chronicle = try Fixtures.builtin()
        store = try Store(chronicle)
    }

    func ids(_ query: String, kind: RecordKind? = nil) throws -> Set<String> {
        Set(try store.entries(rows: store.matches(SearchQuery(query), kind: kind).rows).map(\.id))
    }

    /// The records whose dates overlap a span, worked out from the chronicle itself.
    func overlapping(_ from: Int?, _ to: Int?, kind: RecordKind? = nil) -> Set<String> {
        Set(RecordKind.allCases.filter { kind == nil || $0 == kind }.flatMap { chronicle.records(of: $0) }.filter { record in
            guard let date = record.date else { return false }
            return (from.map { date.lastKey >= $0 } ?? true) && (to.map { date.start.sortKey <= $0 } ?? true)
        }.map(\.id))
    }

    static let spans: [(String, Int?, Int?)] = [
        ("from:2004 to:2005", 20040000, 20059999), ("date:2010", 20100000, 20109999), ("from:2016-04", 20160400, nil),
        ("to:2003", nil, 20039999), ("from:2003 to:2003", 20030000, 20039999), ("date:2004-06-17", 20040617, 20040617),
    ]

    @Test(arguments: spans)
    func datesKeepExactlyTheRecordsThatOverlap(_ query: String, _ from: Int?, _ to: Int?) throws {
        let all = try ids(query), events = try ids(query, kind: .event), summits = try ids(query + " summit"), anySummit = try ids("summit")
        #expect(all == overlapping(from, to))
        #expect(events == overlapping(from, to, kind: .event))
        #expect(summits == overlapping(from, to).intersection(anySummit))
    }

    @Test func instCoversTheInstitutionAndEveryPart() throws {
        let family: Set<String> = ["rats", "rats-council", "rats-executive-committee"]
        let expected = Set(chronicle.events.filter { !family.isDisjoint(with: $0.institutions) }.map(\.id))
        #expect(expected.count >= 3)
        #expect(try ids("inst:rats") == expected)
        #expect(try ids("inst:rats from:2004") == expected.intersection(overlapping(20040000, nil)))
    }

    /// The events of the named bodies are kept between searches while the names stay the
    /// same; another name, or the same one after a fill that failed midway, fills them again.
    @Test func keptFamilySetsFollowTheNames() throws {
        let events = { (ids: [String]) in Set(self.chronicle.events.filter { !Set(ids).isDisjoint(with: $0.institutions) }.map(\.id)) }
        for _ in 0..<2 {
            #expect(try ids("inst:rats") == events(["rats", "rats-council", "rats-executive-committee"]))
            #expect(try ids("inst:security") == events(chronicle.institutions.filter { $0.title.localizedCaseInsensitiveContains("security") }.map(\.id)))
            #expect(try ids("doc:charter summit") != ids("doc:declaration summit"))
        }
        try store.reader.unsafeRead { db in
            let failing = "SELECT CASE WHEN rowid > 2 THEN abs(-9223372036854775807 - 1) ELSE rowid END FROM record"
            #expect(throws: (any Error).self) { try Store.keepSet(KeptSet(name: "probe", key: "k", select: failing), in: db) }
            try Store.keepSet(KeptSet(name: "probe", key: "k", select: "SELECT rowid FROM record WHERE rowid <= 5"), in: db)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.probe") == 5)
        }
    }

    /// Institutions named by reading their names find what the index finds, for every
    /// prefix of every word of every name, in the built-in and a generated chronicle.
    @Test func institutionsByNameAgreeWithTheIndex() throws {
        for chronicle in [self.chronicle, try Fixtures.generated(events: 2_000, seed: 3)] {
            let store = try Store(chronicle)
            let words = Set(chronicle.institutions.flatMap { ([$0.title, $0.shortTitle ?? ""] + $0.aliases).flatMap { SearchQuery.words(in: SearchQuery.fold($0, keepingCase: false)) } })
            let prefixes = Set(words.flatMap { w in (1...min(4, w.count)).map { String(w.prefix($0)) } })
            try store.reader.unsafeRead { db in
                for prefix in prefixes.sorted() {
                    let byName = try Store.institutionsByName([prefix], in: db), inIndex = try Store.named([prefix], kind: .institution, in: db)
                    #expect(byName == inIndex, "\(prefix)")
                }
                let both = try Store.institutionsByName(["rats", "council"], in: db), bothInIndex = try Store.named(["rats", "council"], kind: .institution, in: db)
                #expect(both == bothInIndex && (both.isEmpty != (chronicle.title == self.chronicle.title)))
            }
        }
    }

    /// A broad family's first page comes from a walk along the timeline, before the set of
    /// its events is built; it is the start of the whole answer, with or without dates.
    @Test(arguments: ["inst:c", "inst:c from:2000 to:2010", "inst:co from:2015"])
    func aBroadFamilysFirstPageIsTheStartOfTheWhole(_ text: String) throws {
        let chronicle = try Fixtures.generated(events: 30_000, seed: 9)
        let store = try Store(chronicle)
        let query = SearchQuery(text)
        let walked = try store.reader.unsafeRead { db in
            try store.walkedFirstPage(store.condition(query, kind: nil, in: db), in: db, cancellation: Cancellation())
        }
        var pages: [Matches] = []
        let whole = try store.matches(query) { pages.append($0) }
        let page = try #require(walked, "the family is broad enough to walk")
        #expect(pages.first == page && page.count == Store.firstPageSize)
        #expect(Array(whole.rows.prefix(page.count)) == page.rows && whole.years.first?.year == page.years.first?.year)
        let filter = query.filter
        let named = Set(chronicle.institutions.filter { i in
            filter.institutions.allSatisfy { w in SearchQuery.words(in: SearchQuery.fold(([i.title, i.shortTitle ?? ""] + i.aliases).joined(separator: " "), keepingCase: false)).contains { $0.hasPrefix(w) } }
        }.map(\.id))
        var family = named
        while true {
            let more = Set(chronicle.institutions.filter { $0.partOf.map(family.contains) ?? false }.map(\.id)).subtracting(family)
            if more.isEmpty { break }
            family.formUnion(more)
        }
        let expected = chronicle.events.filter { e in
            !family.isDisjoint(with: e.institutions) && e.date!.lastKey >= (filter.from ?? 0) && e.date!.start.sortKey <= (filter.to ?? .max)
        }.map(\.id)
        #expect(Set(store.entries(rows: whole.rows).map(\.id)) == Set(expected))
    }

    @Test func docFindsTheEventsLinkedToADocument() throws {
        let charters = Set(chronicle.documents.filter { $0.title.localizedCaseInsensitiveContains("charter") }.map(\.id))
        let expected = Set(chronicle.events.filter { !charters.isDisjoint(with: $0.documents) }.map(\.id)
                           + chronicle.documents.filter { charters.contains($0.id) }.compactMap(\.adoptedAt))
        let found = try ids("doc:charter")
        #expect(!expected.isEmpty && found == expected)
    }

    @Test func kindsPlacesExclusionsAndPhrases() throws {
        let institutions = try ids("kind:institution")
        #expect(institutions == Set(chronicle.institutions.map(\.id)))
        let inTashkent = try ids("in:tashkent")
        #expect(inTashkent == Set(chronicle.allRecords.filter { $0.place?.contains("Tashkent") == true }.map(\.id)))
        let summits = try ids("summit"), tashkent = try ids("tashkent"), notTashkent = try ids("summit -tashkent")
        #expect(notTashkent == summits.subtracting(tashkent))
        let phrase = try ids("\"tashkent summit\""), words = try ids("tashkent summit"), reversed = try ids("\"summit tashkent\"")
        #expect(!phrase.isEmpty && phrase.isSubset(of: words))
        #expect(reversed.count < phrase.count, "a phrase keeps its order")
    }
}

@Suite struct BareYearTests {
    @Test func aYearFindsItsEventsFirstThenTheTextThatSaysIt() throws {
        let chronicle = try Fixtures.builtin()
        let store = try Store(chronicle)
        let found = store.entries(rows: try store.matches(SearchQuery("2004")).rows).map(\.id)
        let dated = chronicle.events.filter { $0.date!.lastKey >= 20040000 && $0.date!.start.sortKey <= 20049999 }.map(\.id)
        #expect(Array(found.prefix(dated.count)) == dated)
        #expect(found.count > dated.count, "records whose text says 2004 follow")
        #expect(Set(found).count == found.count, "no record twice")
    }
}

/// `src:`: the records that cite a source, declared (`src:article`, every paragraph of it) or
/// named by any part of a citation (`src:rferl`).
@Suite struct SourceFilterTests {
    func ids(_ query: String, _ store: Store) throws -> Set<String> {
        let matches = try store.matches(SearchQuery(query))
        return Set(store.entries(rows: matches.rows).map(\.id))
    }

    @Test func sourcesFilterTheRecordsThatCiteThem() throws {
        let store = try Store(Builtin.chronicle)
        let byParagraph = Set(Builtin.chronicle.allRecords.filter { $0.sources.contains { if case .paragraph = $0 { true } else { false } } }.map(\.id))
        #expect(try ids("src:article", store) == byParagraph && !byParagraph.isEmpty)
        #expect(try ids("src:art", store) == byParagraph, "a declared source's ID may be shortened")
        let rferl = Set(Builtin.chronicle.allRecords.filter { $0.sources.contains { $0.description.contains("rferl.org") } }.map(\.id))
        #expect(try ids("src:rferl.org", store) == rferl && rferl.contains("rats-seat-moves-to-tashkent"))
        #expect(try ids("src:RFERL", store) == rferl, "case is ignored")
        #expect(try ids("src:kremlin kind:document", store) == ["founding-declaration-2001", "shanghai-convention-2001"])
        let kremlin = Set(Builtin.chronicle.allRecords.filter { $0.sources.contains { $0.description.contains("kremlin") } }.map(\.id))
        #expect(try ids("src:article src:kremlin", store) == byParagraph.intersection(kremlin) && kremlin.count > byParagraph.intersection(kremlin).count,
                "every src: term must hold")
        #expect(try ids("src:nowhere-cited", store).isEmpty)
        // A word left out with filters alone leaves out the records that have it.
        let events = try ids("kind:event", store), tashkent = try ids("tashkent kind:event", store)
        let without = try ids("kind:event -tashkent", store)
        #expect(!tashkent.isEmpty && without == events.subtracting(tashkent))
        let q = SearchQuery("src:Article summit")
        #expect(q.filter.sources == ["article"] && q.understood == ["src article"] && q.tokens == ["summit"])
        #expect(SearchQuery("src:").rejected == ["src:"] && SearchQuery("src:\u{1B}[2J").rejected.count == 1)
    }
}
