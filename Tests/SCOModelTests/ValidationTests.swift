import Foundation
import Testing
import TestSupport
@testable import SCOModel

/// One fixture per kind of problem, each with the exact message a user sees.
@Suite struct ValidationTests {
    func problems(_ name: String) throws -> [String] {
        let bytes = try Fixtures.bytes("invalid/\(name)")
        do {
            _ = try ChronicleReader.read(bytes, file: name)
            return []
        } catch {
            return error.lines
        }
    }

    @Test func malformedJSON() throws {
        #expect(try problems("malformed.json") == [
            "malformed.json: malformed JSON: line 3, column 15: expected ',' or '}', found the end of the file",
        ])
    }

    @Test func unknownField() throws {
        #expect(try problems("unknown-field.json") == ["unknown-field.json: events[0].titel: unknown field (did you mean \"title\"?)"])
    }

    @Test func missingField() throws {
        #expect(try problems("missing-field.json") == ["missing-field.json: events[0].summary: missing required field"])
    }

    @Test func wrongType() throws {
        #expect(try problems("wrong-type.json") == ["wrong-type.json: events[0].date: expected a string, found a number"])
    }

    @Test func duplicateID() throws {
        #expect(try problems("duplicate-id.json") == [
            "duplicate-id.json: institutions[0].id: duplicate ID \"a\" (first used at events[0].id)",
        ])
    }

    @Test func unknownLink() throws {
        #expect(try problems("unknown-link.json") == [
            "unknown-link.json: events[0].institutions[0]: unknown institution ID \"ratz\" (closest: rats)",
        ])
    }

    @Test func invalidDates() throws {
        #expect(try problems("invalid-date.json") == [
            "invalid-date.json: events[0].date: \"2016-13-01\" is not a valid date: month 13 does not exist",
            "invalid-date.json: events[1].date: \"2016-02-30\" is not a valid date: Feb 2016 has no day 30",
        ])
    }

    @Test func reportsEveryProblemInOneRun() throws {
        #expect(try problems("many-problems.json") == [
            "many-problems.json: events[1].colour: unknown field",
            "many-problems.json: events[1].id: \"Bad ID\" is not a valid ID: use lowercase letters, digits and single hyphens (like \"rats-council\")",
            "many-problems.json: events[1].title: must not be empty",
            "many-problems.json: events[1].date: \"2016-13-01\" is not a valid date: month 13 does not exist",
            "many-problems.json: events[1].sources: must name at least one source",
            "many-problems.json: events[2].title: expected a string, found a number",
            "many-problems.json: events[2].date: \"2016-02-30\" is not a valid date: Feb 2016 has no day 30",
            "many-problems.json: events[2].sources[0].page: unknown field",
            "many-problems.json: events[2].sources[0]: a source needs \"paragraph\" (a number) or \"citation\" (text)",
            "many-problems.json: events[3]: expected an object, found a string",
            "many-problems.json: documents[0].kind: \"treaty\" is not a document kind (one of: charter, agreement, declaration, regulation, programme, package)",
            "many-problems.json: documents[0].sources[0].paragraph: expected a paragraph number (1 or more), found 0.0",
        ])
    }

    @Test func linkOfTheWrongKind() throws {
        let json = #"{"events": [{"id": "a", "title": "A", "date": "2004", "summary": "S", "documents": ["a"], "sources": [{"paragraph": 1}]}]}"#
        #expect(throws: ChronicleLoadError.self) { try ChronicleReader.read(Array(json.utf8), file: "f") }
        do { _ = try ChronicleReader.read(Array(json.utf8), file: "f") } catch {
            #expect(error.lines == ["f: events[0].documents[0]: \"a\" is an event, not a document"])
        }
    }

    @Test func invalidUTF8IsAnError() {
        let bytes: [UInt8] = Array(#"{"title": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        do {
            _ = try ChronicleReader.read(bytes, file: "f")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.lines == ["f: malformed JSON: line 1, column 12: invalid UTF-8 (byte 0xC3 at offset 11)"])
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let bytes = Array(String(repeating: "[", count: 10_000).utf8)
        do {
            _ = try ChronicleReader.read(bytes, file: "f")
            Issue.record("deep nesting was accepted")
        } catch {
            #expect(error.problems.first?.message.contains("nesting deeper than") == true)
        }
    }
}

