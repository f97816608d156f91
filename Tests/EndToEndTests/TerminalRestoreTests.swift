import Foundation
import SCOModel
import Testing
import TestSupport

/// However sco ends, the user's terminal comes back as it was.
@Suite(.serialized) struct TerminalRestoreTests {
    /// Starts sco directly on the pane's tty between two `stty -g` snapshots; sco's PID is
    /// written to `pid` (the inner shell execs it).
    func start(_ scratch: Scratch, arguments: [String] = []) throws -> Tmux {
        let inner = try scratch.script("inner.sh", "echo $$ > \(Tmux.quote(scratch.path("pid")))\nexec \(Tmux.sco(arguments))")
        let outer = try scratch.script("outer.sh", """
            ulimit -c 0
            stty -g > \(Tmux.quote(scratch.path("before")))
            \(inner)
            echo EXIT=$?
            stty -g > \(Tmux.quote(scratch.path("after")))
            sleep 60
            """)
        let tmux = try Tmux(command: outer, width: 90, height: 25)
        let started = try tmux.wait(for: "Timeline 1/\(Builtin.events)")
        #expect(started.ok, "\(started.screen)")
        return tmux
    }

    func expectRestored(_ scratch: Scratch, _ tmux: Tmux, exit: Int, _ how: String) throws {
        let ended = try tmux.wait(for: "EXIT=\(exit)")
        #expect(ended.ok, "\(how): expected exit \(exit):\n\(ended.screen)")
        #expect(scratch.waitForFile("after"))
        #expect(scratch.read("before") == scratch.read("after"), "\(how) left the tty modes changed")
        #expect(!ended.screen.contains("Timeline 1/\(Builtin.events)"), "\(how) left the browser on screen")
    }

    func signal(_ scratch: Scratch, _ number: Int32) throws {
        #expect(scratch.waitForFile("pid"))
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, number)
    }

    @Test func quitKey() throws {
        let scratch = try Scratch()
        let tmux = try start(scratch)
        try tmux.send("j", "q")
        try expectRestored(scratch, tmux, exit: 0, "q")
    }

    @Test func ctrlC() throws {
        let scratch = try Scratch()
        let tmux = try start(scratch)
        try tmux.send("/")
        try tmux.type("ra")
        try tmux.send("C-c")
        try expectRestored(scratch, tmux, exit: 0, "Ctrl-C in the search prompt")
    }

    /// Termination signals, and the signals of a crash (a bad access, a Swift trap, an abort):
    /// the terminal comes back at once, never held by a backtracer.
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131), (SIGSEGV, 139), (SIGILL, 132), (SIGTRAP, 133), (SIGABRT, 134)])
    func signals(_ number: Int32, _ status: Int) throws {
        let scratch = try Scratch()
        let tmux = try start(scratch)
        try signal(scratch, number)
        try expectRestored(scratch, tmux, exit: status, "signal \(number)")
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try Tmux(command: "bash --norc --noprofile -i", width: 90, height: 25, environment: ["PS1": "PROMPT$ "])
        #expect(try tmux.wait(for: "PROMPT$").ok)
        try tmux.type(Tmux.sco())
        try tmux.send("Enter")
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("j", "C-z")
        let stopped = try tmux.wait { $0.contains("Stopped") && !$0.contains("Timeline 2/\(Builtin.events)") }
        #expect(stopped.ok, "Ctrl-Z should give the shell back:\n\(stopped.screen)")
        try tmux.type("fg")
        try tmux.send("Enter")
        let back = try tmux.wait(for: "Timeline 2/\(Builtin.events)")
        #expect(back.ok, "fg should redraw the browser where it was:\n\(back.screen)")
        try tmux.send("q")
        #expect(try tmux.wait { $0.contains("PROMPT$") && !$0.contains("Timeline 2/\(Builtin.events)") }.ok)
    }
}

