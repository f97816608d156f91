import Foundation
import Testing
import TestSupport
@testable import SCOModel

@Suite struct SyntheticChronicleTests {
    func generate(_ events: Int, seed: UInt64) -> String {
        var text = ""
        SyntheticChronicle(events: events, seed: seed).write { text += $0 }
        return text
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        #expect(generate(500, seed: 3) == generate(500, seed: 3))
        #expect(generate(500, seed: 3) != generate(500, seed: 4))
    }

    @Test func isAValidVariedChronicle() throws {
        let chronicle = try ChronicleReader.read(Array(generate(5_000, seed: 11).utf8), file: "synthetic")
        #expect(chronicle.events.count == 5_000 && chronicle.documents.count == 250 && chronicle.institutions.count == 100)
        let years = chronicle.events.compactMap { $0.date?.start.year }
        #expect(years.min()! >= 1990 && years.max()! <= 2026 && Set(years).count == 37)
        #expect(chronicle.events.contains { $0.date?.single == nil } && chronicle.events.contains { $0.date?.start.day == nil })
        #expect(Set(chronicle.events.map { $0.title.split(separator: " ").first! }).count == SyntheticChronicle.occasions.count)
        let words = Set(chronicle.events.flatMap { $0.summary.lowercased().split(separator: " ") })
        #expect(words.count > 4_000, "a large vocabulary")
        #expect(chronicle.events.allSatisfy { $0.summary.split(separator: " ").count == 40 })
        #expect(chronicle.institutions.contains { $0.partOf != nil })
    }

    @Test func matchesTheJSONSchema() throws {
        let scratch = try Scratch()
        try generate(300, seed: 5).write(toFile: scratch.path("g.json"), atomically: true, encoding: .utf8)
        let schema = Fixtures.directory.appendingPathComponent("../../Resources/sco.schema.json").standardized.path
        let check = "import json, jsonschema; jsonschema.validate(json.load(open('\(scratch.path("g.json"))')), json.load(open('\(schema)')))"
        #expect(system("python3 -c \"\(check)\"") == 0, "the generated chronicle does not match the schema")
    }

    @Test func theBuiltinChronicleMatchesTheJSONSchema() throws {
        let file = Fixtures.directory.appendingPathComponent("../../Resources/sco.json").standardized.path
        let schema = Fixtures.directory.appendingPathComponent("../../Resources/sco.schema.json").standardized.path
        let check = "import json, jsonschema; jsonschema.validate(json.load(open('\(file)')), json.load(open('\(schema)')))"
        #expect(system("python3 -c \"\(check)\"") == 0)
    }

    @Test func commandLineWritesIt() throws {
        let first = try Program.run(["generate", "--events", "200", "--seed", "9"])
        let again = try Program.run(["generate", "--events", "200", "--seed", "9"])
        #expect(first.status == 0 && first.stdoutBytes == again.stdoutBytes)
        #expect(first.stdout == generate(200, seed: 9))
        #expect(try Program.run(["generate", "--events", "0"]).status != 0)
    }
}
