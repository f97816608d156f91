import Foundation
import Testing
import TestSupport

/// The everyday path at the sizes most terminals have, through a real terminal.
@Suite(.serialized) struct EverydayScreenTests {
    func session(width: Int = 80, height: Int = 24, arguments: [String] = []) throws -> Tmux {
        let tmux = try Tmux(command: Tmux.sco(arguments), width: width, height: height)
        let started = try tmux.wait(for: "Timeline 1/")
        #expect(started.ok, "the browser did not start:\n\(started.screen)")
        return tmux
    }

    /// Every prompt shows the terminal's cursor where the next character goes, and editing
    /// moves it; leaving the prompt hides it again.
    @Test func everyPromptShowsItsCursor() throws {
        let tmux = try session()
        for (key, sign, text) in [("/", 1, "tashkent"), (":", 1, "2010"), ("e", 9, "x.csv")] {
            try tmux.send(key)
            if key == "e" { try tmux.send("C-u") }
            try tmux.type(text)
            let end = sign + text.count
            let typed = try tmux.waitForCursor { $0.shown && $0.y == 23 && $0.x == end }
            #expect(typed.ok, "\(key): \(typed.cursor)")
            try tmux.send("Left", "Left")
            #expect(try tmux.waitForCursor { $0.shown && $0.x == end - 2 }.ok, "\(key): ← moves the cursor")
            try tmux.send("C-a")
            #expect(try tmux.waitForCursor { $0.shown && $0.x == sign }.ok, "\(key): Ctrl-A goes to the start")
            try tmux.send("Escape")
            let hidden = try tmux.waitForCursor { !$0.shown }
            #expect(hidden.ok, "\(key): the cursor stays shown after the prompt: \(hidden.cursor)")
        }
    }

    /// F1, Space, b, Ctrl-O and a count, as a terminal sends them.
    @Test func familiarKeysThroughATerminal() throws {
        let tmux = try session()
        try tmux.send("F1")
        #expect(try tmux.wait(for: "Help 1–").ok, "F1 opens help")
        try tmux.send("Escape")
        #expect(try tmux.wait(for: "Timeline 1/").ok, "Esc closes help")
        try tmux.send("Space")
        #expect(try tmux.wait { !$0.contains("Timeline 1/") && $0.contains("Timeline ") }.ok, "Space pages")
        try tmux.send("0", "2", "2", "G")
        #expect(try tmux.wait(for: "Timeline 22/").ok, "022G goes to the 22nd row")
        try tmux.send("Enter", "Down", "Enter")
        #expect(try tmux.wait { !$0.contains("Timeline 22/") }.ok)
        try tmux.send("C-o")
        #expect(try tmux.wait(for: "Timeline 22/").ok, "Ctrl-O goes back")
    }

    /// A large `--data` file says what is happening until the first screen, and how to open
    /// it at once next time; the line is gone when the browser draws.
    @Test func aLargeFileSaysWhatIsHappening() throws {
        let scratch = try Scratch()
        let file = scratch.url.appendingPathComponent("large.json").path
        let made = try Program.shell("\(Tmux.sco(["generate", "--events", "20000", "--seed", "3"])) > \(Tmux.quote(file))")
        #expect(made.status == 0)
        let tmux = try Tmux(command: Tmux.sco(["--data", file]), width: 120, height: 20)
        let said = try tmux.wait(timeout: 20) { $0.contains("to open it at once next time:") && $0.contains("sco import") && $0.contains("large.db") }
        #expect(said.ok, "\(said.screen)")
        let started = try tmux.wait(timeout: 60) { $0.contains("Timeline 1/") }
        #expect(started.ok && !started.screen.contains("opening"), "\(started.screen)")
    }
}
