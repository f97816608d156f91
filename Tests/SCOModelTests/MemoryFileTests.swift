import Foundation
import Testing
@testable import SCOModel
import TestSupport

/// The file that keeps marks, searches and place between runs: written whole or not at all,
/// and any file that is not one it wrote is set aside, never trusted and never a crash.
@Suite struct MemoryFileTests {
    let memory = Memory(marks: ["sco-founded", "charter-signed"], searches: ["tashkent", "inst:rats"],
                        place: .init(pane: "documents", record: "sco-charter"))

    @Test func writesAndReadsBackTheSame() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("state/sco/builtin.json"))
        #expect(file.write(memory) == nil)
        let loaded = file.load()
        let (read, warning) = (loaded.memory, loaded.warning)
        #expect(read == memory && warning == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path("state/sco"))
        #expect(left == ["builtin.json"], "no temporary file is left")
    }

    @Test func eachChronicleHasItsOwnFile() {
        let env = ["XDG_STATE_HOME": "/s", "HOME": "/h"]
        #expect(MemoryFile.forChronicle(at: nil, environment: env)?.path == "/s/sco/builtin.json")
        #expect(MemoryFile.forChronicle(at: nil, environment: ["HOME": "/h"])?.path == "/h/.local/state/sco/builtin.json")
        #expect(MemoryFile.forChronicle(at: nil, environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path == "/h/.local/state/sco/builtin.json")
        #expect(MemoryFile.forChronicle(at: nil, environment: [:]) == nil)
        let a = MemoryFile.forChronicle(at: "/a/events.json", environment: env)?.path
        let b = MemoryFile.forChronicle(at: "/b/events.json", environment: env)?.path
        #expect(a != b && a?.hasPrefix("/s/sco/events.json-") == true)
        let odd = MemoryFile.forChronicle(at: "/x/\u{1B}[31m évé\n.json", environment: env)?.path ?? ""
        #expect(!odd.dropFirst("/s/sco/".count).contains { !$0.isASCII || $0 == "/" || $0.isNewline || $0 == "\u{1B}" })
    }

    /// Every kind of damage: the file is moved aside with a warning naming it, and an empty
    /// memory is used.
    @Test(arguments: [
        "", "not json", "[1,2]", "{\"version\":2,\"marks\":[],\"searches\":[]}",
        "{\"version\":1,\"marks\":\"a\",\"searches\":[]}", "{\"version\":1,\"marks\":[1],\"searches\":[]}",
        "{\"version\":1,\"marks\":[],\"searches\":[]\u{0}}", String(repeating: "[", count: 100_000),
    ])
    func damagedFilesAreSetAside(content: String) throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        try content.write(toFile: file.path, atomically: false, encoding: .utf8)
        let loaded = file.load()
        let (read, warning) = (loaded.memory, loaded.warning)
        #expect(read == Memory())
        #expect(warning?.contains(file.path) == true && warning?.contains("set aside") == true, "\(warning ?? "")")
        #expect(loaded.writable)
        #expect(FileManager.default.fileExists(atPath: file.path + ".damaged"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// Control characters, over-long searches and too many searches from a hand-edited file
    /// are dropped, not shown.
    @Test func untrustedEntriesAreDropped() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        let long = String(repeating: "x", count: Memory.searchLength + 1)
        let many = (0..<300).map { "\"q\($0)\"" }.joined(separator: ",")
        try """
            {"version":1,"marks":["ok","bad\\u001b[2J",""],"searches":["\(long)","fine\\u0007",\(many)],
             "place":{"pane":"timeline","record":"x\\u001b"}}
            """.write(toFile: file.path, atomically: false, encoding: .utf8)
        let loaded = file.load()
        let (read, warning) = (loaded.memory, loaded.warning)
        #expect(warning == nil)
        #expect(read.marks == ["ok"])
        #expect(read.searches.count == Memory.searchLimit && read.searches.first == "q0")
        #expect(read.place == nil)
    }

    /// A FIFO, a directory or a device where the file should be is not read (a FIFO would
    /// hang) and not replaced.
    @Test func notAFileIsLeftAlone() throws {
        let scratch = try Scratch()
        let fifo = scratch.path("fifo.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        let loaded = MemoryFile(path: fifo).load()
        let (read, warning) = (loaded.memory, loaded.warning)
        #expect(read == Memory() && warning?.contains("not a regular file") == true)
        try FileManager.default.createDirectory(atPath: scratch.path("dir.json"), withIntermediateDirectories: false)
        #expect(MemoryFile(path: scratch.path("dir.json")).load().warning?.contains("not a regular file") == true)
        #expect(MemoryFile(path: "/dev/null").load().warning?.contains("not a regular file") == true)
        // Nor is it written over: a FIFO, a device, or a link to one stays as it was.
        for path in [fifo, scratch.path("dir.json")] {
            #expect(throws: MemoryWriteError.self) { try MemoryFile(path: path).save(memory, since: Memory()).get() }
        }
        #expect(symlink("/dev/full", scratch.path("full.json")) == 0)
        #expect(throws: MemoryWriteError.self) { try MemoryFile(path: scratch.path("full.json")).save(memory, since: Memory()).get() }
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(MemoryFile(path: fifo).load().writable == false)
    }

    /// Two sessions on one chronicle: each writes its own changes over the other's, so a mark
    /// made in one is not lost when the other quits, and one unmarked there stays unmarked.
    @Test func twoSessionsKeepEachOthersMarks() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        #expect(file.write(Memory(marks: ["a"])) == nil)
        let baseA = file.load().memory, baseB = file.load().memory
        _ = try file.save(Memory(marks: ["a", "b"], searches: ["x"]), since: baseB).get()
        let written = try file.save(Memory(marks: [], searches: ["y"], place: .init(pane: "timeline", record: "a")), since: baseA).get()
        #expect(written.marks == ["b"], "A's unmarking of a and B's mark of b both stand")
        #expect(written.searches == ["y", "x"] && written.place?.record == "a")
        #expect(file.load().memory == written)
    }

    /// A second damaged file is set aside under a name of its own; an unreadable one is not
    /// taken for damage; a file without searches keeps its marks.
    @Test func damageIsKeptAndOnlyDamageIsSetAside() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        for _ in 0..<2 {
            try "nonsense".write(toFile: file.path, atomically: false, encoding: .utf8)
            _ = file.load()
        }
        #expect(FileManager.default.fileExists(atPath: file.path + ".damaged") && FileManager.default.fileExists(atPath: file.path + ".damaged-2"))
        try "{\"version\":1,\"marks\":[\"a\"]}".write(toFile: file.path, atomically: false, encoding: .utf8)
        #expect(file.load().memory.marks == ["a"])
        if getuid() != 0 {
            chmod(file.path, 0)
            let loaded = file.load()
            #expect(!loaded.writable && loaded.warning?.contains("ermission") == true && FileManager.default.fileExists(atPath: file.path))
        }
        let untouched = MemoryFile(path: scratch.path("n.json"))
        try "nonsense".write(toFile: untouched.path, atomically: false, encoding: .utf8)
        #expect(untouched.load(settingAside: false).warning != nil && FileManager.default.fileExists(atPath: untouched.path))
    }

    /// A write that cannot be made leaves the old file as it was and says why.
    @Test func failedWritesKeepTheOldFile() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        #expect(file.write(memory) == nil)
        chmod(scratch.path(""), 0o500)
        defer { chmod(scratch.path(""), 0o700) }
        if getuid() != 0 {
            #expect(file.write(Memory()) != nil)
            #expect(file.load().memory == memory)
        }
        let blocked = MemoryFile(path: scratch.path("m.json/inside.json"))
        #expect(blocked.write(memory)?.contains("cannot") == true)
    }

    /// A link in the file's place is replaced by the file, never written through.
    @Test func aSymlinkIsReplacedNotFollowed() throws {
        let scratch = try Scratch()
        try "precious".write(toFile: scratch.path("target"), atomically: false, encoding: .utf8)
        #expect(symlink(scratch.path("target"), scratch.path("m.json")) == 0)
        #expect((try? MemoryFile(path: scratch.path("m.json")).save(memory, since: Memory()).get()) == memory)
        #expect(scratch.read("target") == "precious")
    }

    /// The most marks kept are written and read back.
    @Test func manyMarks() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        let big = Memory(marks: (0..<Memory.markLimit).map { "event-\($0)" })
        #expect(file.write(big) == nil)
        #expect(file.load().memory == big)
    }
}
