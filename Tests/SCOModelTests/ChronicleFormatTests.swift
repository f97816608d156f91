import Foundation
import Testing
@testable import SCOModel
import SCOText
import TestSupport

/// Chronicles that come as TimelineJS or as a CSV of events: read, checked, and written back.
@Suite struct ChronicleFormatTests {
    func read(_ bytes: [UInt8], _ name: String) throws(ChronicleLoadError) -> Chronicle {
        let format = ChronicleFormat.detect(bytes, name: name)
        return try ChronicleReader.read(try format.scoBytes(bytes, file: name), file: name)
    }

    func timelineJS(_ chronicle: Chronicle) -> String {
        var out = ""
        let titles = Dictionary(uniqueKeysWithValues: chronicle.institutions.map { ($0.id, $0.title) })
        TimelineJS.write(title: chronicle.title, events: { each in chronicle.events.forEach(each) }, institutionTitles: titles) { out += $0 }
        return out
    }

    func problems(_ text: String, _ name: String = "t.json") -> [String] {
        do {
            _ = try read(Array(text.utf8), name)
            return []
        } catch {
            return error.lines
        }
    }

    /// Three slides, one with HTML and escape characters: read as plain, safe text, and written
    /// back out to a file that reads back to the same chronicle and writes the same bytes.
    @Test func aTimelineJSFileReadsAndWritesBackEqual() throws {
        let bytes = try Fixtures.bytes("timeline.json")
        #expect(ChronicleFormat.detect(bytes, name: "timeline.json") == .timelinejs)
        let chronicle = try read(bytes, "timeline.json")
        #expect(chronicle.title == "SCO milestones")
        #expect(chronicle.events.map(\.id) == ["sco-founded", "charter-31msigned-0m-2002", "only-text-here-no-headline-2004"])
        let founded = chronicle.events[0]
        #expect(founded.summary == "Six states create the SCO & sign a declaration.", "tags gone, entities decoded, script dropped")
        #expect(founded.sources == [.citation("http://eng.sectsco.org/about_sco/")])
        #expect(founded.institutions == ["group-summits"] && chronicle.institutions.map(\.title) == ["Summits", "Documents"])
        #expect(chronicle.events[1].date?.description == "2002-06-07/2003-09-19")
        #expect(chronicle.events[1].sources == [.citation("TimelineJS: SCO milestones")], "a slide without media cites the timeline")
        for event in chronicle.events {
            for text in [event.title, event.summary] {
                #expect(Sanitizer.sanitized(text) == text && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text)")
            }
        }
        let written = timelineJS(chronicle)
        let again = try read(Array(written.utf8), "back.json")
        #expect(again.events == chronicle.events && again.institutions == chronicle.institutions && again.title == chronicle.title)
        #expect(timelineJS(again) == written)
    }

    /// The built-in chronicle's events go out as TimelineJS and come back with their dates,
    /// titles, summaries and first address.
    @Test func theBuiltinChronicleGoesOutAsTimelineJS() throws {
        let builtin = try Fixtures.builtin()
        let back = try read(Array(timelineJS(builtin).utf8), "builtin-timeline.json")
        #expect(back.events.map(\.id) == builtin.events.map(\.id))
        #expect(back.events.map(\.title) == builtin.events.map(\.title))
        #expect(back.events.map(\.summary) == builtin.events.map(\.summary))
        // TimelineJS has no way to say a date is uncertain: the day comes back without its `?`.
        for (a, b) in zip(builtin.events, back.events) {
            #expect(b.date?.start.sortKey == a.date?.start.sortKey, "\(a.id)")
        }
    }

    @Test(arguments: [
        ("<p>a</p><p>b</p>", "a b"), ("x &lt;b&gt; y", "x <b> y"), ("a < b > c", "a < b > c"), ("1 &#65; &#x42; &#x1B; &#0;", "1 A B ␛ \u{FFFD}"),
        ("<script>evil()</script>ok<style>p{}</style>", "ok"), ("<SCRIPT>x</SCRIPT>y", "y"), ("&unknown; &amp", "&unknown; &amp"),
        ("line\u{1B}[2Jnext\u{7}", "line␛[2Jnext␇"), ("<a href=\"x\">link</a> <br/>end", "link end"), ("<<<>>>", "<<<>>>"),
        ("<!-- c -->after", "after"), ("a&nbsp;&mdash;&hellip;", "a —…"), ("<!-- a > b -->after", "after"),
        ("<p>para one</p>\n<p>para\r\ntwo</p>", "para one para two"), ("<td>g</td><td>h</td>", "g h"),
        ("caf&eacute; &rsquo;n&rsquo; &AMP; &ldquo;q&rdquo;", "café ’n’ & “q”"),
    ])
    func htmlBecomesPlainSafeText(_ html: String, _ plain: String) {
        #expect(HTMLText.plain(html) == plain)
    }