/// Terminals and locales a server may have.
@Suite(.serialized) struct TerminalTypeTests {
    func run(_ environment: [String: String], arguments: [String] = [], unset: [String] = []) throws -> Tmux {
        let command = "sh -c " + Tmux.quote("\(unset.map { "unset \($0); " }.joined())\(Tmux.sco(arguments)); echo EXIT=$?; sleep 60")
        return try Tmux(command: command, width: 90, height: 25, environment: environment)
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func worksUnder(_ term: String) throws {
        let tmux = try run(["TERM": term])
        let started = try tmux.wait(for: "Timeline 1/\(Builtin.events)")
        #expect(started.ok, "TERM=\(term):\n\(started.screen)")
        try tmux.send("j")
        #expect(try tmux.wait(for: "Timeline 2/\(Builtin.events)").ok)
        try tmux.send("/")
        try tmux.type("mongolia observer")
        try tmux.send("Enter")
        #expect(try tmux.wait(for: "Mongolia becomes the first SCO observer").ok)
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0").ok)
    }

    @Test func unknownTermFallsBackAndSaysSo() throws {
        let tmux = try run(["TERM": "xterm-kitty"])
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("q")
        let ended = try tmux.wait(for: "EXIT=0")
        #expect(ended.ok)
        #expect(ended.screen.contains("unknown terminal type \"xterm-kitty\"; used xterm-256color"))
    }

    @Test(arguments: ["dumb", ""])
    func dumbOrUnsetTermIsRefused(_ term: String) throws {
        let tmux = try term.isEmpty ? run([:], unset: ["TERM"]) : run(["TERM": term])
        let ended = try tmux.wait(for: "EXIT=2")
        #expect(ended.ok, "\(ended.screen)")
        #expect(ended.screen.contains("sco list") && ended.screen.contains("cannot show the browser"))
    }

    @Test func unsetLocaleStillDrawsUTF8() throws {
        let tmux = try run([:], unset: ["LANG", "LC_ALL", "LC_CTYPE"])
        let screen = try tmux.wait(for: "Timeline 1/\(Builtin.events)")
        #expect(screen.ok)
        #expect(screen.screen.contains("│") && screen.screen.contains("·"))
    }

    @Test(arguments: [(["LANG": "C"], [String]()), (["LANG": "C.UTF-8"], ["--ascii"])])
    func asciiWhenTheLocaleIsNotUTF8(_ environment: [String: String], _ arguments: [String]) throws {
        let tmux = try run(environment, arguments: ["--data", Fixtures.path("unicode.json")] + arguments)
        let screen = try tmux.wait(for: "Timeline 1/3")
        #expect(screen.ok, "\(screen.screen)")
        let ascii = screen.screen.allSatisfy { $0.isASCII }
        #expect(ascii, "only ASCII on a non-UTF-8 terminal:\n\(screen.screen)")
        #expect(screen.screen.contains("| ") && screen.screen.contains("Zurich"))
    }

    @Test func noColorKeepsSelectionAndMatchesVisible() throws {
        let tmux = try run(["NO_COLOR": "1"])
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("/")
        try tmux.type("tash")
        #expect(try tmux.wait(for: "/tash").ok)
        let colored = try tmux.screen(colors: true)
        let colors = (30...37).flatMap { ["\u{1B}[\($0)m", ";\($0)m", "\u{1B}[\($0);"] } + ["38;5"]
        #expect(!colors.contains { colored.contains($0) }, "no foreground colors with NO_COLOR")
        #expect(colored.contains("\u{1B}[7m") || colored.contains(";7m"), "the selection is in reverse video")
        #expect(colored.contains("\u{1B}[1;4m") || colored.contains("4m"), "matches are bold and underlined")
    }

    /// With colours, the only one is the accent that reads on dark and light backgrounds:
    /// no basic colour (yellow on white was 1.7:1), the accent on headings and matches.
    @Test func coloursAreOnlyTheAccent() throws {
        // The test runner sets NO_COLOR; an empty one is unset, as the NO_COLOR convention says.
        let tmux = try run(["TERM": "xterm-256color", "NO_COLOR": ""])
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("/")
        try tmux.type("tash")
        #expect(try tmux.wait(for: "/tash").ok)
        let colored = try tmux.screen(colors: true)
        let basics = (30...37).flatMap { ["\u{1B}[\($0)m", ";\($0)m", "\u{1B}[\($0);"] }
        #expect(!basics.contains { colored.contains($0) }, "a basic foreground colour is used:\n\(colored)")
        #expect(colored.contains("38;5;163"), "headings and matches take the accent")
    }

    /// Seconds from pressing Esc on the help screen until the help is gone.
    func escapeLatency(_ environment: [String: String]) throws -> Double {
        let tmux = try run(environment)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        try tmux.send("?")
        #expect(try tmux.wait(for: "Search all records").ok)
        let start = Date()
        try tmux.send("Escape")
        let closed = try tmux.wait(timeout: 5) { !$0.contains("Search all records") }
        #expect(closed.ok)
        return Date().timeIntervalSince(start)
    }

    @Test func escIsAnsweredFastAndESCDELAYWins() throws {
        let local = try escapeLatency([:])
        let configured = try escapeLatency(["ESCDELAY": "1500"])
        print("Esc latency: \(Int(local * 1000)) ms by default, \(Int(configured * 1000)) ms with ESCDELAY=1500")
        #expect(local < 0.4, "Esc took \(local) s")
        #expect(configured > 1.2, "ESCDELAY in the environment should win, Esc took \(configured) s")
    }

    @Test func notATerminalPrintsPlainText() throws {
        let result = try Program.run([])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("15 Jun 2001"))
        #expect(!result.stdoutBytes.contains(0x1B))
    }
}

