import Foundation
import Testing
import TestSupport

/// TimelineJS and CSV through the command line and the browser.
@Suite(.serialized) struct OtherFormatsTests {
    @Test func aTimelineJSFileImportsBrowsesAndExportsBack() throws {
        let scratch = try Scratch()
        let timeline = Fixtures.path("timeline.json")
        let imported = try Program.run(["import", timeline, "--to", scratch.path("t.sqlite"), "--quiet"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("3 events, 2 institutions"))
        let tmux = try Tmux(command: Tmux.sco(["--db", scratch.path("t.sqlite")]), width: 120, height: 30)
        let shown = try tmux.wait(for: "Timeline 1/3")
        #expect(shown.ok && shown.screen.contains("Six states create the SCO & sign a declaration."), "\(shown.screen)")
        try tmux.send("j")
        let evil = try tmux.wait(for: "Timeline 2/3")
        #expect(evil.ok && evil.screen.contains("Charter ␛[31msigned␛[0m"), "escapes are shown, not obeyed: \(evil.screen)")
        try tmux.send("q")
        let first = try Program.run(["export", "--db", scratch.path("t.sqlite"), "--format", "timelinejs"])
        #expect(first.status == 0)
        try first.stdout.write(toFile: scratch.path("back.json"), atomically: false, encoding: .utf8)
        let second = try Program.run(["export", "--data", scratch.path("back.json"), "--format", "timelinejs"])
        #expect(second.stdout == first.stdout, "export, read back, export: the same bytes")
        let validated = try Program.run(["validate", scratch.path("back.json")])
        #expect(validated.status == 0 && validated.stdout.contains("valid (3 events, 2 institutions, 0 documents)"))
    }

    /// A bad file: every problem with its place, exit 65, and nothing written.
    @Test func aBadFileWritesNothing() throws {
        let scratch = try Scratch()
        try "{\"events\": [{\"start_date\": {\"year\": 2001, \"month\": 13}, \"text\": {\"headline\": \"a\"}}, {\"text\": {}}]}"
            .write(toFile: scratch.path("bad.json"), atomically: false, encoding: .utf8)
        let result = try Program.run(["import", scratch.path("bad.json"), "--to", scratch.path("bad.sqlite"), "--quiet"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.json: events[0].start_date.month: expected a month from 1 to 12"))
        #expect(result.stderr.contains("bad.json: events[1].start_date: missing required field"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("")) == ["bad.json"])
        try "id,date,title\nx,2001-02-30,T\n".write(toFile: scratch.path("bad.csv"), atomically: false, encoding: .utf8)
        let csv = try Program.run(["import", scratch.path("bad.csv"), "--to", scratch.path("c.sqlite"), "--quiet"])
        #expect(csv.status == 65 && csv.stderr.contains("bad.csv: line 2, date:"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("c.sqlite")))
    }

    /// `--from` names the format when the content does not tell it, and a wrong one is refused
    /// with the problems of reading the file as that format.
    @Test func fromNamesTheFormat() throws {
        let scratch = try Scratch()
        let list = try Program.run(["list", "events", "--format", "csv"])
        try list.stdout.write(toFile: scratch.path("events.txt"), atomically: false, encoding: .utf8)
        let imported = try Program.run(["import", scratch.path("events.txt"), "--from", "csv", "--to", scratch.path("e.sqlite"), "--quiet"])
        #expect(imported.status == 0 && imported.stderr.contains("\(Builtin.events) events"), "\(imported.stderr)")
        let wrong = try Program.run(["import", Fixtures.path("timeline.json"), "--from", "sco", "--to", scratch.path("w.sqlite"), "--quiet"])
        #expect(wrong.status == 65 && wrong.stderr.contains("unknown field"))
    }

    /// `6` lists the sources; the article first, with the records citing it, followed by Enter.
    @Test func theSourcesPaneInATerminal() throws {
        let tmux = try Tmux(command: Tmux.sco(), width: 120, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/").ok)
        try tmux.send("6")
        let sources = try tmux.wait { $0.contains("Sources 1/") && $0.contains("Article (2016)") && $0.contains("Cited by · ") }
        #expect(sources.ok, "\(sources.screen)")
        try tmux.send("Enter", "Enter")
        let followed = try tmux.wait { $0.contains("Timeline 1/") && $0.contains("· detail") }
        #expect(followed.ok, "the first record citing the article is the first event: \(followed.screen)")
        try tmux.send("q")
    }
}
