import ArgumentParser
import Foundation

/// Record IDs for the shell's completion of `sco show `: those of the chronicle the command line
/// names (`--data` or `--db`), or of the built-in one.
enum IDCompletion {
    /// More than a shell shows usefully; a million-record database is not listed whole.
    static let limit = 2_000

    @Sendable static func ids(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var options: [String] = []
        for (i, word) in words.enumerated() where i + 1 < words.count && i + 1 != index && (word == "--data" || word == "--db") {
            options += [word, words[i + 1]]
        }
        // Completion runs under the shell's prompt: a broken chronicle completes nothing, and
        // says nothing on the terminal.
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            if saved >= 0 { dup2(saved, STDERR_FILENO); close(saved) }
            if null >= 0 { close(null) }
        }
        guard let chronicle = try? ChronicleOptions.parse(options), let store = try? chronicle.open() else { return [] }
        return store.ids(startingWith: prefix, limit: limit)
    }
}
