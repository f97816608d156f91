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
        // The screen's rows: tabs, histogram, "2001 · 1", "15 Jun SCO founded", "2002 · 2", the
        // 2002–2003 chairmanship, "7 Jun Charter signed", "2003 · …", the first event of 2003.
        try press(tmux, x: 8, y: 5)
        let clicked = try tmux.wait(for: "Timeline 2/\(Builtin.events)")
        #expect(clicked.ok, "a click selects the row: \(clicked.screen)")
        // Another cell, so the two presses are not taken with the first click for a double one.
        try press(tmux, x: 8, y: 8, times: 2)
        let opened = try tmux.wait { $0.contains("Timeline 4/\(Builtin.events)") && $0.contains("Enter follow") }
        #expect(opened.ok, "a double click opens it: \(opened.screen)")
        try tmux.send("Escape")
        try press(tmux, x: 8, y: 10, button: 65)
        let wheeled = try tmux.wait(for: "Timeline 7/\(Builtin.events)")
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
        #expect(!moved.screen.contains("Marks") && !moved.screen.contains("marked") && !moved.screen.contains("Write"), "no byte became a key")
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