    /// Hostile sizes finish: a megabyte of stray `<`, of unclosed tags, of entities.
    @Test func htmlOfAnySizeIsReadInOnePass() {
        for piece in ["<", "<a", "&#", "&amp;", "<b>x</b>"] {
            let text = String(repeating: piece, count: 1_000_000 / piece.count)
            #expect(!HTMLText.plain(text).isEmpty || piece == "<b>x</b>" || piece.hasPrefix("<"))
        }
    }

    @Test(arguments: [
        ("{\"events\": [{\"start_date\": {\"month\": 3}, \"text\": {\"headline\": \"a\"}}]}", "events[0].start_date.year: missing required field"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001, \"month\": 13}, \"text\": {\"headline\": \"a\"}}]}", "events[0].start_date.month: expected a month from 1 to 12"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001, \"day\": 3}, \"text\": {\"headline\": \"a\"}}]}", "events[0].start_date.day: a day needs a month"),
        ("{\"events\": [{\"start_date\": {\"year\": \"MMI\"}, \"text\": {\"headline\": \"a\"}}]}", "events[0].start_date.year: expected a year"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001, \"month\": 2, \"day\": 30}, \"text\": {\"headline\": \"a\"}}]}", "events[0].start_date: \"2001-02-30\" is not a valid date"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \" \", \"text\": \"<p></p>\"}}]}", "events[0].text: a slide needs a headline or a text"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"a\"}, \"media\": {\"url\": \"javascript:alert(1)\"}}]}", "events[0].media.url: \"javascript:alert(1)\" is not a web address"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"a\"}, \"media\": {\"url\": \"http://x.org/\\u001b]52;c;\"}}]}", "events[0].media.url:"),
        ("{\"events\": [3], \"x\": {\"start_date\": 1}}", "events[0]: expected an object, found a number"),
        ("{\"start_date\": 1}", "events: a TimelineJS file needs an \"events\" array"),
        ("{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"a\"}, \"unique_id\": \"x\"}, {\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"a\"}}, {\"start_date\": 5}]}", "events[2].start_date: expected an object with a year"),
    ])
    func badTimelineJSNamesThePlace(_ text: String, _ expected: String) {
        let lines = problems(text)
        #expect(lines.contains { $0.contains("t.json: " + expected) }, "\(lines)")
    }

    /// A CSV that sco wrote reads back to the same events; quotes, commas, line breaks and a
    /// byte order mark are RFC 4180's, CRLF or LF.
    @Test func aCSVOfEventsReadsBack() throws {
        let builtin = try Fixtures.builtin()
        let table = RecordTable(format: .csv)
        let csv = table.header + builtin.events.map { event in
            table.row(RecordTable.fields(Entry(id: event.id, kind: .event, title: event.title, shortTitle: event.shortTitle, date: event.date,
                                               place: event.place, documentKind: nil, depth: 0, eventCount: 0)))
        }.joined()
        let back = try read(Array(csv.utf8), "events.csv")
        #expect(back.events.map(\.id) == builtin.events.map(\.id))
        #expect(back.events.map(\.date) == builtin.events.map(\.date))
        #expect(back.events.map(\.place) == builtin.events.map(\.place) && back.events.map(\.shortTitle) == builtin.events.map(\.shortTitle))
        let odd = "\u{FEFF}id,date,title,place,summary,sources\n\"a-1\",2004,\"Title, with \"\"quotes\"\"\",\"Line\nbreak\",,¶3; http://x.org/a\n"
        let one = try read(Array(odd.utf8), "odd.csv")
        #expect(one.events.first?.title == "Title, with \"quotes\"" && one.events.first?.place == "Line\nbreak")
        #expect(one.events.first?.summary == "Title, with \"quotes\"" && one.events.first?.sources == [.paragraph(3), .citation("http://x.org/a")])
    }

