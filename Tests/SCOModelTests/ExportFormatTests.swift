import Foundation
import Testing
import TestSupport
@testable import SCOModel
import SCOText

/// `--format csv|tsv|markdown`, `--width`, options before the command, `-` for standard input,
/// and the other promises of the command line to scripts.
@Suite struct ExportFormatTests {
    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try Program.run(arguments + ["--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// What Python's `csv` module reads back from sco's CSV, as JSON.
    func pythonRows(_ arguments: [String]) throws -> [[String]] {
        let command = "'\(Program.path)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
            + " | python3 -c 'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))'"
        let result = try Program.shell(command)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
    }

    /// Every record, every column: Python's csv reads back what the JSON says, the built-in
    /// chronicle and a hostile one (quotes, commas, escape sequences) alike.
    @Test(arguments: [[], ["--data", Fixtures.path("hostile.json")], ["--data", Fixtures.path("edtf.json")]])
    func csvRoundTripsThroughPython(_ chronicle: [String]) throws {
        let rows = try pythonRows(["list", "--format", "csv"] + chronicle)
        #expect(rows.first == ["id", "kind", "date", "shown_date", "title", "short_title", "place", "type", "names"])
        let records = try json(["list"] + chronicle)
        #expect(rows.count == records.count + 1)
        // Institutions come as a tree in CSV and as written in JSON: rows are matched by ID.
        let byID = Dictionary(records.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Set(byID.keys))
        for row in rows.dropFirst() {
            let record = try #require(byID[row[0]])
            #expect(row.count == 9 && row[1] == record["kind"] as? String && row[2] == (record["date"] as? String ?? ""))
            #expect(row[4] == (record["title"] as? String).map { Sanitizer.sanitized($0) })
            #expect(row[6] == ((record["place"] ?? record["seat"]) as? String).map { Sanitizer.sanitized($0) } ?? "")
            // An institution's names in other languages, as the detail gives them.
            let names = (record["names"] as? [[String: Any]] ?? []).map { ($0["language"] as? String ?? "") + " " + ($0["name"] as? String ?? "") }
            #expect(names.allSatisfy { name in row[8].contains(name.split(separator: " ").last.map(String.init) ?? "") } && names.isEmpty == row[8].isEmpty)
        }
        let raw = try Program.run(["list", "--format", "csv"] + chronicle)
        #expect(!raw.stdoutBytes.contains(0x1B) && !raw.stdoutBytes.contains(0x07), "no escape sequence from data")
        #expect(raw.stdout.hasSuffix("\r\n") && !raw.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF after each record")
    }

    @Test func searchCSVSaysWhereEachMatched() throws {
        let rows = try pythonRows(["search", "tashkent", "--format", "csv"])
        let records = try json(["search", "tashkent"])
        #expect(rows.first?.last == "matched_in" && rows.count == records.count + 1)
        #expect(rows.dropFirst().map { $0[0] } == records.compactMap { $0["id"] as? String })
        #expect(rows.dropFirst().map(\.last) == records.map { $0["matchedIn"] as? String })
    }

    @Test func tsvAndMarkdownHaveOneRowPerRecord() throws {
        let tsv = try Program.run(["list", "events", "--format", "tsv", "--data", Fixtures.path("hostile.json")])
        let lines = tsv.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.filter { $0 == "\t" }.count == 8 }, "\(lines)")
        let markdown = try Program.run(["list", "documents", "--format", "markdown"])
        let table = markdown.stdout.split(separator: "\n")
        #expect(table[0] == "| id | kind | date | shown_date | title | short_title | place | type | names |")
        let documents = try Fixtures.builtin().documents.count
        #expect(table[1] == "|---|---|---|---|---|---|---|---|---|" && table.count == documents + 2)
        let piped = try Program.run(["list", "--format", "markdown", "--data", Fixtures.path("hostile.json")])
        #expect(piped.stdout.split(separator: "\n").allSatisfy { line in
            line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 10 }, "a | in data is escaped")
    }

    /// Output that is not a terminal is not cut: the source URL that 80 columns cut is whole;
    /// `--width` cuts where it is told.
    @Test func textIsNotCutWhenPipedAndWidthCuts() throws {
        let whole = try Program.run(["show", "sco-founded"], environment: ["COLUMNS": ""])
        #expect(whole.stdout.contains("http://english.china.org.cn/english/2002/Jun/34117.htm"), "\(whole.stdout)")
        let search = try Program.run(["search", "tashkent"], environment: ["COLUMNS": ""])
        let titles = search.stdout.split(separator: "\n")
        #expect(!titles.contains { $0.contains("…") } && Set(titles).count == titles.count, "\(search.stdout)")
        let cut = try Program.run(["search", "tashkent", "--width", "40"], environment: ["COLUMNS": ""])
        #expect(cut.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
        let tooNarrow = try Program.run(["list", "--width", "3"])
        #expect(tooNarrow.status == 64 && tooNarrow.stderr.contains("--width"))
    }

    @Test func optionsBeforeTheCommandAreRead() throws {
        let before = try Program.run(["--data", Fixtures.path("edtf.json"), "list", "events"])
        let after = try Program.run(["list", "events", "--data", Fixtures.path("edtf.json")])
        #expect(before.status == 0 && before.stdout == after.stdout && before.stdout.contains("until 2005"))
        let equals = try Program.run(["--data=\(Fixtures.path("edtf.json"))", "show", "open-start"])
        #expect(equals.status == 0 && equals.stdout.contains("until 2005"))
    }

    /// `-` is standard input, for `--data` and `validate`: a chronicle piped in is read, a
    /// broken one named `<stdin>` in its problems.
    @Test func dashReadsStandardInput() throws {
        let listed = try Program.shell("'\(Program.path)' list events --data - < '\(Fixtures.path("edtf.json"))'")
        #expect(listed.status == 0 && listed.stdout.contains("until 2005"))
        let valid = try Program.shell("cat '\(Fixtures.path("edtf.json"))' | '\(Program.path)' validate -")
        #expect(valid.status == 0 && valid.stdout.contains("<stdin>: valid (20 events"))
        let broken = try Program.shell("printf '{\"events\": [' | '\(Program.path)' validate -")
        #expect(broken.status == 65 && broken.stderr.contains("<stdin>"))
        let empty = try Program.shell("'\(Program.path)' --data - list < /dev/null")
        #expect(empty.status == 65 && empty.stderr.contains("<stdin>"), "\(empty.stderr)")
    }

    @Test(arguments: ["", "   ", "colour:red", "-"])
    func aQueryWithNothingToSearchIsAUsageError(_ query: String) throws {
        let result = try Program.run(["search", "--", query])
        #expect(result.status == 64 && result.stderr.contains("search"), "\(result.stderr)")
    }

    @Test func showJSONIsOneObject() throws {
        let result = try Program.run(["show", "rats-council-28", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "rats-council-28")
    }
}
