import Foundation
import Testing
import SCOText
import TestSupport

/// The browser on a generated chronicle database of 200,000 events (SCO_E2E_EVENTS to change
/// it; the benchmark uses a million), through a real terminal.
@Suite(.serialized) struct LargeChronicleTests {
    static let events = Int(ProcessInfo.processInfo.environment["SCO_E2E_EVENTS"] ?? "") ?? 200_000

    /// Generated and imported once for the suite, by the commands a user would run.
    static let database: Result<(json: String, db: String), Error> = Result {
        let keep = FileManager.default.temporaryDirectory.appendingPathComponent("sco-large-\(events)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        let json = keep.appendingPathComponent("large.json").path, db = keep.appendingPathComponent("large.sqlite").path
        let made = try Program.shell("\(Tmux.sco(["generate", "--events", "\(events)", "--seed", "7"])) > \(Tmux.quote(json)) && "
                                     + Tmux.sco(["import", json, "--to", db]))
        guard made.status == 0 else { throw LargeChronicleError(message: "generate and import failed: \(made.stderr)") }
        return (json, db)
    }

    func session(width: Int = 100, height: Int = 30) throws -> Tmux {
        let db = try LargeChronicleTests.database.get().db
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(Tmux.sco(["--db", db])); echo EXIT=$?; sleep 30"), width: width, height: height)
        let started = try tmux.wait(for: "Timeline 1/\(LargeChronicleTests.events)", timeout: 10)
        #expect(started.ok, "the browser did not open the database:\n\(started.screen)")
        return tmux
    }

    /// `sco list events` and `sco | cat` print a page at a time, and every page lines up with
    /// the first: the widths are kept at import.
    @Test func listedTextLinesUpAcrossPages() throws {
        let db = try LargeChronicleTests.database.get().db
        let listed = try Program.shell(Tmux.sco(["--db", db, "list", "events"]))
        let piped = try Program.shell(Tmux.sco(["--db", db]) + " < /dev/null | cat")
        #expect(listed.status == 0 && piped.status == 0)
        #expect(listed.stdout == piped.stdout, "the browser's output to a pipe is the timeline as sco list prints it")
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == LargeChronicleTests.events)
        // Each line is the date padded to one width, two spaces, then the ID: the IDs start at one column.
        let idColumns = Set(lines.map { line -> Int in
            let fields = line.split(separator: "  ", omittingEmptySubsequences: true)
            guard fields.count > 1, let id = line.range(of: fields[1].drop { $0 == " " }) else { return -1 }
            return line.distance(from: line.startIndex, to: id.lowerBound)
        })
        #expect(idColumns.count == 1, "IDs start at \(idColumns.sorted().prefix(5))")
    }

    @Test func opensAtTheStartAndGoesToTheLastEventAndBack() throws {
        let tmux = try session()
        #expect(try tmux.screen().contains("Synthetic chronicle"))
        try tmux.send("G")
        let last = try tmux.wait(for: "Timeline \(LargeChronicleTests.events)/\(LargeChronicleTests.events)")
        #expect(last.ok, "\(last.screen)")
        #expect(last.screen.contains("2026"), "the last events are dated 2026:\n\(last.screen)")
        try tmux.send("PPage", "PPage")
        // A page is the 27 rows between the histogram strip and the status line of a 30-row terminal.
        let paged = try tmux.wait(for: "Timeline \(LargeChronicleTests.events - 2 * 27)/")
        #expect(paged.ok, "two pages up from the end:\n\(paged.screen)")
        try tmux.send("g")
        #expect(try tmux.wait(for: "Timeline 1/\(LargeChronicleTests.events)").ok)
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0").ok)
    }

    @Test func searchShowsResultsThenEveryMatch() throws {
        let db = try LargeChronicleTests.database.get().db
        let expected = try Program.run(["search", "ta", "--db", db]).stdout.split(separator: "\n").count
        #expect(expected > 1_000)
        let tmux = try session()
        try tmux.send("/")
        try tmux.type("ta")
        let counted = try tmux.wait(for: "\(expected.grouped) matches", timeout: 20)
        #expect(counted.ok, "a search matching thousands shows its total:\n\(counted.screen)")
        try tmux.send("Enter", "G")
        let last = try tmux.wait(for: "Results \(expected)/\(expected)", timeout: 20)
        #expect(last.ok, "G reaches the last match:\n\(last.screen)")
    }

