import Foundation
import Testing
import TestSupport

/// The engine's promise, through a real terminal and the command line: a search's total and
/// every one of its matches arrive with no further key, on a busy machine too.
@Suite struct BackgroundSearchTests {
    /// The chronicle of the report: 1,000 generated events (seed 1), where "s" matches 1,063 records.
    static let database: Result<String, Error> = Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sco-bg-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let json = dir.appendingPathComponent("g.json").path, db = dir.appendingPathComponent("g.sqlite").path
        let made = try Program.shell("\(Tmux.sco(["generate", "--events", "1000", "--seed", "1"])) > \(Tmux.quote(json)) && "
                                     + Tmux.sco(["import", json, "--to", db, "--quiet"]))
        guard made.status == 0 else { throw LargeChronicleError(message: "generate and import failed: \(made.stderr)") }
        return db
    }

    @Test func theTotalArrivesWithNoKeyAndTheLastMatchIsReachableOnABusyMachine() throws {
        let db = try BackgroundSearchTests.database.get()
        let hog = CPUHog()
        defer { withExtendedLifetime(hog) {} }
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(Tmux.sco(["--db", db])); echo EXIT=$?; sleep 30"), width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/1000", timeout: 20).ok)
        try tmux.send("/")
        try tmux.type("s")
        let counted = try tmux.wait(for: "1,063 matches", timeout: 20)
        #expect(counted.ok, "the total arrives with no further key:\n\(counted.screen)")
        try tmux.send("Enter")
        #expect(try tmux.wait(for: "“s” 1,063 matches", timeout: 20).ok)
        try tmux.send("G")
        let last = try tmux.wait(for: "Results 1063/1063", timeout: 20)
        #expect(last.ok, "G reaches the last of every match:\n\(last.screen)")
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0", timeout: 20).ok)
    }

    /// CPU time (user + system, in clock ticks) a process has used so far.
    func cpuTicks(_ pid: Int32) -> Int {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // Fields after the command name (which may hold spaces) start after the last ')'.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        return fields.count > 13 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : -1
    }

    @Test func idleAfterASearchUsesNoCPU() throws {
        let db = try BackgroundSearchTests.database.get()
        let scratch = try Scratch()
        let runner = try scratch.script("run.sh", "echo $$ > '\(scratch.path("pid"))'\nexec \(Tmux.sco(["--db", db]))")
        let tmux = try Tmux(command: runner, width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/1000", timeout: 20).ok)
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        try tmux.send("/")
        try tmux.type("s")
        #expect(try tmux.wait(for: "1,063 matches", timeout: 20).ok)
        let before = cpuTicks(pid)
        Thread.sleep(forTimeInterval: 2)
        let after = cpuTicks(pid)
        #expect(before >= 0 && after - before <= 1, "idle for 2 s used \(after - before) ticks of CPU")
    }

    @Test func ctrlLRedrawsWhatSomethingElseWroteOver() throws {
        let tmux = try Tmux(command: Tmux.sco(), width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        let tty = try tmux.paneTTY()
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[5;5HSTRAY-TEXT-FROM-ELSEWHERE".utf8))
        try handle.close()
        #expect(try tmux.wait(for: "STRAY-TEXT-FROM-ELSEWHERE").ok)
        try tmux.send("C-l")
        let clean = try tmux.wait { !$0.contains("STRAY-TEXT") && $0.contains("Timeline 1/\(Builtin.events)") }
        #expect(clean.ok, "Ctrl-L repaints the whole screen:\n\(clean.screen)")
    }

    @Test func searchPrintsEveryMatchOrSaysWhereItStopped() throws {
        let db = try BackgroundSearchTests.database.get()
        let all = try Program.run(["search", "s", "--db", db])
        #expect(all.status == 0 && all.stdout.split(separator: "\n").count == 1_063 && all.stderr.isEmpty)
        let some = try Program.run(["search", "s", "--db", db, "--limit", "100"])
        #expect(some.status == 0 && some.stdout.split(separator: "\n").count == 100)
        #expect(some.stderr == "sco: 100 of 1,063 shown; --limit 0 for all\n")
        let zero = try Program.run(["search", "s", "--db", db, "--limit", "0"])
        #expect(zero.stdout == all.stdout)
        let json = try Program.run(["search", "s", "--db", db, "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1_063)
        #expect(try Program.run(["search", "s", "--db", db, "--limit", "-1"]).status == 64)
    }
}
