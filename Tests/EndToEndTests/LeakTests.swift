import Foundation
import Testing
import TestSupport

/// valgrind over a short scripted session: no memory is definitely lost.
@Suite(.serialized) struct LeakTests {
    @Test func shortSessionUnderValgrindLosesNothing() throws {
        let scratch = try Scratch()
        let log = scratch.path("valgrind.log")
        // The valgrind of Debian 12 cannot read the DWARF 5 that the config reader's C++ is built
        // with, and gives up on the whole binary: it runs a copy without debug info instead
        // (symbols stay, so a leak still names its functions).
        let binary = scratch.path("sco")
        let copied = system("objcopy --strip-debug \(Tmux.quote(Program.path)) \(Tmux.quote(binary))")
        try #require(copied == 0, "objcopy (binutils) is needed")
        let command = "valgrind --leak-check=full --log-file=\(Tmux.quote(log)) \(Tmux.quote(binary))"
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(command); echo EXIT=$?; sleep 60"), width: 100, height: 30)
        let started = try tmux.wait(timeout: 60, until: { $0.contains("Timeline 1/\(Builtin.events)") })
        #expect(started.ok, "sco did not start under valgrind:\n\(started.screen)")
        for key in ["j", "j", "/", "m", "o", "n", "g", "o", "Enter", "Enter", "Enter", "[", "?", "Escape", "3", "j", "Enter", "Tab"] {
            try tmux.send(key)
        }
        // Keys after Enter wait for the search's answer, so the burst ends where it would when typed slowly.
        let ended = try tmux.wait(timeout: 30, until: { $0.contains("Results 1/\(Builtin.matchCount("mongo"))") && $0.contains("“mongo” \(Builtin.matchCount("mongo")) matches") })
        #expect(ended.ok, "\(ended.screen)")
        try tmux.send("q")
        let exited = try tmux.wait(timeout: 60, until: { $0.contains("EXIT=") })
        #expect(exited.ok && exited.screen.contains("EXIT=0"), "\(exited.screen)")
        let report = scratch.read("valgrind.log")
        let summary = report.split(separator: "\n").filter { $0.contains("definitely lost:") || $0.contains("indirectly lost:") }
        print("valgrind: " + summary.map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }.joined(separator: "; "))
        #expect(report.contains("definitely lost: 0 bytes in 0 blocks") || report.contains("All heap blocks were freed"),
                "definite leaks:\n\(report)")
    }
}
