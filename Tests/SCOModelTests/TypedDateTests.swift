import Testing
import TestSupport
@testable import SCOModel

@Suite struct TypedDateTests {
    @Test(arguments: [
        ("2004", "2004"), ("2004-06", "2004-06"), ("2004-06-17", "2004-06-17"), ("Jun 2004", "2004-06"), ("june 2004", "2004-06"),
        ("17 Jun 2004", "2004-06-17"), ("17 June 2004", "2004-06-17"), ("Sept 2004", "2004-09"), ("  2004 ", "2004"),
        ("17 jun, 2004", "2004-06-17"), ("29 Feb 2004", "2004-02-29"),
    ])
    func readsTheFormsTheScreenShows(_ text: String, _ edtf: String) throws {
        let point = try #require(TypedDate.parse(text), "\(text)")
        #expect(EDTFDate(start: point).description == edtf)
    }

    @Test(arguments: ["", "20", "Ju 2004", "31 Feb 2004", "29 Feb 2005", "2004-13", "abc", "2004/2005", "Jun", "17 Foo 2004", "0 Jun 2004",
                      "2004-06-17T10:00", String(repeating: "9", count: 10_000)])
    func refusesWhatNamesNoDate(_ text: String) {
        #expect(TypedDate.parse(text) == nil, "\(text)")
    }

    @Test func theFirstEventOnOrAfterADate() throws {
        let store = try Store(Fixtures.builtin())
        let ids: (EDTFDate.Point) -> String? = { store.entries(.event, at: store.firstEvent(from: $0)..<store.firstEvent(from: $0) + 1).first?.id }
        #expect(ids(try #require(TypedDate.parse("2010"))) == "secretary-general-imanaliev", "Jan 2010, the first of 2010")
        #expect(ids(try #require(TypedDate.parse("Jun 2010"))) == "tashkent-summit-2010")
        #expect(ids(try #require(TypedDate.parse("2004"))) == "security-secretaries-format", "a year-long date sorts first in its year")
        #expect(store.firstEvent(from: try #require(TypedDate.parse("1990"))) == 0)
        #expect(store.firstEvent(from: try #require(TypedDate.parse("2090"))) == store.count(of: .event))
    }
}
