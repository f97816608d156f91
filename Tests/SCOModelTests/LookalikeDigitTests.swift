import Foundation
import Testing
import SCOModel
import TestSupport

/// Text that looks like a number and is not: a digit with a combining mark, other scripts'
/// digits, fullwidth and mathematical digits, variation selectors. Every parser of dates
/// refuses it with a message, never a crash, wherever the text comes from.
@Suite struct LookalikeDigitTests {
    static let marks = ["\u{301}", "\u{308}", "\u{20DD}", "\u{FE0F}", "\u{200D}"]
    static let lookalikes: [String] = {
        var texts = ["２００４", "٢٠٠٤", "۲۰۰۴", "२००४", "𝟐𝟎𝟎𝟒", "2004\u{FE0F}", "²⁰⁰⁴", "2OO4"]
        for template in ["2004", "2004-06", "2004-06-17", "2004-06-17T12:30:00", "2004-06-17T12:30:00+05:00", "2004-06-17/2005", "200X"] {
            for mark in marks {
                for i in template.indices where template[i].isNumber {
                    var text = template
                    text.insert(contentsOf: mark, at: text.index(after: i))
                    texts.append(text)
                }
            }
        }
        return texts
    }()

    @Test func theEDTFParserRefusesEveryOne() {
        #expect(LookalikeDigitTests.lookalikes.count > 200)
        for text in LookalikeDigitTests.lookalikes {
            #expect(throws: EDTFError.self, "\(text.debugDescription)") { try EDTFDate(parsing: text) }
        }
    }

    @Test func typedDatesAndQueriesPassThemOver() {
        for text in LookalikeDigitTests.lookalikes {
            #expect(TypedDate.parse(text) == nil || text.unicodeScalars.allSatisfy(\.isASCII), "\(text.debugDescription)")
            let query = SearchQuery("date:\(text) from:\(text)")
            #expect(query.filter.from == nil && query.rejected.count == 2, "\(text.debugDescription)")
        }
    }

    /// From a file and from the command line: one message and a status, never a signal.
    @Test func theCommandLineSaysWhatIsWrong() throws {
        let scratch = try Scratch()
        let file = """
            {"events": [{"id": "a", "title": "A", "date": "200\\u03014", "summary": "S.", "sources": [{"citation": "x"}]}]}
            """
        try file.write(toFile: scratch.path("bad.json"), atomically: true, encoding: .utf8)
        let validated = try Program.run(["validate", scratch.path("bad.json")])
        #expect(validated.status == 65 && validated.stderr.contains("events[0].date"), "\(validated.status) \(validated.stderr)")
        let listed = try Program.run(["list", "--from", "200\u{301}4"])
        #expect(listed.status == 64 || listed.status == 1, "\(listed.status) \(listed.stderr)")
        let searched = try Program.run(["search", "date:200\u{301}4 summit"])
        #expect(searched.status == 0 || searched.status == 1, "\(searched.status) \(searched.stderr)")
    }
}
