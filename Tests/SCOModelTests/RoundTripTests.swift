import Testing
import TestSupport
@testable import SCOModel

@Suite struct RoundTripTests {
    @Test func exportThenLoadGivesTheSameBytes() throws {
        let first = Fixtures.exported(try Fixtures.builtin())
        let again = Fixtures.exported(try ChronicleReader.read(Array(first.utf8), file: "x.json"))
        #expect(first == again)
    }

    @Test func theShippedFileIsInExportForm() throws {
        let shipped = String(decoding: try Fixtures.builtin().exportBytes, as: UTF8.self)
        #expect(shipped == Fixtures.exported(try Fixtures.builtin()))
    }

    @Test func writerEscapesControlCharacters() throws {
        let value = JSONValue.string("a\u{1B}[2J\u{9B}\u{202E}b\"\\")
        #expect(JSONWriter.write(value) == "\"a\\u001b[2J\\u009b\\u202eb\\\"\\\\\"\n")
        #expect(try JSONParser.parse(Array(JSONWriter.write(value).utf8)) == value)
    }
}

/// Text that is odd but valid must come back byte for byte through every path that stores it.
@Suite struct OddTextRoundTripTests {
    static let pieces = ["line\nbreak", "carriage\r\nreturn", "tab\there", "\u{1B}[2J", "\u{9B}31m", "\u{202E}RLO", "\u{2028}",
                         "\u{FEFF}bom", "zwj👨\u{200D}👩\u{200D}👧", "🇺🇿🇰🇿", "上海合作组织", "e\u{301}", "\"quoted\" \\ back",
                         "\u{7F}", "\u{200E}\u{200F}\u{061C}", "\u{10FFFF}", String(repeating: "w", count: 5_000)]

    /// A generated chronicle with odd pieces spliced into titles and summaries, in file form.
    static func oddChronicle(seed: UInt64) -> String {
        var text = ""
        SyntheticChronicle(events: 300, seed: seed).write { text += $0 }
        var random = SplitMix(seed: seed)
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "\"summary\": \"") ?? rest.range(of: "\"title\": \"") {
            out += rest[..<range.upperBound]
            let escaped = JSONWriter.write(.string(random.pick(pieces) + " ")).dropFirst().dropLast(2)
            out += escaped
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func exportImportExportIsByteIdentical(_ seed: UInt64) throws {
        let first = Fixtures.exported(try ChronicleReader.read(Array(OddTextRoundTripTests.oddChronicle(seed: seed).utf8), file: "odd.json"))
        let scratch = try Scratch()
        try first.write(toFile: scratch.path("odd.json"), atomically: true, encoding: .utf8)
        _ = try ChronicleImport.run(scratch.path("odd.json"), to: scratch.path("odd.sqlite"))
        let store = try Store(opening: scratch.path("odd.sqlite"))
        var fromDatabase = ""
        ChronicleWriter.write(title: store.title, records: { kind, each in store.forEachRecord(kind, each) }) { fromDatabase += $0 }
        #expect(fromDatabase == first, "the database changed the text")
        let again = Fixtures.exported(try ChronicleReader.read(Array(fromDatabase.utf8), file: "again.json"))
        #expect(again == first)
        let memory = try Store(try ChronicleReader.read(Array(first.utf8), file: "odd.json"))
        var fromMemory = ""
        ChronicleWriter.write(title: memory.title, records: { kind, each in memory.forEachRecord(kind, each) }) { fromMemory += $0 }
        #expect(fromMemory == first)
    }

    /// NUL cannot be kept, so it is refused by name wherever it stands, never cut silently.
    @Test(arguments: ["title", "summary", "place", "aliases", "shortTitle"])
    func aNULIsRefusedWithItsPath(_ field: String) throws {
        var chronicle = Fixtures.exported(try Fixtures.builtin())
        let needle = field == "aliases" ? "\"aliases\": [\"" : "\"\(field)\": \""
        let range = try #require(chronicle.range(of: needle))
        chronicle.insert(contentsOf: "before\\u0000after", at: range.upperBound)
        #expect { try ChronicleReader.read(Array(chronicle.utf8), file: "nul.json") } throws: { error in
            "\(error)".contains("NUL character") && "\(error)".contains(field)
        }
    }
}

extension Chronicle {
    var exportBytes: [UInt8] {
        get throws { try Fixtures.bytes("../../Resources/sco.json") }
    }
}