    @Test(arguments: [
        ("id,date\na,2001\n", "line 1: missing column \"title\""),
        ("id,date,title,colour\na,2001,T,red\n", "line 1: unknown column \"colour\""),
        ("id,date,title,id\n", "line 1: column \"id\" appears more than once"),
        ("id,date,title\na,2001\n", "line 2: has 2 fields; the header has 3"),
        ("id,date,title\nA B,2001,T\n", "line 2, id: \"A B\" is not a valid ID"),
        ("id,date,title\na,June 2001,T\n", "line 2, date: \"June 2001\" is not a valid date"),
        ("id,date,title\na,2001,\n", "line 2, title: must not be empty"),
        ("id,date,title\r\n\"a\nb\",2001,T\r\nc,bad,T\r\n", "line 4, date:"),
        ("id,kind,date,title\nx,institution,,T\n", "line 2, kind: only events are read from a CSV"),
        ("id,date,title\na,2001,T\u{0}\n", "holds a NUL character"),
        ("id,date,title\na,2001,T\na,2002,U\n", "line 3, id: duplicate ID \"a\" (first on line 2)"),
        ("id,date,title\na,2001,\"unterminated\nb,2002,hello\n", "line 2: a quoted field opens here and never closes"),
    ])
    func badCSVNamesTheLine(_ text: String, _ expected: String) {
        let lines = problems(text, "e.csv")
        #expect(lines.contains { $0.contains(expected) }, "\(lines)")
    }

    /// The format is told by a key, not a text that says `start_date`, and found however far in.
    @Test func detectionReadsKeysNotText() throws {
        var sco = Fixtures.exported(Builtin.chronicle)
        sco = sco.replacingOccurrences(of: "\"place\": \"Shanghai, China\"", with: "\"place\": \"start_date\"")
        #expect(sco.contains("\"place\": \"start_date\""))
        #expect(ChronicleFormat.detect(Array(sco.utf8), name: "x.json") == .sco)
        let far = "{\"title\": {\"text\": {\"headline\": \"T\", \"text\": \"\(String(repeating: "x", count: 70_000))\"}}, "
            + "\"events\": [{\"start_date\" : {\"year\": 2001}, \"text\": {\"headline\": \"a\"}}]}"
        #expect(ChronicleFormat.detect(Array(far.utf8), name: "t.json") == .timelinejs)
    }

    /// The key is found at either end of what is read, after other underscores, and not
    /// past the first 16 MiB or cut by its end.
    @Test func detectionFindsTheKeyAtTheEdges() {
        #expect(TimelineJS.looksLike(Array(#""start_date":1"#.utf8)))
        #expect(TimelineJS.looksLike(Array(#"{"a_b": "c_d", "e": [{"start_date"\#n\#t : {}}]}"#.utf8)))
        #expect(!TimelineJS.looksLike(Array(#"{"start_date""#.utf8)))
        #expect(!TimelineJS.looksLike(Array(#"{"start_dates": 1, "x": "start_date"}"#.utf8)))
        #expect(!TimelineJS.looksLike([]) && !TimelineJS.looksLike(Array("_".utf8)))
        let limit = 1 << 24, key = Array(#""start_date":"#.utf8)
        let inside = [UInt8](repeating: 0x20, count: limit - key.count) + key
        #expect(TimelineJS.looksLike(inside))
        let cut = [UInt8](repeating: 0x20, count: limit - 4) + key
        #expect(!TimelineJS.looksLike(cut))
    }

    /// A paragraph is cited only where a declared source has paragraphs (when any is declared).
    @Test func aParagraphNeedsANumberedSource() {
        let text = "{\"sources\": [{\"id\": \"art\", \"title\": \"A\"}], \"events\": [{\"id\": \"e\", \"title\": \"E\", \"date\": \"2001\", \"summary\": \"S\", \"sources\": [{\"paragraph\": 1}]}]}"
        let lines = problems(text)
        #expect(lines == ["t.json: events[0].sources[0].paragraph: no declared source is cited by paragraph: give the article \"paragraphs\""], "\(lines)")
    }

    /// A string of many escapes is read in one pass (it once took seconds, appending to a
    /// String at each escape).
    @Test func manyEscapesParse() throws {
        let text = "\"" + String(repeating: "\\\"", count: 300_000) + "\""
        #expect(try JSONParser.parse(Array(text.utf8)) == .string(String(repeating: "\"", count: 300_000)))
    }

    @Test func notUTF8IsSaid() {
        do {
            _ = try read([0x69, 0x64, 0x2C, 0xFF, 0x0A], "latin.csv")
            Issue.record("read")
        } catch {
            #expect(error.lines == ["latin.csv: is not UTF-8 text"])
        }
    }
}