    /// A busy institution's detail lists every event of its family, as one list that `G`
    /// scrolls to the end of: no "and N more" cut, no placeholder left on screen.
    @Test func aBusyInstitutionListsEveryEventToTheLast() throws {
        let tmux = try session(width: 120, height: 40)
        try tmux.send("2")
        #expect(try tmux.wait(for: "Institutions 1/").ok)
        try tmux.send("Enter")
        let detail = try tmux.wait { $0.range(of: #"Events(, its own and its parts')? · [\d,]+"#, options: .regularExpression) != nil }
        #expect(detail.ok, "\(detail.screen)")
        try tmux.send("G")
        let end = try tmux.wait { screen in
            let lines = screen.split(separator: "\n")
            guard let status = lines.last, !status.contains("↓"), status.contains("detail") else { return false }
            return lines.dropLast().last?.contains("▸") == true && !screen.contains("▸ …")
        }
        #expect(end.ok && !end.screen.contains(" more"), "G reaches the last event of a busy institution:\n\(end.screen)")
    }

    @Test func importShowsProgressOnATerminalAndReplacesTheDatabaseWhole() throws {
        let (json, _) = try LargeChronicleTests.database.get()
        let scratch = try Scratch()
        let target = scratch.path("again.sqlite")
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(Tmux.sco(["import", json, "--to", target])); echo EXIT=$?; sleep 30"),
                            width: 100, height: 10)
        let progress = try tmux.wait(timeout: 60) { $0.range(of: #"\] +\d+%  \d+ records  \d+/s  ETA \d+ s"#, options: .regularExpression) != nil }
        #expect(progress.ok, "a progress bar with records, rate and time left:\n\(progress.screen)")
        #expect(!FileManager.default.fileExists(atPath: target), "nothing at the destination until the import is complete")
        let done = try tmux.wait(for: "EXIT=0", timeout: 120)
        #expect(done.ok && done.screen.contains("\(LargeChronicleTests.events) events"), "\(done.screen)")
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test func anInterruptedImportLeavesNothing() throws {
        let (json, _) = try LargeChronicleTests.database.get()
        let scratch = try Scratch()
        // Ctrl-C signals the whole foreground group; the shell traps it to report the status.
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("trap : INT; \(Tmux.sco(["import", json, "--to", scratch.path("x.sqlite")])); echo EXIT=$?; sleep 30"),
                            width: 100, height: 10)
        #expect(try tmux.wait(timeout: 60) { $0.contains("records") && $0.contains("ETA") }.ok)
        try tmux.send("C-c")
        let stopped = try tmux.wait(for: "EXIT=130", timeout: 10)
        #expect(stopped.ok && stopped.screen.contains("import interrupted; nothing was written"), "\(stopped.screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    /// Every signal that ends a process ends an import cleanly: the status says which, and
    /// nothing is left beside the destination. (SIGKILL cannot be caught: see
    /// ImportDestinationTests for how the next import removes what it leaves.)
    @Test(arguments: [SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGHUP, SIGSEGV, SIGABRT])
    func everyEndingSignalLeavesNothing(_ number: Int32) throws {
        let (json, _) = try LargeChronicleTests.database.get()
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("out"), withIntermediateDirectories: true)
        let runner = try scratch.script("run.sh", "echo $$ > \(Tmux.quote(scratch.path("pid")))\nexec \(Tmux.sco(["import", json, "--to", scratch.path("out/x.sqlite")]))")
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(runner); echo EXIT=$?; sleep 30"), width: 100, height: 10)
        #expect(try tmux.wait(timeout: 60) { $0.contains("records") && $0.contains("ETA") }.ok)
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, number) == 0)
        let stopped = try tmux.wait(for: "EXIT=\(128 + number)", timeout: 20)
        #expect(stopped.ok, "signal \(number):\n\(stopped.screen)")
        let crash = [SIGSEGV, SIGABRT].contains(number)
        #expect(stopped.screen.contains("sco: internal error (crashed); please report it") == crash, "signal \(number):\n\(stopped.screen)")
        #expect(!stopped.screen.contains("Program crashed"), "no backtracer held the import:\n\(stopped.screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("out")).isEmpty, "signal \(number) left a file")
    }

    @Test func twoBrowsersReadOneDatabaseAtOnce() throws {
        let first = try session()
        let second = try session()
        try first.send("G")
        try second.send("/")
        try second.type("summit")
        #expect(try first.wait(for: "Timeline \(LargeChronicleTests.events)/").ok)
        #expect(try second.wait(for: "/summit").ok)
    }
}

struct LargeChronicleError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
