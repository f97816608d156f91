import Foundation
import Testing
import TestSupport

/// Broken and hostile chronicle files: `sco validate` answers each with an error and exit
/// status 65 within 5 seconds, and never crashes.
@Suite struct MalformedChronicleTests {
    static let cases: [String] = [
        "truncated", "wrong-types", "ten-megabyte-string", "deep-nesting", "invalid-utf8", "dangling-links", "empty-file", "not-an-object",
    ]

    static func contents(_ name: String) throws -> [UInt8] {
        switch name {
        case "truncated":
            let full = try Fixtures.bytes("../../Resources/sco.json")
            return Array(full.prefix(full.count * 2 / 3))
        case "wrong-types":
            return Array(#"{"title": 5, "events": {"id": 1}, "institutions": [true, null, [1]], "documents": "none"}"#.utf8)
        case "ten-megabyte-string":
            let big = String(repeating: "x", count: 10_000_000)
            return Array(#"{"events": [{"id": "a", "title": "\#(big)", "date": "\#(big)", "summary": "s", "sources": [{"paragraph": 1}]}]}"#.utf8)
        case "deep-nesting":
            return Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        case "invalid-utf8":
            return Array(#"{"title": "bad "#.utf8) + [0xFF, 0xFE, 0xC0, 0x80] + Array(#""}"#.utf8)
        case "dangling-links":
            let records = (0..<100_000).map {
                #"{"id": "e\#($0)", "title": "t", "date": "2004", "summary": "s", "institutions": ["missing-\#($0)"], "sources": [{"paragraph": 1}]}"#
            }
            return Array(("{\"events\": [" + records.joined(separator: ",\n") + "]}").utf8)
        case "empty-file":
            return []
        default:
            return Array("[1, 2, 3]".utf8)
        }
    }

    @Test(arguments: cases)
    func validateAnswersWithAnErrorQuickly(_ name: String) throws {
        let scratch = try Scratch()
        let file = scratch.path("\(name).json")
        try Data(try MalformedChronicleTests.contents(name)).write(to: URL(fileURLWithPath: file))
        let start = Date()
        let result = try Program.run(["validate", file])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 65, "\(name): exit \(result.status)")
        #expect(seconds < 5, "\(name) took \(seconds) s")
        #expect(result.stderr.contains(file + ": "), "\(name): the message names the file")
        #expect(result.stderr.utf8.count < 20_000_000, "\(name): messages stay readable")
        let browse = try Program.run(["list", "--data", file])
        #expect(browse.status == 65 && browse.stdout.isEmpty, "\(name): nothing half-loaded is shown")
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let scratch = try Scratch()
        let file = scratch.path("long.json")
        try Data(try MalformedChronicleTests.contents("ten-megabyte-string")).write(to: URL(fileURLWithPath: file))
        let result = try Program.run(["validate", file])
        #expect(result.stderr.count < 2_000, "a 10 MB value is not echoed whole")
        #expect(result.stderr.contains("events[0].date"))
    }
}
