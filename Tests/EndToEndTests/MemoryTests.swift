import Foundation
import Testing
import TestSupport

/// Marks, recent searches and the last place, kept in `$XDG_STATE_HOME/sco/` across runs of
/// the real program in a real terminal.
@Suite(.serialized) struct MemoryTests {
    @Test func marksSearchesAndPlaceSurviveARestart() throws {
        let scratch = try Scratch()
        let env = ["XDG_STATE_HOME": scratch.path("state")]
        do {
            let tmux = try Tmux(command: Tmux.sco(), width: 120, height: 30, environment: env)
            #expect(try tmux.wait(for: "Timeline 1/").ok)
            try tmux.send("m")
            #expect(try tmux.wait(for: "marked sco-founded").ok)
            try tmux.send("3", "j", "m")
            #expect(try tmux.wait(for: "(2 marks").ok)
            try tmux.send("/")
            try tmux.type("tashkent")
            try tmux.send("Enter")
            #expect(try tmux.wait(for: "Results").ok)
            try tmux.send("2", "j", "j")
            #expect(try tmux.wait(for: "Institutions 3/").ok)
            try tmux.send("q")
            #expect(try tmux.wait { !$0.contains("Institutions 3/") }.ok)
        }
        let tmux = try Tmux(command: Tmux.sco(), width: 120, height: 30, environment: env)
        let back = try tmux.wait(for: "Institutions 3/")
        #expect(back.ok, "the cursor is back where it was: \(back.screen)")
        try tmux.send("5")
        let marks = try tmux.wait(for: "Marks 1/2")
        #expect(marks.ok, "\(marks.screen)")
        #expect(marks.screen.contains("*"), "marked rows carry a sign")
        try tmux.send("/", "Up")
        #expect(try tmux.wait(for: "tashkent").ok, "↑ brings back the last search")
        try tmux.send("Escape", "q")

        let listed = try Program.run(["list", "--marked", "--format", "csv"], environment: env)
        #expect(listed.status == 0)
        let ids = listed.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(ids.count == 2 && ids.contains("sco-founded"), "\(listed.stdout)")
        let none = try Program.run(["list", "--marked", "--data", Fixtures.root.appendingPathComponent("Resources/sco.json").path], environment: env)
        #expect(none.status == 0 && none.stdout.isEmpty, "marks belong to their chronicle")
    }

    /// A damaged memory file is set aside with a warning on the status line, the browser
    /// starts afresh, and the next marks are kept in a new file.
    @Test func aDamagedFileIsSetAside() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("state/sco"), withIntermediateDirectories: true)
        try "{\"version\":1,\"marks\":[".write(toFile: scratch.path("state/sco/builtin.json"), atomically: false, encoding: .utf8)
        let tmux = try Tmux(command: Tmux.sco(), width: 140, height: 30, environment: ["XDG_STATE_HOME": scratch.path("state")])
        let shown = try tmux.wait(for: "set aside")
        #expect(shown.ok, "\(shown.screen)")
        try tmux.send("m", "q")
        #expect(try tmux.wait { _ in FileManager.default.fileExists(atPath: scratch.path("state/sco/builtin.json")) }.ok)
        #expect(FileManager.default.fileExists(atPath: scratch.path("state/sco/builtin.json.damaged")))
    }
}
