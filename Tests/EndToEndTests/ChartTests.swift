import Foundation
import Testing
import SCOModel
import TestSupport

/// The membership chart as a user meets it: in the browser in a real terminal, as text for a
/// pipe, and as an SVG picture that a real renderer draws.
@Suite struct ChartTests {
    func session(width: Int, height: Int, arguments: [String] = [], environment: [String: String] = [:]) throws -> Tmux {
        let tmux = try Tmux(command: Tmux.sco(arguments), width: width, height: height, environment: environment)
        let started = try tmux.wait(for: "Timeline 1/")
        #expect(started.ok, "the browser did not start:\n\(started.screen)")
        return tmux
    }

    /// 7 shows the chart; the cursor moves by state and year, the reading follows, Enter opens
    /// the state in the detail, and the same works at 80×24 and 200×60, with NO_COLOR too.
    @Test(arguments: [(80, 24, false), (200, 60, true)])
    func theChartMovesAndOpensAState(_ width: Int, _ height: Int, _ noColor: Bool) throws {
        let tmux = try session(width: width, height: height, environment: noColor ? ["NO_COLOR": "1"] : [:])
        try tmux.send("7")
        let shown = try tmux.wait { $0.contains("Membership 1/") && $0.contains("China 2025: founding member") }
        #expect(shown.ok, "\(shown.screen)")
        try tmux.send("j", "j", "j", "j", "j", "h", "h", "h", "h")
        let moved = try tmux.wait { $0.contains("Membership 6/") && $0.contains("Uzbekistan 2021: founding member") }
        #expect(moved.ok, "\(moved.screen)")
        try tmux.send(":")
        try tmux.type("2016")
        try tmux.send("Enter")
        let dated = try tmux.wait { $0.contains("Uzbekistan 2016: founding member") }
        #expect(dated.ok, "\(dated.screen)")
        try tmux.send("Enter")
        let opened = try tmux.wait { $0.contains("Membership 6/27 · detail") || $0.contains("Membership 6/") && $0.contains("· detail") }
        #expect(opened.ok && opened.screen.contains("Uzbekistan"), "\(opened.screen)")
        try tmux.send("q")
    }

    /// `e` on the chart writes an SVG picture to a new file, and never over an existing one.
    @Test func exportWritesTheChartAsSVG() throws {
        let scratch = try Scratch()
        let tmux = try session(width: 120, height: 35)
        try tmux.send("7", "e", "C-u")
        try tmux.type(scratch.path("members.svg"))
        try tmux.send("Enter")
        let wrote = try tmux.wait { $0.contains("wrote the chart of 27 states") }
        #expect(wrote.ok, "\(wrote.screen)")
        let svg = scratch.read("members.svg")
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        try tmux.send("e", "C-u")
        try tmux.type(scratch.path("members.svg"))
        try tmux.send("Enter")
        // Refused, with the name kept in the prompt to be changed.
        let refused = try tmux.wait { $0.contains("exists; choose a new name") && $0.contains("write to ") && $0.contains("members.svg") }
        #expect(refused.ok, "\(refused.screen)")
        #expect(scratch.read("members.svg") == svg)
        try tmux.send("Escape", "q")
    }

    /// The SVG is well-formed, names every state, and renders with librsvg to a PNG of a
    /// sensible size; the events histogram too.
    @Test(arguments: ["members", "events"])
    func theSVGRendersWithARealRenderer(_ subject: String) throws {
        let scratch = try Scratch()
        let result = try Program.run(["chart", subject, "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        try result.stdout.write(toFile: scratch.path("chart.svg"), atomically: true, encoding: .utf8)
        #expect(result.stdoutBytes.count < 120_000, "no fonts or images embedded")
        let parsed = try Program.shell("python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' \(Tmux.quote(scratch.path("chart.svg")))")
        #expect(parsed.status == 0, "not well-formed: \(parsed.stderr)")
        let rendered = try Program.shell("rsvg-convert -o \(Tmux.quote(scratch.path("chart.png"))) \(Tmux.quote(scratch.path("chart.svg")))")
        #expect(rendered.status == 0, "rsvg-convert: \(rendered.stderr)")
        let png = scratch.bytes("chart.png")
        try #require(png.count > 24 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((500...3000).contains(width) && (150...3000).contains(height), "\(width)×\(height)")
        if subject == "members" {
            #expect(height > 27 * 18, "a row for each state")
            for state in Builtin.chronicle.institutions where state.isState {
                #expect(result.stdout.contains(">\(ChartSVG.escaped(state.shortTitle ?? state.title))<"), "\(state.id) is not named")
            }
        }
    }

    /// The text chart for a pipe names every state, and draws the same glyphs the browser does;
    /// `--ascii` and a non-UTF-8 locale give ASCII only.
    @Test func theTextChartNamesEveryState() throws {
        let text = try Program.run(["chart", "members"])
        #expect(text.status == 0)
        for state in Builtin.chronicle.institutions where state.isState {
            #expect(text.stdout.contains(String((state.shortTitle ?? state.title).prefix(15))), "\(state.id) missing")
        }
        #expect(text.stdout.contains("█") && text.stdout.contains("◆") && text.stdout.contains("founder"))
        for ascii in [try Program.run(["chart", "members", "--ascii"]), try Program.run(["chart", "members"], environment: ["LANG": "C", "LC_ALL": "C"])] {
            #expect(ascii.status == 0 && ascii.stdoutBytes.allSatisfy { $0 < 0x80 }, "\(ascii.stdout)")
            #expect(ascii.stdout.contains("Uzbekistan") && ascii.stdout.contains("#"))
        }
        let events = try Program.run(["chart", "events", "--width", "60"])
        #expect(events.status == 0 && events.stdout.contains("2004  ") && events.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    /// Hostile names reach neither the SVG as markup nor the text chart as escape sequences,
    /// and a failed write is one line and status 74.
    @Test func hostileDataAndFailedWrites() throws {
        let scratch = try Scratch()
        let chronicle = """
            {"title": "<svg onload=alert(1)> \\u001b]0;x\\u0007", "events": [], "documents": [], "institutions": [
              {"id": "bad", "title": "A&B <script>x</script> \\u001b[2J", "summary": "A state.", "sources": [{"citation": "x"}],
               "statuses": [{"status": "member", "from": "2001", "sources": [{"citation": "x"}]}]}]}
            """
        try chronicle.write(toFile: scratch.path("bad.json"), atomically: true, encoding: .utf8)
        let svg = try Program.run(["chart", "members", "--format", "svg", "--data", scratch.path("bad.json")])
        #expect(svg.status == 0 && !svg.stdout.contains("<script") && !svg.stdout.contains("<svg onload") && !svg.stdoutBytes.contains(0x1B))
        let text = try Program.run(["chart", "members", "--data", scratch.path("bad.json")])
        #expect(text.status == 0 && !text.stdoutBytes.contains(0x1B) && text.stdout.contains("A&B"))
        for subject in ["members", "events"] {
            for format in ["svg", "text"] {
                let full = try Program.shell("\(Tmux.sco(["chart", subject, "--format", format])) > /dev/full")
                #expect(full.status == 74 && full.stderr.contains("cannot write"), "\(subject) \(format): \(full.status) \(full.stderr)")
            }
        }
        let empty = try Program.run(["chart", "members", "--format", "svg", "--data", Fixtures.path("timeline.json")])
        #expect(empty.status == 0)
    }
}
