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
        #expect(file.save(memory) == nil)
        let (read, warning) = file.load()
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
        "", "not json", "[1,2]", "{\"version\":2,\"marks\":[],\"searches\":[]}", "{\"version\":1}",
        "{\"version\":1,\"marks\":\"a\",\"searches\":[]}", "{\"version\":1,\"marks\":[1],\"searches\":[]}",
        "{\"version\":1,\"marks\":[],\"searches\":[]\u{0}}", String(repeating: "[", count: 100_000),
    ])
    func damagedFilesAreSetAside(content: String) throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        try content.write(toFile: file.path, atomically: false, encoding: .utf8)
        let (read, warning) = file.load()
        #expect(read == Memory())
        #expect(warning?.contains(file.path) == true && warning?.contains("set aside") == true, "\(warning ?? "")")
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
        let (read, warning) = file.load()
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
        let (read, warning) = MemoryFile(path: fifo).load()
        #expect(read == Memory() && warning?.contains("not a regular file") == true)
        try FileManager.default.createDirectory(atPath: scratch.path("dir.json"), withIntermediateDirectories: false)
        #expect(MemoryFile(path: scratch.path("dir.json")).load().warning?.contains("not a regular file") == true)
        #expect(MemoryFile(path: "/dev/null").load().warning?.contains("not a regular file") == true)
    }

    /// A write that cannot be made leaves the old file as it was and says why.
    @Test func failedWritesKeepTheOldFile() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        #expect(file.save(memory) == nil)
        chmod(scratch.path(""), 0o500)
        defer { chmod(scratch.path(""), 0o700) }
        if getuid() != 0 {
            #expect(file.save(Memory()) != nil)
            #expect(file.load().memory == memory)
        }
        let blocked = MemoryFile(path: scratch.path("m.json/inside.json"))
        #expect(blocked.save(memory)?.contains("cannot") == true)
    }

    /// A link in the file's place is replaced by the file, never written through.
    @Test func aSymlinkIsReplacedNotFollowed() throws {
        let scratch = try Scratch()
        try "precious".write(toFile: scratch.path("target"), atomically: false, encoding: .utf8)
        #expect(symlink(scratch.path("target"), scratch.path("m.json")) == 0)
        #expect(MemoryFile(path: scratch.path("m.json")).save(memory) == nil)
        #expect(scratch.read("target") == "precious")
    }

    /// 100,000 marks are written and read back in well under the time a reader notices.
    @Test func manyMarks() throws {
        let scratch = try Scratch()
        let file = MemoryFile(path: scratch.path("m.json"))
        let big = Memory(marks: (0..<100_000).map { "event-\($0)" })
        #expect(file.save(big) == nil)
        #expect(file.load().memory == big)
    }
}
