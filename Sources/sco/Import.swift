import ArgumentParser
import CSignals
import Foundation
import SCOModel
import SCOText

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a chronicle database from a chronicle file, for large chronicles.",
        discussion: """
            The file is sco's chronicle JSON, a TimelineJS JSON file, or a CSV of events (columns \
            id, date, title, place, summary, sources); the format is told from the content, or \
            given with --from. TimelineJS text is read as plain text: tags removed, entities \
            decoded. The file is read record by record, so its size is limited by the disk, not by memory. \
            The database is written beside the destination under a temporary name and renamed \
            into place when complete: a failed import leaves no file, and an existing database is \
            replaced only by a complete one. Open the result with --db; any number of sco \
            processes can read it at once. Exit status: 65 when the file is invalid (every problem \
            is listed), 66 when it cannot be read, 73 when the database cannot be written.

            Examples:
              sco generate --events 1000000 > big.json
              sco import big.json --to big.sqlite
              sco --db big.sqlite
              sco import timeline.json --from timelinejs --to timeline.sqlite
            """
    )

    @Argument(help: ArgumentHelp("The chronicle JSON file to import.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The database file to write.", valueName: "file"), completion: .file())
    var to: String

    @Option(name: .long, help: ArgumentHelp("The file's format: sco, timelinejs or csv (default: told from the content).", valueName: "format"))
    var from: ChronicleFormat?

    @Flag(name: .long, help: "No progress bar, even on a terminal.")
    var quiet = false

    func run() throws {
        let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) != 0)
        let interruptions = Interruptions(removing: ChronicleImport.temporaryPath(for: to), ChronicleImport.indexPath(for: to))
        defer { interruptions.cancel() }
        let started = Date()
        let counts: [RecordKind: Int]
        do {
            counts = try ChronicleImport.run(file, to: to, format: from) { bar.show($0) }
        } catch {
            bar.clear()
            switch error {
            case .unreadable(let file, let reason):
                printError("sco: \(file): \(reason)")
                throw ExitCode(66)
            case .invalid(let problems):
                for line in problems.lines { printError(line) }
                printError("\(file): \(problems.total.grouped) problem\(problems.total == 1 ? "" : "s"); nothing was written")
                throw ExitCode(65)
            case .cannotWrite(let file, let reason):
                printError("sco: cannot write \(file): \(reason)")
                throw ExitCode(73)
            }
        }
        bar.clear()
        let seconds = Date().timeIntervalSince(started)
        let total = counts.values.reduce(0, +)
        let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
        let parts = RecordKind.allCases.map { kind -> String in
            let n = counts[kind] ?? 0
            return "\(n) \(kind.rawValue)\(n == 1 ? "" : "s")"
        }
        printError(String(format: "%@: %@ in %.1f s (%.0f records/s), %.1f MB", to, parts.joined(separator: ", "), seconds,
                          Double(total) / max(seconds, 0.001), Double(size) / 1_000_000))
    }
}

/// One line on standard error, redrawn at most ten times a second: records, rate, share of the
/// file read and the time left.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: ImportProgress) {
        let now = Date()
        guard enabled, now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let share = progress.totalBytes == 0 ? 1 : Double(progress.bytesRead) / Double(progress.totalBytes)
        let width = 24
        let filled = Int(share * Double(width))
        let left = share > 0.01 ? elapsed * (1 - share) / share : 0
        let line = String(format: "\r[%@%@] %3.0f%%  %d records  %.0f/s  ETA %.0f s \u{1B}[K",
                          String(repeating: "#", count: filled), String(repeating: ".", count: width - filled),
                          share * 100, progress.records, Double(progress.records) / elapsed, left)
        Output.write(line, to: STDERR_FILENO)
    }

    func clear() {
        guard enabled else { return }
        Output.write("\r\u{1B}[K", to: STDERR_FILENO)
    }
}

/// Signals during an import: the half-built database is removed and the import ends by the
/// signal (exit status 128 + its number) with one line; only SIGKILL cannot be caught, and the
/// next import into the same place removes what it leaves. Handled in C, in the signal handler
/// itself, so no signal can slip past a handler that has not run yet.
struct Interruptions {
    init(removing temporary: String, _ also: String) {
        sco_remove_on_signals(temporary, also)
    }

    func cancel() {
        sco_keep_file()
    }
}

extension ChronicleFormat: ExpressibleByArgument {}
