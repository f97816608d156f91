import ArgumentParser
import Foundation
import SCOModel

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a large synthetic chronicle, for trying sco at scale.",
        discussion: """
            The same --events and --seed always give the same bytes. Dates span 1990–2026; \
            there are up to 3,000 institutions and one document per 20 events.

            Examples:
              sco generate --events 100000 --seed 1 > big.json
              sco validate big.json
            """
    )

    @Option(name: .long, help: "How many events to write.")
    var events: Int = 1_000

    @Option(name: .long, help: "Seed for the random choices.")
    var seed: UInt64 = 1

    func validate() throws {
        guard events >= 1, events <= 50_000_000 else { throw ValidationError("--events must be between 1 and 50,000,000") }
    }

    func run() throws {
        var output = OutputBuffer()
        SyntheticChronicle(events: events, seed: seed).write { output.append($0) }
        output.flush()
    }
}
