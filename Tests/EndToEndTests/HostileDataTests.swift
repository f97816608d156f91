import Foundation
import Testing
import TestSupport

/// Escape sequences hidden in a chronicle must never reach the terminal, in the browser or
/// in the command line's text output.
@Suite(.serialized) struct HostileDataTests {
    static let forbidden: [(String, [UInt8])] = [
        ("OSC 0 title", Array("\u{1B}]0;PWNED".utf8)),
        ("clear screen", Array("Z\u{1B}[2J".utf8)),
        ("leave alternate screen", Array("Z\u{1B}[?1049l".utf8)),
        ("OSC 52 clipboard", Array("\u{1B}]52;".utf8)),
        ("OSC 8 hyperlink", Array("\u{1B}]8;;http://evil".utf8)),
        ("DCS", Array("\u{1B}P1$q".utf8)),
        ("C1 CSI", [0xC2, 0x9B]),
        ("raw C1 CSI byte", [0x9B, 0x33, 0x31]),
        ("right-to-left override", Array("\u{202E}".utf8)),
        ("BEL from data", Array("bell\u{07}".utf8)),
    ]

    func assertClean(_ bytes: [UInt8], _ what: String) {
        for (name, sequence) in HostileDataTests.forbidden {
            #expect(!bytes.contains(bytes: sequence), "\(name) reached the terminal in \(what)")
        }
    }

    @Test func browsingHostileDataSendsNoEscapeFromIt() throws {
        let scratch = try Scratch()
        let sco = Tmux.sco(["--data", Fixtures.path("hostile.json")])
        let runner = try scratch.script("run.sh", """
            script -q -e -c \(Tmux.quote(sco)) \(Tmux.quote(scratch.path("log")))
            echo EXIT=$?
            sleep 60
            """)
        let tmux = try Tmux(command: runner, width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/2").ok)
        for keys in [["j"], ["Enter"], ["j"], ["Enter"], ["["], ["2"], ["Enter"], ["3"], ["?"], ["Escape"], ["/"]] {
            try tmux.send(keys[0])
        }
        try tmux.type("evil")
        try tmux.send("Enter")
        try tmux.send("n")
        let screen = try tmux.wait(for: "␛]0;PWNED␇")
        #expect(screen.ok, "the hostile text is shown as visible stand-ins:\n\(screen.screen)")
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0").ok)
        let log = scratch.bytes("log")
        #expect(log.count > 1000, "the session was recorded")
        assertClean(log, "the browser")

        let enter = Array("\u{1B}[?1049h".utf8), leave = Array("\u{1B}[?1049l".utf8)
        let lastLeave = try #require(log.offsets(of: leave).last, "the alternate screen was left")
        #expect(log.offsets(of: enter).allSatisfy { $0 < lastLeave })
        let end = log.offsets(of: Array("Script done".utf8)).last ?? log.count
        var tail = String(decoding: log[(lastLeave + leave.count)..<end], as: UTF8.self)
        for harmless in ["\u{1B}[23;0;0t", "\u{1B}[?1l", "\u{1B}>", "\r", "\n"] { tail = tail.replacingOccurrences(of: harmless, with: "") }
        #expect(tail.isEmpty, "after leaving the alternate screen only mode resets follow, not \(tail.debugDescription)")
    }

    @Test func commandLineTextOutputIsClean() throws {
        let data = Fixtures.path("hostile.json")
        var outputs: [(String, [UInt8])] = []
        for arguments in [["list"], ["show", "hostile-one"], ["show", "hostile-inst"], ["show", "hostile-doc"],
                          ["search", "evil"], ["export", "--format", "text"], ["export", "--format", "json"],
                          ["list", "--format", "json"], ["show", "hostile-nope"]] {
            let result = try Program.run(arguments + ["--data", data])
            outputs.append((arguments.joined(separator: " "), result.stdoutBytes + Array(result.stderr.utf8)))
        }
        for (what, bytes) in outputs {
            assertClean(bytes, "sco \(what)")
            #expect(!bytes.contains(0x1B), "ESC in sco \(what)")
        }
    }

    @Test func validationMessagesQuotingDataAreClean() throws {
        let scratch = try Scratch()
        let bad = #"{"events": [{"id": "x", "title": "t", "date": "\u001b]0;PWNED\u0007", "summary": "s", "sources": [{"paragraph": 1}], "\u001b[2Jevil": 1}]}"#
        try bad.write(toFile: scratch.path("bad.json"), atomically: true, encoding: .utf8)
        let result = try Program.run(["validate", scratch.path("bad.json")])
        #expect(result.status == 65)
        #expect(!Array(result.stderr.utf8).contains(0x1B))
        #expect(result.stderr.contains("␛]0;PWNED␇"))
    }
}
