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

extension Chronicle {
    var exportBytes: [UInt8] {
        get throws { try Fixtures.bytes("../../Resources/sco.json") }
    }
}
