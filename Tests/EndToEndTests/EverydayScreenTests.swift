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
}
