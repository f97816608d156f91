import Foundation
import Testing
import TestSupport

/// Where output cannot go and input cannot come from: every command answers with one line and
/// a status, never a crash, whatever the sink or the source.
@Suite struct OutputFailureTests {
    static let commands: [[String]] = [["list"], ["list", "--format", "json"], ["export", "--format", "json"], ["show", "sco-founded"],
                                       ["search", "tashkent"], ["search", "tashkent", "--format", "json"]]

    /// A full disk, and a closed standard output.
    static let sinks: [(name: String, redirect: String, reason: String)] = [
        ("/dev/full", "> /dev/full", "No space left on device"),
        ("closed stdout", ">&-", "Bad file descriptor"),
    ]

    @Test(arguments: commands)
    func writeFailuresEndWithOneLineAndStatus74(_ arguments: [String]) throws {
        for sink in OutputFailureTests.sinks {
            let scratch = try Scratch()
            let run = try Program.shell("cd \(Tmux.quote(scratch.url.path)) && \(Tmux.sco(arguments)) 2>err.txt \(sink.redirect)")
            #expect(run.status == 74, "\(arguments) into \(sink.name) exited \(run.status)")
            #expect(scratch.read("err.txt") == "sco: cannot write the output: \(sink.reason)\n", "\(arguments) into \(sink.name)")
        }
    }

    /// A reader that leaves at once, with SIGPIPE ignored (a shell or supervisor that ignores
    /// it): more output than a pipe holds makes the writer meet the closed pipe whatever the
    /// timing, and it says so and exits 74.
    @Test(arguments: [["list", "--format", "json"], ["export", "--format", "json"], ["search", "s"]])
    func aBrokenPipeWithSIGPIPEIgnoredIs74(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let made = try Program.shell("\(Tmux.sco(["generate", "--events", "2000", "--seed", "3"])) > \(Tmux.quote(scratch.path("g.json")))")
        #expect(made.status == 0)
        let run = try Program.shell("cd \(Tmux.quote(scratch.url.path)) && trap '' PIPE && "
                                    + "{ \(Tmux.sco(arguments + ["--data", "g.json"])) 2>err.txt; echo $? > status; } | true; cat status")
        #expect(run.stdout == "74\n", "\(arguments): status \(run.stdout)")
        #expect(scratch.read("err.txt") == "sco: cannot write the output: Broken pipe\n")
    }

    @Test func aFullStandardErrorDoesNotCrash() throws {
        let ok = try Program.shell("\(Tmux.sco(["show", "sco-founded"])) 2>/dev/full >/dev/null")
        #expect(ok.status == 0)
        let unknown = try Program.shell("\(Tmux.sco(["show", "no-such-record"])) 2>/dev/full")
        #expect(unknown.status == 1)
    }

    /// Sources that never end, hang or are not files at all are refused before any read.
    @Test func onlyRegularFilesAreRead() throws {
        let scratch = try Scratch()
        #expect(mkfifo(scratch.path("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: scratch.path("dir"), withIntermediateDirectories: true)
        let cases: [(path: String, says: String)] = [
            ("/dev/zero", "is a device"), ("/dev/null", "is a device"), (scratch.path("fifo"), "is a FIFO"),
            (scratch.path("dir"), "is a directory"), (scratch.path("missing.json"), "file does not exist"),
        ]
        for (path, says) in cases {
            for arguments in [["validate", path], ["list", "--data", path], ["import", path, "--to", scratch.path("out.sqlite")]] {
                let run = try Program.run(arguments)
                #expect(run.status == 66, "\(arguments): \(run.status)")
                #expect(run.stderr.contains(says) && run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.sqlite")))
    }
}
