import Foundation
import Testing
import TestSupport

/// `sco import` writes only what it may: a new file, or a chronicle database it made. Every
/// other kind of destination is refused with status 73 and left exactly as it was.
@Suite struct ImportDestinationTests {
    func chronicle(in scratch: Scratch) throws -> String {
        let path = scratch.path("mine.json")
        let exported = try Program.run(["export", "--format", "json"])
        try exported.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func refusesWhatItDidNotMake() throws {
        let scratch = try Scratch()
        let source = try chronicle(in: scratch)
        let original = try String(contentsOfFile: source, encoding: .utf8)
        #expect(mkfifo(scratch.path("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: scratch.path("dir"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link-to-input"), withDestinationPath: source)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling"), withDestinationPath: scratch.path("nowhere.sqlite"))
        try "notes".write(toFile: scratch.path("notes.txt"), atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: scratch.path("empty.sqlite"), contents: Data())
        let cases: [(destination: String, says: String)] = [
            (source, "is the file being imported"), ("/dev/null", "is a device"), (scratch.path("fifo"), "is a FIFO"),
            (scratch.path("dir"), "is a directory"), (scratch.path("link-to-input"), "is a symbolic link"),
            (scratch.path("dangling"), "is a symbolic link"), (scratch.path("notes.txt"), "is not a chronicle database"),
            (scratch.path("empty.sqlite"), "is not a chronicle database"),
        ]
        for (destination, says) in cases {
            let run = try Program.run(["import", source, "--to", destination, "--quiet"])
            #expect(run.status == 73, "\(destination): \(run.status)")
            #expect(run.stderr.contains(says) && run.stderr.split(separator: "\n").count == 1, "\(destination): \(run.stderr)")
        }
        #expect(try String(contentsOfFile: source, encoding: .utf8) == original, "the input is untouched")
        #expect(try String(contentsOfFile: scratch.path("notes.txt"), encoding: .utf8) == "notes")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("dangling")) == scratch.path("nowhere.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("nowhere.sqlite")))
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).allSatisfy { !$0.contains(".importing-") })
    }

    @Test func replacesADatabaseItMadeAndCleansWhatKilledImportsLeft() throws {
        let scratch = try Scratch()
        let source = try chronicle(in: scratch)
        let db = scratch.path("db.sqlite")
        #expect(try Program.run(["import", source, "--to", db, "--quiet"]).status == 0)
        // A killed import's leftover (its process is gone) and a running one's (this process).
        let dead = db + ".importing-\(Int32.max - 1)", live = db + ".importing-\(getpid())"
        // Each with the search indexes it was building beside it; and a name no import makes.
        let other = db + ".importing-12x"
        for path in [dead, live, dead + ".index", live + ".index", other] {
            FileManager.default.createFile(atPath: path, contents: Data("half".utf8))
        }
        let again = try Program.run(["import", source, "--to", db, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dead) && !FileManager.default.fileExists(atPath: dead + ".index"),
                "a dead import's files are removed")
        #expect(FileManager.default.fileExists(atPath: live) && FileManager.default.fileExists(atPath: live + ".index"),
                "a live import's files are kept")
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(try Program.run(["list", "--db", db]).status == 0)
    }
}

/// Import and validate count the same problems, however many: import lists the first 1,000.
@Suite struct ProblemCountTests {
    @Test func importCountsEveryProblemAsValidateDoes() throws {
        let scratch = try Scratch()
        let generated = try Program.run(["generate", "--events", "3000", "--seed", "9"])
        let broken = generated.stdout.replacingOccurrences(of: "\"date\": \"", with: "\"date\": \"x")
        try broken.write(toFile: scratch.path("broken.json"), atomically: true, encoding: .utf8)
        let validate = try Program.run(["validate", scratch.path("broken.json")])
        let imported = try Program.run(["import", scratch.path("broken.json"), "--to", scratch.path("b.sqlite"), "--quiet"])
        #expect(validate.status == 65 && imported.status == 65)
        let total = try #require(validate.stderr.split(separator: "\n").last.flatMap { $0.split(separator: " ").dropFirst().first })
        #expect(Int(total.replacingOccurrences(of: ",", with: ""))! > 3_000, "\(validate.stderr.suffix(200))")
        #expect(imported.stderr.hasSuffix("broken.json: \(total) problems; nothing was written\n"), "\(imported.stderr.suffix(300))")
        #expect(imported.stderr.split(separator: "\n").count == 1_000 + 2, "1,000 listed, how many more, and the total")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("b.sqlite")))
    }
}