/// Rings of parts (a part of b, b part of a) are found by the reader and by import alike.
@Suite struct PartOfRingTests {
    func chronicle(_ parents: [(String, String?)]) -> [UInt8] {
        let institutions = parents.map { id, parent in
            #"{"id": "\#(id)", "title": "T", "summary": "s", "sources": [{"paragraph": 1}]\#(parent.map { #", "partOf": "\#($0)""# } ?? "")}"#
        }
        return Array(#"{"title": "t", "events": [], "institutions": [\#(institutions.joined(separator: ","))], "documents": []}"#.utf8)
    }

    @Test(arguments: [
        ([("a", "b"), ("b", "a")], "institutions[0].partOf: is part of a ring: \"a\" → \"b\" → \"a\""),
        ([("x", nil), ("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")], "institutions[1].partOf: is part of a ring: \"a\" → \"b\" → \"c\" → \"a\""),
    ] as [([(String, String?)], String)])
    func ringsAreInvalidInFileAndImport(_ parents: [(String, String?)], _ expected: String) throws {
        let bytes = chronicle(parents)
        #expect { try ChronicleReader.read(bytes, file: "ring.json") } throws: { error in
            "\(error)".contains("ring.json: " + expected)
        }
        let scratch = try Scratch()
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.path("ring.json")))
        #expect { try ChronicleImport.run(scratch.path("ring.json"), to: scratch.path("ring.sqlite")) } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test func aLongChainIsNoRing() throws {
        let chain = (0..<10_000).map { ("i\($0)", $0 == 0 ? nil : "i\($0 - 1)") } as [(String, String?)]
        #expect(throws: Never.self) { try ChronicleReader.read(chronicle(chain), file: "chain.json") }
    }
}

/// Every field has a size cap, so what the browser lays out while the reader waits is bounded.
@Suite struct ValueLimitTests {
    @Test(arguments: ["title", "summary", "place"])
    func aValueOverTheCapIsRefusedWithItsSize(_ field: String) throws {
        var chronicle = Fixtures.exported(try Fixtures.builtin())
        let range = try #require(chronicle.range(of: "\"\(field)\": \""))
        chronicle.insert(contentsOf: String(repeating: "x", count: Read.valueLimit), at: range.upperBound)
        #expect { try ChronicleReader.read(Array(chronicle.utf8), file: "big.json") } throws: { error in
            "\(error)".contains(field) && "\(error)".contains("bytes long; a value holds at most 262,144 bytes")
        }
    }

    @Test func aValueAtTheCapIsRead() throws {
        var chronicle = Fixtures.exported(try Fixtures.builtin())
        let range = try #require(chronicle.range(of: "\"summary\": \""))
        let end = try #require(chronicle[range.upperBound...].firstIndex(of: "\""))
        chronicle.replaceSubrange(range.upperBound..<end, with: String(repeating: "y ", count: Read.valueLimit / 2))
        #expect(throws: Never.self) { try ChronicleReader.read(Array(chronicle.utf8), file: "cap.json") }
    }

    /// Declared sources: IDs of their own, one cited by paragraph at most, paragraphs that
    /// exist, and addresses that are web addresses.
    @Test func declaredSourcesAreChecked() {
        func lines(_ text: String) -> [String] {
            do {
                _ = try ChronicleReader.read(Array(text.utf8), file: "s.json")
                return []
            } catch {
                return error.lines
            }
        }
        #expect(lines("""
            {"sources": [{"id": "c", "title": "C", "url": "javascript:x"}, {"id": "d"}]}
            """) == [
                "s.json: sources[0].url: \"javascript:x\" is not a web address (http:// or https://, printable ASCII, no spaces)",
                "s.json: sources[1].title: missing required field",
            ])
        #expect(lines("""
            {"sources": [{"id": "article", "title": "A", "paragraphs": 3}, {"id": "article", "title": "B", "paragraphs": 2}],
             "events": [{"id": "e", "title": "E", "date": "2001", "summary": "S", "sources": [{"paragraph": 4}]}]}
            """) == [
                "s.json: sources[1].id: duplicate source ID \"article\" (first used at sources[0].id)",
                "s.json: sources[1].paragraphs: only one source can be cited by paragraph; sources[0] already is",
                "s.json: events[0].sources[0].paragraph: ¶4 is past the end: A has 3 paragraphs",
            ])
    }
}
