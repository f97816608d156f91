import ArgumentParser
import CSignals
import Foundation
import SCOText

@main
struct SCO: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sco",
        abstract: "Browse the chronicle of the Shanghai Cooperation Organisation and Uzbekistan's part in it.",
        discussion: """
            With no subcommand, opens the interactive browser. The other subcommands print data for \
            reading or for scripts (add --format json).

            Examples:
              sco                              open the browser on the built-in chronicle
              sco list events                  the timeline, oldest first
              sco show rats-council-28         one record with its links and sources
              sco search tashkent --format json
              sco export --format json > mine.json   a starting point for a chronicle of your own
              sco --data my-chronicle.json     browse your own chronicle
              sco --data mine.json list        options may come before the command
              curl -s URL | sco --data -       a chronicle from standard input
            """,
        version: Version.current,
        subcommands: [Browse.self, List.self, Show.self, Search.self, Chart.self, Export.self, Validate.self, Import.self, Generate.self, ConfigCommand.self, Manual.self],
        defaultSubcommand: Browse.self
    )

    /// Crashes end at once with one line, whatever the command (the browser also restores
    /// the terminal first): nothing waits on a backtracer.
    static func main() {
        sco_report_crashes()
        let arguments = globalOptionsMoved(Array(CommandLine.arguments.dropFirst()))
        if let unknown = unknownCommand(arguments) {
            for line in unknown.split(separator: "\n", omittingEmptySubsequences: false) { printError(String(line)) }
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(dashQueryMoved(arguments))
    }

    /// What to say for a first word that names no command (`sco lsit`), as git and cargo do:
    /// the closest commands; nil when it is a command or an option.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let shown = Sanitizer.sanitized(first)
        let close = names.filter { CommandNames.distance(first.lowercased(), $0) <= max(1, min(2, $0.count / 3)) || $0.hasPrefix(first.lowercased()) }
        let hint = close.isEmpty ? "" : "\n\nthe most similar command\(close.count == 1 ? " is" : "s are"): " + close.joined(separator: ", ")
        return "sco: '\(shown)' is not a command\(hint)\n\ncommands: \(names.filter { $0 != "browse" && $0 != "help" }.joined(separator: ", ")) (sco help COMMAND)"
    }

    /// `sco search -rats` and `sco search "-tashkent summit"`: a query that begins with `-`
    /// is a query, not options (which are all long here, but for `-h`): it goes after `--`.
    static func isDashWord(_ a: String) -> Bool { a.hasPrefix("-") && !a.hasPrefix("--") && a != "-h" && a.count > 1 }

    static func dashQueryMoved(_ arguments: [String]) -> [String] {
        guard arguments.first == "search", !arguments.contains("--"),
              arguments.dropFirst().contains(where: isDashWord) else { return arguments }
        // The query's words keep their order after `--`; the options stay before it.
        var options: [String] = [], query: [String] = []
        var rest = arguments.dropFirst()[...]
        while let a = rest.popFirst() {
            if a.hasPrefix("--") {
                options.append(a)
                if !a.contains("="), !["--ascii", "--help"].contains(a), let value = rest.popFirst() { options.append(value) }
            } else if a == "-h" {
                options.append(a)
            } else {
                query.append(a)
            }
        }
        return ["search"] + options + ["--"] + query
    }

    /// The arguments with options written before the command moved after it, where the
    /// command reads them: `sco --data F list` runs as `sco list --data F`.
    static func globalOptionsMoved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if ["--data", "--db"].contains(first), rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--data=") || first.hasPrefix("--db=") || first == "--ascii" {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        // Every command names itself in its configuration: a name worked out from the type
        // costs a search of every protocol conformance in the binary, 0.6 ms at each start.
        guard !leading.isEmpty, let command = rest.first,
              configuration.subcommands.contains(where: { $0._commandName == command }) else { return arguments }
        return [command] + leading + rest.dropFirst()
    }
}
