import BuiltinChronicle
import Foundation
@testable import SCOModel
import GRDB
import Testing
import TestSupport

/// A database made by `import` must read exactly as the chronicle it came from, and a failed
/// import must leave nothing behind.
@Suite struct StoreTests {
    func imported(_ file: String, in scratch: Scratch) throws -> Store {
        let path = scratch.path("chronicle.sqlite")
        _ = try ChronicleImport.run(file, to: path)
        return try Store(opening: path)
    }

    var builtinFile: String { Fixtures.root.appendingPathComponent("Resources/sco.json").path }

    @Test func importedDatabaseReadsLikeTheChronicleInMemory() throws {
        let scratch = try Scratch()
        let disk = try imported(builtinFile, in: scratch)
        let memory = try Store(try Fixtures.builtin())
        #expect(disk.title == memory.title)
        #expect(disk.timelineYears == memory.timelineYears)
        for kind in RecordKind.allCases {
            let count = memory.count(of: kind)
            #expect(count > 0 && disk.count(of: kind) == count)
            let entries = memory.entries(kind, at: 0..<count)
            #expect(disk.entries(kind, at: 0..<count) == entries)
            for (position, entry) in entries.enumerated() {
                #expect(disk.position(of: entry.id) == position)
                #expect(disk.links(of: entry.id) == memory.links(of: entry.id))
                #expect(String(describing: disk.record(entry.id)) == String(describing: memory.record(entry.id)))
            }
        }
    }

    @Test func listsAreReadByPositionAndLinksBothWays() throws {
        let store = try Store(try Fixtures.builtin())
        let events = store.entries(.event, at: 0..<store.count(of: .event))
        #expect(zip(events, events.dropFirst()).allSatisfy { ($0.date ?? $1.date!) <= $1.date! })
        #expect(store.entries(.event, at: 3..<5) == Array(events[3..<5]))
        #expect(store.entries(.event, at: 1_000..<1_010).isEmpty)
        // RATS lists its council among its parts; the council says what it is part of.
        #expect(store.links(of: "rats").contains(Link(.parts, "rats-council")))
        #expect(store.links(of: "rats-council").first == Link(.partOf, "rats"))
        #expect(store.mentionCount(of: "rats", .parts) >= 1)
        let tree = store.entries(.institution, at: 0..<store.count(of: .institution))
        let council = try #require(tree.firstIndex { $0.id == "rats-council" })
        let rats = try #require(tree.firstIndex { $0.id == "rats" })
        #expect(rats < council && tree[council].depth == tree[rats].depth + 1)
    }

    @Test func exportFromTheDatabaseGivesTheShippedFileByteForByte() throws {
        let scratch = try Scratch()
        let store = try imported(builtinFile, in: scratch)
        var text = ""
        ChronicleWriter.write(title: store.title, sources: store.declaredSources, places: store.places, records: { kind, each in store.forEachRecord(kind, each) }) { text += $0 }
        #expect(Array(text.utf8) == Fixtures.builtinBytes)
    }

    @Test func hostileTextSurvivesTheDatabaseUnchanged() throws {
        let scratch = try Scratch()
        let file = Fixtures.path("hostile.json")
        let store = try imported(file, in: scratch)
        let chronicle = try ChronicleReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        for record in chronicle.allRecords {
            let stored = try #require(store.record(record.id))
            #expect(String(describing: stored) == String(describing: record))
        }
    }

    @Test(arguments: ["duplicate-id.json", "invalid-date.json", "malformed.json", "many-problems.json", "missing-field.json",
                      "unknown-field.json", "unknown-link.json", "wrong-type.json"])
    func invalidFilesReportWhatValidateReportsAndWriteNothing(_ name: String) throws {
        let scratch = try Scratch()
        let file = Fixtures.path("invalid/\(name)")
        let expected: [ValidationProblem]
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        do {
            _ = try ChronicleReader.read(bytes, file: file)
            Issue.record("\(name) should be invalid")
            return
        } catch {
            expected = error.problems
        }
        let destination = scratch.path("out.sqlite")
        do {
            _ = try ChronicleImport.run(file, to: destination)
            Issue.record("import of \(name) should fail")
        } catch {
            guard case .invalid(let found) = error else { Issue.record("\(error)"); return }
            #expect(Set(found.problems.map(\.description)) == Set(expected.map(\.description)))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test func aFailedImportLeavesTheOldDatabaseInPlace() throws {
        let scratch = try Scratch()
        let destination = scratch.path("chronicle.sqlite")
        _ = try ChronicleImport.run(builtinFile, to: destination)
        let before = try Data(contentsOf: URL(fileURLWithPath: destination))
        let broken = Fixtures.path("invalid/unknown-link.json")
        #expect(throws: ImportError.self) { _ = try ChronicleImport.run(broken, to: destination) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: destination)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["chronicle.sqlite"])
        #expect(try Store(opening: destination).count(of: .event) > 0)
    }

    @Test func filesThatAreNotChronicleDatabasesAreRefusedClearly() throws {
        let scratch = try Scratch()
        try "not a database".write(toFile: scratch.path("text.sqlite"), atomically: true, encoding: .utf8)
        #expect { _ = try Store(opening: scratch.path("text.sqlite")) } throws: { error in
            "\(error)".contains("text.sqlite") && "\(error)".contains("not a chronicle database")
        }
        #expect { _ = try Store(opening: scratch.path("missing.sqlite")) } throws: { error in
            "\(error)".contains("does not exist")
        }
    }

    /// Databases that are not what they claim: each refused on open with what is wrong.
    @Test func damagedOrBusyDatabasesAreRefusedWithTheReason() throws {
        let scratch = try Scratch()
        for table in StoreSchema.tables {
            let path = scratch.path("\(table).sqlite")
            _ = try ChronicleImport.run(builtinFile, to: path)
            try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "DROP TABLE \(table)") }
            #expect { _ = try Store(opening: path) } throws: { error in
                table == "meta" ? "\(error)".contains("not a chronicle database") : "\(error)".contains("its table \"\(table)\" is missing")
            }
        }
        try FileManager.default.createDirectory(atPath: scratch.path("dir.sqlite"), withIntermediateDirectories: true)
        #expect { _ = try Store(opening: scratch.path("dir.sqlite")) } throws: { "\($0)".contains("is a directory; give a chronicle database") }
        // An import holds its database exclusively (locking_mode EXCLUSIVE keeps the lock after
        // its first write) until it renames it into place.
        let busy = scratch.path("busy.sqlite")
        _ = try ChronicleImport.run(builtinFile, to: busy)
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        let writer = try DatabaseQueue(path: busy, configuration: configuration)
        try writer.write { db in try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('note', 'importing')") }
        #expect { _ = try Store(opening: busy) } throws: { "\($0)".contains("is being written by an import") }
        try writer.close()
    }

    @Test func manyReadersShareOneFile() async throws {
        let scratch = try Scratch()
        let path = scratch.path("chronicle.sqlite")
        _ = try ChronicleImport.run(builtinFile, to: path)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let store = try Store(opening: path)
                    return try store.matches(SearchQuery("tashkent")).count + store.entries(.event, at: 0..<100).count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts.count == 8 && Set(counts).count == 1 && counts[0] > 27)
    }
}
