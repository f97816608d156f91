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

    /// Two browsers on one chronicle: quitting one does not lose the other's marks.
    @Test func twoSessionsKeepEachOthersMarks() throws {
        let scratch = try Scratch()
        let env = ["XDG_STATE_HOME": scratch.path("state")]
        let first = try Tmux(command: Tmux.sco(), width: 120, height: 30, environment: env)
        let second = try Tmux(command: Tmux.sco(), width: 120, height: 30, environment: env)
        #expect(try first.wait(for: "Timeline 1/").ok && second.wait(for: "Timeline 1/").ok)
        try second.send("j", "m")
        #expect(try second.wait(for: "marked \(Builtin.chronicle.events[1].id)").ok)
        try second.send("q")
        let file = scratch.path("state/sco/builtin.json")
        func saved(_ id: String) -> Bool { (try? String(contentsOfFile: file, encoding: .utf8))?.contains(id) == true }
        // The second's marks are on disk before the first quits, however slow the machine.
        #expect(try second.wait { _ in saved(Builtin.chronicle.events[1].id) }.ok)
        try first.send("j", "j", "m")
        #expect(try first.wait(for: "marked \(Builtin.chronicle.events[2].id)").ok)
        try first.send("q")
        #expect(try first.wait { _ in saved(Builtin.chronicle.events[2].id) }.ok)
        let marks = try Program.run(["list", "--marked", "--format", "csv"], environment: env).stdout
        #expect(marks.contains(Builtin.chronicle.events[1].id) && marks.contains(Builtin.chronicle.events[2].id), "\(marks)")
    }

    /// A closed window (SIGHUP) or SIGTERM ends the program at once: the place it was at a
    /// second before is kept.
    @Test func thePlaceOutlivesAHangup() throws {
        let scratch = try Scratch()
        let env = ["XDG_STATE_HOME": scratch.path("state")]
        let inner = try scratch.script("inner.sh", "echo $$ > \(Tmux.quote(scratch.path("pid")))\nexec \(Tmux.sco())")
        let tmux = try Tmux(command: inner + "; sleep 30", width: 120, height: 30, environment: env)
        #expect(try tmux.wait(for: "Timeline 1/").ok)
        try tmux.send("3", "j", "j")
        #expect(try tmux.wait(for: "Documents 3/").ok)
        let file = scratch.path("state/sco/builtin.json")
        let written = try tmux.wait { _ in (try? String(contentsOfFile: file, encoding: .utf8))?.contains("\"pane\":\"documents\"") == true }
        #expect(written.ok, "the place is written without quitting")
        #expect(scratch.waitForFile("pid"))
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGHUP)
        let again = try Tmux(command: Tmux.sco(), width: 120, height: 30, environment: env)
        #expect(try again.wait(for: "Documents 3/").ok)
    }

    /// `list --marked` keeps the order marked across kinds, reads without changing anything,
    /// and says when there are none.
    @Test func listMarkedKeepsTheOrderAndChangesNothing() throws {
        let scratch = try Scratch()
        let env = ["XDG_STATE_HOME": scratch.path("state")]
        try FileManager.default.createDirectory(atPath: scratch.path("state/sco"), withIntermediateDirectories: true)
        let file = scratch.path("state/sco/builtin.json")
        try "{\"version\":1,\"marks\":[\"sco-charter\",\"rats\",\"charter-signed\",\"gone\",\"sco-founded\"],\"searches\":[]}"
            .write(toFile: file, atomically: false, encoding: .utf8)
        let csv = try Program.run(["list", "--marked", "--format", "csv"], environment: env)
        let ids = csv.stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(ids == ["sco-charter", "rats", "charter-signed", "sco-founded"])
        let json = try Program.run(["list", "--marked", "--format", "json"], environment: env)
        #expect(json.stdout.range(of: "\"sco-charter\"")!.lowerBound < json.stdout.range(of: "\"sco-founded\"")!.lowerBound)
        let events = try Program.run(["list", "events", "--marked"], environment: env)
        #expect(events.stdout.contains("charter-signed") && !events.stdout.contains("rats"))
        try "nonsense".write(toFile: file, atomically: false, encoding: .utf8)
        let damaged = try Program.run(["list", "--marked"], environment: env)
        #expect(damaged.stderr.contains("is damaged") && damaged.stderr.contains("no marks"))
        #expect(scratch.read("state/sco/builtin.json") == "nonsense", "a read command sets nothing aside")
    }
}