/// Any size, any number of resizes.
@Suite(.serialized) struct TerminalSizeTests {
    func session(width: Int, height: Int) throws -> Tmux {
        try Tmux(command: "sh -c " + Tmux.quote("\(Tmux.sco()); echo EXIT=$?; sleep 60"), width: width, height: height)
    }

    @Test(arguments: [(1, 1), (10, 3), (300, 100)])
    func startsAtAnySize(_ width: Int, _ height: Int) throws {
        let tmux = try session(width: width, height: height)
        if width >= 30 {
            #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        } else {
            Thread.sleep(forTimeInterval: 0.5)
        }
        try tmux.send("j", "G", "/")
        try tmux.type("x")
        try tmux.send("Enter", "q")
        try tmux.resize(width: 80, height: 24)
        #expect(try tmux.wait(for: "EXIT=0").ok, "sco survives \(width)×\(height) and quits cleanly")
    }

    @Test func resizeStormEndsLikeAFreshStart() throws {
        let tmux = try session(width: 80, height: 24)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        var generator = SplitMix(seed: 2016)
        let start = Date()
        for _ in 0..<200 {
            try tmux.resize(width: Int.random(in: 1...220, using: &generator), height: Int.random(in: 1...70, using: &generator))
        }
        #expect(Date().timeIntervalSince(start) < 10)
        try tmux.resize(width: 97, height: 31)
        let stormed = try tmux.wait(timeout: 5) { $0.contains("Timeline 1/\(Builtin.events)") && $0.split(separator: "\n").count >= 30 }
        #expect(stormed.ok)
        let fresh = try session(width: 97, height: 31)
        #expect(try fresh.wait(for: "Timeline 1/\(Builtin.events)").ok)
        // Both settle (work after the first frame may still be drawing): they must end alike.
        let deadline = Date().addingTimeInterval(5)
        var screens = (try tmux.screen(), try fresh.screen())
        while screens.0 != screens.1, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screens = (try tmux.screen(), try fresh.screen())
        }
        #expect(screens.0 == screens.1, "the frame after the storm is a fresh start's frame:\n\(screens.0)\n---\n\(screens.1)")
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0").ok)
    }
}
