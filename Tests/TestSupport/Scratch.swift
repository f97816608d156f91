import Foundation

/// A temporary folder for one test, removed when the value goes away.
public final class Scratch {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sco-test-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a shell script and returns the command that runs it. The script is run by
    /// `sh`, not executed directly: a child forked meanwhile by a parallel test may still hold
    /// the file open for writing, and exec would fail with "Text file busy".
    public func script(_ name: String, _ body: String) throws -> String {
        let path = path(name)
        try (body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return "/bin/sh '\(path)'"
    }

    public func read(_ name: String) -> String {
        (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? ""
    }

    public func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: url.appendingPathComponent(name)))) ?? []
    }

    /// Waits until a file exists and is not empty, or the timeout passes.
    @discardableResult
    public func waitForFile(_ name: String, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !read(name).isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    public func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { i in self[i..<(i + needle.count)].elementsEqual(needle) }
    }

    /// Offsets where `needle` occurs.
    public func offsets(of needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= count else { return [] }
        return (0...(count - needle.count)).filter { i in self[i..<(i + needle.count)].elementsEqual(needle) }
    }
}
