import Foundation
import Testing
import TestSupport
import SCOModel

/// The command line as scripts meet it: a query that begins with `-`, one rule for "no
/// match", a mistyped command, and output that matches the browser's.
@Suite struct ScriptedCommandLineTests {
    @Test(arguments: [["search", "-tashkent summit"], ["search", "summit", "-tashkent"], ["search", "-tashkent summit", "--format", "json"],
                      ["search", "--kind", "events", "-tashkent summit"]])
    func aQueryBeginningWithADashIsAQuery(_ arguments: [String]) throws {
        let result = try Program.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.contains("USAGE") && result.stdout.contains("summit") && !result.stdout.contains("tashkent-summit"), "\(result.stdout.prefix(300))")
    }

    @Test(arguments: ["-rats", "-x -y"])
    func anExclusionAloneIsAUsageError(_ query: String) throws {
        let result = try Program.run(["search", query])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("nothing to search for"))
    }

    @Test(arguments: ["text", "json", "csv", "tsv", "markdown"])
    func noMatchIsStatusOneInEveryFormat(_ format: String) throws {
        let result = try Program.run(["search", "zzyzzx", "--format", format])
        #expect(result.status == 1, "\(format): \(result.status)")
        #expect(result.stderr.contains("no match"))
        if format == "json" { #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]") }
    }

    @Test func aCapitalThatFindsNothingSaysWhy() throws {
        let result = try Program.run(["search", "Rats"])
        #expect(result.status == 1 && result.stderr.contains("case-sensitive") && result.stderr.contains("\"rats\""), "\(result.stderr)")
    }

    @Test(arguments: [("lsit", "list"), ("serach", "search"), ("shwo", "show"), ("expotr", "export"), ("valdate", "validate"), ("imprt", "import")])
    func aMistypedCommandSuggestsTheClosest(_ typed: String, _ meant: String) throws {
        let result = try Program.run([typed])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'\(typed)' is not a command") && result.stderr.contains(meant), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aWordFarFromAnyCommandListsThemAll() throws {
        let result = try Program.run(["\u{1B}[31mzzzzzzzz"])
        #expect(result.status == 64 && result.stderr.contains("commands: ") && !result.stderr.contains("\u{1B}"), "\(result.stderr)")
    }

    @Test func institutionsAreListedAsTheBrowserShowsThem() throws {
        let result = try Program.run(["list", "institutions", "--width", "200"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("  RATS Council") && $0.hasSuffix("RATS Council") == false || $0.contains("    RATS Council") }, "parts indented under the whole")
        #expect(lines.contains { $0.contains("Turkey") && $0.contains("dialogue partner 2012 · partner 2025") }, "a state's statuses")
    }

    @Test func severalAddressesOfOneCitationAreSplit() throws {
        let result = try Program.run(["show", "china-chairmanship-2024"])
        let sources = result.stdout.components(separatedBy: "\nSources\n").last ?? ""
        #expect(!sources.contains(" ; "), "\(sources)")
        #expect(sources.split(separator: "\n").filter { $0.contains("http") }.count >= 2)
    }

    @Test func emptyKindsGetNoHeading() throws {
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("events-only.json")
        try Data(#"{"events":[{"id":"a","title":"A","date":"2004","summary":"A.","sources":[{"citation":"x"}]}]}"#.utf8).write(to: file)
        let result = try Program.run(["list", "--data", file.path])
        #expect(result.status == 0 && !result.stdout.contains("Institutions") && !result.stdout.contains("Documents"), "\(result.stdout)")
    }

    /// Field problems, a duplicate ID and a dangling link are all reported in one run.
    @Test func validateReportsEveryProblemAtOnce() throws {
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("broken.json")
        try Data("""
            {"events":[
              {"id":"a","title":"A","date":"2004-13","summary":"A.","sources":[{"citation":"x"}]},
              {"id":"a","title":"B","date":"2005","summary":"B.","sources":[{"citation":"x"}]},
              {"id":"c","title":"C","date":"2006","summary":"C.","sources":[{"citation":"x"}],"institutions":["nowhere"]}
            ]}
            """.utf8).write(to: file)
        let result = try Program.run(["validate", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("events[0].date") || result.stderr.contains("events[0].date"), "\(result.stdout)\(result.stderr)")
        let all = result.stdout + result.stderr
        #expect(all.contains("duplicate ID") && all.contains("unknown institution ID"), "\(all)")
    }
}

/// The query language, the commands and the keys are described the same in the man page,
/// README and `--help` as the program reads them.
@Suite struct DocsAgreeTests {
    @Test func everyFilterIsUnderstoodAndDocumented() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let manual = try Program.run(["manual"])
        let help = try Program.run(["search", "--help"])
        #expect(manual.status == 0)
        for key in SearchQuery.filterKeys {
            #expect(SearchQuery("\(key):2004").rejected.isEmpty || key == "kind" || key == "src" || ["in", "inst", "doc"].contains(key),
                    "\(key): is not understood")
            #expect(readme.contains("`\(key):"), "README's query language lacks \(key):")
            #expect(manual.stdout.contains("\(key):"), "the man page lacks \(key):")
            #expect(help.stdout.contains("\(key):"), "sco search --help lacks \(key):")
        }
        #expect(!SearchQuery("colour:red").rejected.isEmpty)
    }

    @Test func everyCommandIsInHelpAndTheManPage() throws {
        let help = try Program.run(["--help"])
        let manual = try Program.run(["manual"])
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in ["list", "show", "search", "chart", "export", "validate", "import", "generate", "config", "manual"] {
            #expect(help.stdout.contains("  \(command) "), "--help lacks \(command)")
            #expect(manual.stdout.contains("sco \(command)"), "the man page lacks \(command)")
            #expect(readme.contains("sco \(command)"), "README lacks sco \(command)")
        }
    }
}
