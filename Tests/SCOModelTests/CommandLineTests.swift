import Foundation
import Testing
import TestSupport
import SCOModel

/// The `sco` executable as scripts use it.
@Suite struct CommandLineTests {
    @Test func listEventsPrintsTheTimelineInDateOrder() throws {
        let result = try Program.run(["list", "events"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == Builtin.events)
        #expect(lines.first?.hasPrefix("15 Jun 2001") == true)
        #expect(lines.last?.hasPrefix("17–18 Nov 2025") == true, "the heads of government in Moscow, the last event")
        #expect(lines.contains { $0.hasPrefix("from 1 Sep 2025") && $0.contains("kyrgyzstan-chairmanship-2025") }, "a chairmanship that has not ended")
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    /// `sco list --from --to` gives exactly the events whose dates overlap the span, in date
    /// order, and `sco search` with the same filters the same records.
    @Test func listFromToGivesExactlyTheEventsThatOverlap() throws {
        let result = try Program.run(["list", "events", "--from", "2004", "--to", "2005", "--format", "json"])
        #expect(result.status == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let chronicle = try Fixtures.builtin()
        let expected = chronicle.events.filter { $0.date!.lastKey >= 20040000 && $0.date!.start.sortKey <= 20059999 }.map(\.id)
        #expect(records.compactMap { $0["id"] as? String } == expected)
        let searched = try Program.run(["search", "from:2004 to:2005 kind:event", "--format", "json"])
        let found = try #require(try JSONSerialization.jsonObject(with: Data(searched.stdout.utf8)) as? [[String: Any]])
        #expect(Set(found.compactMap { $0["id"] as? String }) == Set(expected))
        let bad = try Program.run(["list", "events", "--from", "next tuesday"])
        #expect(bad.status == 64 && bad.stderr.contains("--from"))
        let unknown = try Program.run(["search", "tashkent colour:red"])
        #expect(unknown.status == 0 && unknown.stderr.contains("not understood, and left out: colour:red"))
    }

    @Test func searchJSONListsTashkentRecordsFirst() throws {
        let result = try Program.run(["search", "tashkent", "--format", "json"])
        #expect(result.status == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect((records.first?["title"] as? String)?.contains("Tashkent") == true)
        for key in ["id", "kind", "title", "date", "summary", "sources", "links"] {
            #expect(records.allSatisfy { $0[key] != nil }, "every record has \(key)")
        }
    }

    @Test func showUnknownIDSuggestsClosest() throws {
        let result = try Program.run(["show", "ratz"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no record with ID \"ratz\"") && result.stderr.contains("rats"))
    }

    @Test func showPrintsLinksAndSources() throws {
        let result = try Program.run(["show", "rats"])
        #expect(result.status == 0)
        for text in ["Regional Anti-Terrorist Structure", "Seat:", "Tashkent", "Parts", "rats-council", "Sources", "¶4"] {
            #expect(result.stdout.contains(text), "show rats mentions \(text)")
        }
    }

    @Test func exportRoundTripsByteForByte() throws {
        let first = try Program.run(["export", "--format", "json"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sco-export-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(first.stdoutBytes).write(to: file)
        let second = try Program.run(["export", "--data", file.path, "--format", "json"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    @Test func validateListsEveryProblemWithExit65() throws {
        let result = try Program.run(["validate", Fixtures.path("invalid/many-problems.json")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("events[1].date"))
        #expect(result.stderr.contains("documents[0].kind"))
        #expect(result.stderr.contains("12 problems"))
    }

    @Test func validateTakesDataLikeEveryCommand() throws {
        let builtin = try Program.run(["validate"])
        #expect(builtin.status == 0 && builtin.stdout.contains("valid (\(Builtin.counts))"))
        let broken = try Program.run(["validate", "--data", Fixtures.path("invalid/invalid-date.json"), "--format", "json"])
        #expect(broken.status == 65 && broken.stdout.contains("\"path\": \"events[0].date\""))
    }

    @Test func brokenDataFileStopsEveryCommandWith65() throws {
        let result = try Program.run(["list", "--data", Fixtures.path("invalid/invalid-date.json")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty, "nothing half-loaded is shown")
    }

    @Test func missingFileIsExit66() throws {
        let result = try Program.run(["validate", "/nonexistent/x.json"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/x.json: file does not exist"))
    }

    @Test(arguments: ["list", "show", "search", "export", "validate"])
    func everyCommandExplainsItselfWithAnExample(_ command: String) throws {
        let result = try Program.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:") && result.stdout.contains("sco \(command)"))
    }
}
