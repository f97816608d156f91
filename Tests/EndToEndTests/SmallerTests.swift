import Foundation
import Testing
import TestSupport

/// Small things that went wrong: each message says what the matter is, and the environment
/// never pins or downgrades the browser.
@Suite struct SmallerTests {
    func problem(_ bytes: [UInt8]) throws -> (status: Int32, stderr: String) {
        let scratch = try Scratch()
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.path("c.json")))
        let run = try Program.run(["validate", scratch.path("c.json")])
        return (run.status, run.stderr)
    }

    @Test func messagesNameTheRealProblem() throws {
        let bom = try problem([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(bom.status == 65 && bom.stderr.contains("byte-order mark") && !bom.stderr.contains("0xEF"))
        let long = String(repeating: "a", count: 201)
        let id = try problem(Array(#"{"title": "t", "events": [], "institutions": [{"id": "\#(long)", "title": "T", "summary": "s", "sources": [{"paragraph": 1}]}], "documents": []}"#.utf8))
        #expect(id.status == 65 && id.stderr.contains("is too long: an ID has at most 200 characters"), "\(id.stderr)")
        let scratch = try Scratch()
        #expect(try Program.run(["import", "--quiet", Fixtures.path("../../Resources/sco.json"), "--to", scratch.path("c.sqlite")]).status == 0)
        let database = try Program.run(["validate", scratch.path("c.sqlite")])
        #expect(database.status == 65 && database.stderr.contains("this is a database, not a chronicle file; open a chronicle database with --db"))
    }

    @Test(arguments: [["list", "--db", "a", "--db", "b"], ["list", "--data", "a", "--data", "b"], ["show", "x", "--data", "a", "--db", "b"]])
    func repeatedOrConflictingSourcesAreAUsageError(_ arguments: [String]) throws {
        let run = try Program.run(arguments)
        #expect(run.status == 64 && (run.stderr.contains("times") || run.stderr.contains("not both")), "\(run.stderr)")
    }

    @Test func aUTF8LocaleThatIsNotInstalledStillDrawsUTF8() throws {
        let tmux = try Tmux(command: Tmux.sco(), width: 100, height: 30, environment: ["LANG": "xx_YY.UTF-8", "LC_ALL": ""])
        let screen = try tmux.wait(for: "Timeline 1/\(Builtin.events)")
        #expect(screen.ok && screen.screen.contains("│"), "the divider is drawn in UTF-8:\n\(screen.screen)")
    }

    @Test func exportedLinesAndColumnsGiveWayToAResize() throws {
        let tmux = try Tmux(command: Tmux.sco(), width: 100, height: 30, environment: ["LINES": "12", "COLUMNS": "50"])
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.resize(width: 90, height: 25)
        let resized = try tmux.wait { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count >= 25 && rows[24].contains("Timeline 1/\(Builtin.events)")
        }
        #expect(resized.ok, "the status line follows the new size, not LINES:\n\(resized.screen)")
    }
}
