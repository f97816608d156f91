import Foundation
import Testing
import TestSupport
@testable import SCOModel

/// Seeded fuzzing of what reads untrusted input: the chronicle reader and the query parser.
/// A fixed number of cases runs in CI (SCO_FUZZ_CASES for more, SCO_FUZZ_SEED to repeat one);
/// the seed is in every failure message.
@Suite struct ReaderFuzzTests {
    static let cases = Int(ProcessInfo.processInfo.environment["SCO_FUZZ_CASES"] ?? "") ?? 3_000
    static let seed = UInt64(ProcessInfo.processInfo.environment["SCO_FUZZ_SEED"] ?? "") ?? 2_016

    /// Pieces that make JSON and chronicles go wrong in interesting ways.
    static let tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "1e999", "-0", "\"id\"",
                         "\"partOf\"", "\"date\"", "\"2004-13-40\"", "\"2004/2003\"", "\u{FEFF}", "\u{1B}[2J", "\u{202E}", "上海", "\n"]

    static func mutate(_ base: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        var bytes = base
        for _ in 0..<(1 + random.below(6)) {
            let at = random.below(bytes.count + 1)
            switch random.below(5) {
            case 0 where at < bytes.count: bytes[at] = UInt8(random.below(256))
            case 1: bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: at)
            case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(40)))
            case 3 where at < bytes.count:
                let piece = bytes[at..<min(bytes.count, at + 1 + random.below(200))]
                bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
            default: bytes.insert(UInt8(random.below(128)), at: at)
            }
        }
        return bytes
    }

    @Test func mutatedChroniclesAreReadOrRefusedNeverHalfRead() throws {
        var random = SplitMix(seed: ReaderFuzzTests.seed)
        let base = Array(Fixtures.exported(try Fixtures.builtin()).utf8)
        var refused = 0
        for i in 0..<ReaderFuzzTests.cases {
            let bytes = ReaderFuzzTests.mutate(base, &random)
            do {
                let chronicle = try ChronicleReader.read(bytes, file: "fuzz.json")
                // What is accepted survives a round trip unchanged.
                let once = Fixtures.exported(chronicle)
                let twice = Fixtures.exported(try ChronicleReader.read(Array(once.utf8), file: "again.json"))
                #expect(once == twice, "seed \(ReaderFuzzTests.seed), case \(i)")
            } catch {
                refused += 1
                #expect(!error.problems.isEmpty && error.lines.allSatisfy { $0.hasPrefix("fuzz.json: ") },
                        "seed \(ReaderFuzzTests.seed), case \(i)")
            }
        }
        #expect(refused > ReaderFuzzTests.cases / 2, "the mutations should mostly break the file")
    }

    /// Random queries, capitals and FTS5 syntax included, against the same chronicle in memory
    /// and in an imported database: no query fails, and both answer with the same records.
    @Test func randomQueriesGetTheSameAnswerFromFileAndDatabase() throws {
        let chronicle = try Fixtures.generated(events: 2_000, seed: 5)
        let scratch = try Scratch()
        try Fixtures.exported(chronicle).write(toFile: scratch.path("g.json"), atomically: true, encoding: .utf8)
        _ = try ChronicleImport.run(scratch.path("g.json"), to: scratch.path("g.sqlite"))
        let memory = try Store(chronicle), disk = try Store(opening: scratch.path("g.sqlite"))
        var random = SplitMix(seed: ReaderFuzzTests.seed)
        let words = ["s", "S", "sa", "Sha", "sum", "Summit", "qo", "ter", "\"", "*", "-", "NEAR", "AND", "OR", "NOT", "(", ")", "^", ":",
                     "{title}", "上", "é", "E\u{301}", "'", "\\", "0", "2004"]
        for i in 0..<(ReaderFuzzTests.cases / 10) {
            let query = SearchQuery((0..<(1 + random.below(4))).map { _ in random.pick(words) }.joined(separator: random.below(3) == 0 ? "" : " "))
            let a = try memory.matches(query), b = try disk.matches(query)
            #expect(memory.entries(rows: a.rows).map(\.id) == disk.entries(rows: b.rows).map(\.id),
                    "seed \(ReaderFuzzTests.seed), case \(i), query \(query.text)")
            #expect(a.tierEnds == b.tierEnds)
        }
    }
}
