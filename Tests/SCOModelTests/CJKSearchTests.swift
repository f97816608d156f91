import Testing
import TestSupport
@testable import SCOModel

/// Chinese and Japanese put no spaces between words: any run of two or more CJK characters
/// in a query matches inside a longer run, and nothing else does.
@Suite struct CJKSearchTests {
    static let json = """
        {"title": "CJK", "events": [
          {"id": "sco", "title": "上海合作组织 summit", "date": "2001-06-15", "place": "上海",
           "summary": "A summit of 上海合作组织 members.", "sources": [{"citation": "t"}]},
          {"id": "two-runs", "title": "Runs apart", "date": "2002", "summary": "Two runs: 上海。海作 end.", "sources": [{"citation": "t"}]},
          {"id": "kana", "title": "日本語のテキスト", "date": "2003", "summary": "Japanese kana and kanji.", "sources": [{"citation": "t"}]},
          {"id": "hangul", "title": "상하이 협력 기구", "date": "2004", "summary": "Korean.", "sources": [{"citation": "t"}]}
        ], "institutions": [], "documents": []}
        """

    let store: Store

    init() throws {
        store = try Store(try ChronicleReader.read(Array(CJKSearchTests.json.utf8), file: "cjk.json"))
    }

    func ids(_ query: String) throws -> [String] {
        try Hit.all(in: store, query).map(\.id)
    }

    @Test(arguments: [
        ("合作", ["sco"]), ("上海合作组织", ["sco"]), ("作组", ["sco"]), ("海合作", ["sco"]), ("组织", ["sco"]),
        ("合作 summit", ["sco"]), ("上海", ["sco", "two-runs"]), ("海作", ["two-runs"]),
        ("合组", []), ("上海作", []), ("作", ["sco", "two-runs"]), ("织", ["sco"]), ("のテキ", ["kana"]), ("キスト", ["kana"]), ("협력", ["hangul"]), ("하이", ["hangul"]),
    ])
    func runsMatchInsideRuns(_ query: String, _ expected: [String]) throws {
        #expect(try ids(query).sorted() == expected.sorted(), "\(query)")
    }

    @Test func highlightsTheRunInsideTheWord() {
        #expect(SearchQuery("合作").ranges(in: "上海合作组织 summit") == [2..<4])
        #expect(SearchQuery("合作 summit").ranges(in: "上海合作组织 summit") == [2..<4, 7..<13])
    }

    @Test func textWithoutCJKIsIndexedAsItIs() {
        #expect(SearchQuery.indexed("Tashkent summit") == "Tashkent summit")
        #expect(SearchQuery.indexed("Zürich") == "Zürich")
        #expect(SearchQuery.indexed("上海合作 and 北京") == "上海合作 and 北京 \u{E000} 上海 海合 合作 作 \u{E000} 北京 京")
    }
}
