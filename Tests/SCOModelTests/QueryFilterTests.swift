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
