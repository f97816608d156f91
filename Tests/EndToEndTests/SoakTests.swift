import Foundation
import SCOModel
import Testing
import TestSupport

/// Long sessions: memory stays flat, and garbage on the input never hurts.
@Suite(.serialized) struct SoakTests {
    static let presses = Int(ProcessInfo.processInfo.environment["SCO_SOAK_PRESSES"] ?? "") ?? 100_000

    func residentKiB(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Sends `count` key presses from a cycle that moves, switches panes, opens details,
    /// follows links, goes back and forward, and searches; then waits until all are handled.
    func press(_ tmux: Tmux, count: Int) throws {
        let cycle = Array("jjjjkk\tGgjj2jjj3kk1\r\r]\u{7F}[jk\u{7F}/tash\rnnN4jj1")
        var sent = 0
        while sent < count {
            let chunk = String((0..<min(4_000, count - sent)).map { cycle[(sent + $0) % cycle.count] })
            try tmux.type(chunk)
            sent += chunk.count
        }
        try tmux.send("?")
        let done = try tmux.wait(timeout: 600, until: { $0.contains("Search all records") })
        #expect(done.ok, "sco did not catch up with \(count) key presses")
        try tmux.send("Escape")
        #expect(try tmux.wait { !$0.contains("Search all records") }.ok)
    }

    @Test func residentMemoryStaysFlatOverAHundredThousandKeys() throws {
        let scratch = try Scratch()
        let runner = try scratch.script("run.sh", "echo $$ > '\(scratch.path("pid"))'\nexec \(Tmux.sco())")
        let tmux = try Tmux(command: runner, width: 100, height: 30)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        let pid = try #require(Int32(scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        // Warm-up: long enough for caches and the search thread's allocator to reach their
        // working size, so what follows measures growth, not filling.
        try press(tmux, count: max(2_000, SoakTests.presses / 5))
        let start = residentKiB(pid)
        var samples = [start]
        for _ in 0..<4 {
            try press(tmux, count: SoakTests.presses / 4)
            samples.append(residentKiB(pid))
        }
        print("soak: RSS after warm-up and after each \(SoakTests.presses / 4) keys: \(samples.map(String.init).joined(separator: ", ")) KiB")
        #expect(start > 0 && samples.allSatisfy { $0 > 0 })
        // Keys arrive in bursts of thousands (bigger on a loaded machine) and are handled a burst
        // at a time, so the allocator's high-water mark takes steps of a few MiB (seen: +1.5 to
        // +5 MiB, in any quarter). A leak grows in every quarter: at least one must be flat.
        let steps = zip(samples.dropFirst(), samples).map { $0 - $1 }
        #expect(samples.last! - start < 8_192, "RSS grew by \(samples.last! - start) KiB over \(SoakTests.presses) keys")
        #expect(steps.contains { $0 < 1_024 }, "RSS grew in every quarter: \(steps) KiB")
    }

    @Test func randomBytesOnInputNeverCrashIt() throws {
        let tmux = try Tmux(command: "sh -c " + Tmux.quote("\(Tmux.sco()); echo EXIT=$?; sleep 60"), width: 90, height: 25)
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
        var generator = SplitMix(seed: 52)
        let fragments: [[UInt8]] = [[0x1B], [0x1B, 0x5B], [0x1B, 0x5B, 0x31, 0x3B], [0x1B, 0x4F], [0xFF], [0xC3], [0xE2, 0x82],
                                    [0xF0, 0x9F, 0x8E], [0x00], [0x9B], [0x1B, 0x5D, 0x30, 0x3B], [0x03 + 0x7C]]
        for _ in 0..<40 {
            var bytes: [UInt8] = []
            for _ in 0..<50 {
                if Bool.random(using: &generator) {
                    bytes += fragments.randomElement(using: &generator)!
                } else {
                    bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator) == 0x71 ? 0x6A : UInt8.random(in: 0x04...0xFE, using: &generator))
                }
            }
            bytes.removeAll { $0 == 0x03 || $0 == 0x1A || $0 == 0x71 || $0 == 0x1C }
            try tmux.sendBytes(bytes)
        }
        // A partial escape sequence or character at the end of the garbage may take a key.
        try tmux.send("Escape", "Escape", "1", "1")
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.send("G")
        let responsive = try tmux.wait(for: "Timeline \(Builtin.events)/\(Builtin.events)")
        #expect(responsive.ok, "after random input, sco still answers keys:\n\(responsive.screen)")
        try tmux.send("q")
        let ended = try tmux.wait(for: "EXIT=0")
        #expect(ended.ok, "after random input, sco still quits normally:\n\(ended.screen)")
    }
}
