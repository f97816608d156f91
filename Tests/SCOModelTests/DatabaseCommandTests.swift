import Foundation
import Testing
import TestSupport

/// `sco import` and `--db`, as scripts use them: every command answers from the database
/// exactly as it does from the chronicle file.
@Suite struct DatabaseCommandTests {
    func importedBuiltin(_ scratch: Scratch) throws -> String {
        let export = try Program.run(["export", "--format", "json"])
        try Data(export.stdoutBytes).write(to: scratch.url.appendingPathComponent("sco.json"))
        let result = try Program.run(["import", scratch.path("sco.json"), "--to", scratch.path("sco.sqlite")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(Builtin.counts)") && result.stderr.contains("records/s"))
        #expect(!result.stderr.contains("\u{1B}"), "no progress bar when standard error is not a terminal")
        return scratch.path("sco.sqlite")
    }

    @Test(arguments: [["list"], ["list", "institutions", "--format", "json"], ["show", "rats"], ["show", "sco-charter", "--format", "json"],
                      ["search", "tashkent"], ["search", "observ status", "--format", "json"], ["export", "--format", "json"],
                      ["export"], ["show", "ratz"], ["search", "zzzz"]])
    func everyCommandAnswersFromTheDatabaseAsFromTheFile(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let db = try importedBuiltin(scratch)
        let fromFile = try Program.run(arguments)
        let fromDatabase = try Program.run(arguments + ["--db", db])
        #expect(fromDatabase.status == fromFile.status)
        #expect(fromDatabase.stdout == fromFile.stdout)
        #expect(fromDatabase.stderr == fromFile.stderr)
    }

    @Test func importOfABrokenFileIsExit65AndWritesNothing() throws {
        let scratch = try Scratch()
        let result = try Program.run(["import", Fixtures.path("invalid/unknown-link.json"), "--to", scratch.path("x.sqlite")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("unknown-link.json: events[0].institutions[0]") || result.stderr.contains("unknown"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test func missingInputIs66AndUnusableDatabaseIs65() throws {
        let scratch = try Scratch()
        #expect(try Program.run(["import", scratch.path("none.json"), "--to", scratch.path("x.sqlite")]).status == 66)
        #expect(try Program.run(["list", "--db", scratch.path("none.sqlite")]).status == 66)
        try "{}".write(toFile: scratch.path("plain.txt"), atomically: true, encoding: .utf8)
        let wrong = try Program.run(["list", "--db", scratch.path("plain.txt")])
        #expect(wrong.status == 65 && wrong.stderr.contains("not a chronicle database"))
        let both = try Program.run(["list", "--db", scratch.path("plain.txt"), "--data", scratch.path("plain.txt")])
        #expect(both.status != 0 && both.stderr.contains("not both"))
    }

    @Test func validateAcceptsADatabase() throws {
        let scratch = try Scratch()
        let db = try importedBuiltin(scratch)
        let result = try Program.run(["validate", "--db", db], environment: ["COLUMNS": "300"])
        #expect(result.status == 0 && result.stdout.contains("valid chronicle database (\(Builtin.counts))"))
    }
}
