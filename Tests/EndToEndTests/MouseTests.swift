import Foundation
import Testing
import TestSupport

/// The mouse, as a terminal reports it: SGR sequences (`ESC [ < button ; column ; row M`) fed
/// to the program's pty.
@Suite(.serialized) struct MouseTests {
    /// Presses (and releases) a button `times` times in one write, as a quick hand would.
    func press(_ tmux: Tmux, x: Int, y: Int, button: Int = 0, times: Int = 1) throws {
        let once = Array("\u{1B}[<\(button);\(x + 1);\(y + 1)M".utf8) + (button < 64 ? Array("\u{1B}[<\(button);\(x + 1);\(y + 1)m".utf8) : [])
        try tmux.sendBytes(Array(repeatElement(once, count: times).joined()))
    }

    /// A click selects a row, a double click opens it, the wheel moves the list, a click on a
    /// tab shows its pane; on exit the terminal is told to stop reporting the mouse.
    @Test func clicksAndTheWheel() throws {
        let scratch = try Scratch()
        let log = scratch.path("session.raw")
        let command = "script -q -f -c " + Tmux.quote(Tmux.sco(["--mouse"])) + " " + Tmux.quote(log) + "; echo DONE; sleep 30"
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(command), width: 120, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        // The screen's rows: tabs, histogram, then each year's heading ("2001 · 3") and its
        // events, numbered as the status line counts them (nil for a heading).
        var rows: [Int?] = [], place = 0
        for year in Builtin.chronicle.events.map({ $0.date!.start.year }) {
            if place == 0 || Builtin.chronicle.events[place - 1].date!.start.year != year { rows.append(nil) }
            place += 1
            rows.append(place)
        }
        let first = try #require(rows[5 - 2], "screen row 5 holds an event"), second = try #require(rows[8 - 2], "and row 8")
        try press(tmux, x: 8, y: 5)
        let clicked = try tmux.wait(for: "Timeline \(first)/\(Builtin.events)")
        #expect(clicked.ok, "a click selects the row: \(clicked.screen)")
        // Another cell, so the two presses are not taken with the first click for a double one.
        try press(tmux, x: 8, y: 8, times: 2)
        let opened = try tmux.wait { $0.contains("Timeline \(second)/\(Builtin.events)") && $0.contains("Enter follow") }
        #expect(opened.ok, "a double click opens it: \(opened.screen)")
        try tmux.send("Escape")
        try press(tmux, x: 8, y: 10, button: 65)
        let wheeled = try tmux.wait(for: "Timeline \(second + 3)/\(Builtin.events)")
        #expect(wheeled.ok, "the wheel moves three rows: \(wheeled.screen)")
        try press(tmux, x: 16, y: 0)
        #expect(try tmux.wait(for: "Institutions 1/").ok, "a click on a tab shows its pane")
        try tmux.send("q")
        #expect(try tmux.wait(for: "DONE").ok)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let on = bytes.firstRange(of: Array("\u{1B}[?1000h\u{1B}[?1006h".utf8))
        let off = bytes.lastRange(of: Array("\u{1B}[?1006l\u{1B}[?1000l".utf8))
        #expect(on != nil && off != nil && on!.lowerBound < off!.lowerBound, "mouse reporting is turned on, then off at exit")
    }

    /// Broken and hostile reports are passed over, and the keys after them still work; clicks
    /// off the rows and at huge coordinates do nothing.
    @Test func malformedReportsArePassedOver() throws {
        let tmux = try Tmux(command: Tmux.sco(["--mouse"]), width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        for junk in ["\u{1B}[<99999999;1;1M", "\u{1B}[<0;0;0M", "\u{1B}[<;;M", "\u{1B}[<0;5;", "\u{1B}[<2;5;6M", "\u{1B}[<32;5;6M",
                     "\u{1B}[<0;99999;99999M", "\u{1B}[<64;500;500M", "\u{1B}[<0;-1;5m", "\u{1B}[<0;99999999999999999999999;5m",
                     "\u{1B}[<0;1e;5m", "\u{1B}[Mb5m"] {
            try tmux.sendBytes(Array(junk.utf8))
        }
        // A whole report in two writes is one report, not keys.
        try tmux.sendBytes(Array("\u{1B}[<64;5;".utf8))
        try tmux.sendBytes(Array("10M".utf8))
        try tmux.send("j")
        let moved = try tmux.wait(for: "Timeline 2/\(Builtin.events)")
        #expect(moved.ok, "\(moved.screen)")
        // Neither the tab bar nor the status line shows what a stray key would have done.
        let bars = moved.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let status = bars.last { !$0.isEmpty } ?? "", tabs = bars.first ?? ""
        #expect(!tabs.contains("Marks") && !status.contains("marked") && !status.contains("Write"), "no byte became a key")
    }

    /// A signal with mouse reporting on turns it off as it restores the terminal.
    @Test func aSignalTurnsReportingOff() throws {
        let scratch = try Scratch()
        let log = scratch.path("session.raw")
        let inner = try scratch.script("inner.sh", "echo $$ > \(Tmux.quote(scratch.path("pid")))\nexec \(Tmux.sco(["--mouse"]))")
        let command = "script -q -f -c " + Tmux.quote(inner) + " " + Tmux.quote(log) + "; echo DONE; sleep 30"
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(command), width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        #expect(scratch.waitForFile("pid"))
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGTERM)
        #expect(try tmux.wait(for: "DONE").ok)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let on = try #require(bytes.firstRange(of: Array("\u{1B}[?1000h".utf8)))
        let off = try #require(bytes.lastRange(of: Array("\u{1B}[?1000l".utf8)))
        #expect(on.lowerBound < off.lowerBound)
    }

    /// Without --mouse (or the config's mouse = true) the terminal is never asked for reports.
    @Test func offByDefault() throws {
        let scratch = try Scratch()
        let log = scratch.path("session.raw")
        let command = "script -q -f -c " + Tmux.quote(Tmux.sco()) + " " + Tmux.quote(log) + "; echo DONE; sleep 30"
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(command), width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("q")
        #expect(try tmux.wait(for: "DONE").ok)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        #expect(bytes.firstRange(of: Array("\u{1B}[?1000h".utf8)) == nil && bytes.firstRange(of: Array("1000h".utf8)) == nil)
    }
}

extension Array where Element == UInt8 {
    func lastRange(of pattern: [UInt8]) -> Range<Int>? {
        var found: Range<Int>?
        var rest = self[...]
        while let range = rest.firstRange(of: pattern) {
            found = range
            rest = rest[range.upperBound...]
        }
        return found
    }
}
