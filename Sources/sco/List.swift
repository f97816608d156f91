import ArgumentParser
import SCOModel

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records of one kind, or all of them.",
        discussion: """
            Events come in date order, documents in date order (undated last), institutions as a \
            tree (each followed by its parts) in text and as written in the chronicle in JSON.

            Examples:
              sco list events
              sco list institutions --format json
            """
    )

    @Argument(help: ArgumentHelp("events, institutions or documents; all kinds when left out.", valueName: "kind"))
    var kind: KindArgument?

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try chronicle.open()
        let kinds = kind.map { [$0.kind] } ?? RecordKind.allCases
        switch output.format {
        case .json:
            var first = true
            Output.write("[")
            for k in kinds {
                store.forEachRecord(k) { record in
                    Output.write((first ? "\n" : ",\n") + "  " + JSONWriter.write(RecordJSON.value(record, in: store))
                        .dropLast().replacingOccurrences(of: "\n", with: "\n  "))
                    first = false
                }
            }
            Output.write(first ? "]\n" : "\n]\n")
        case .text:
            var lines: [String] = []
            for k in kinds {
                if kinds.count > 1 { lines += (lines.isEmpty ? [] : [""]) + [k.plural.capitalized] }
                lines += RecordText.table(Array(store.entries(k, at: 0..<store.count(of: k))), width: Output.width) { entry in
                    entry.documentKind?.rawValue
                }
            }
            Output.lines(lines)
        }
    }
}

/// A record kind as typed on the command line, singular or plural.
struct KindArgument: ExpressibleByArgument {
    let kind: RecordKind

    init?(argument: String) {
        guard let kind = RecordKind(plural: argument.lowercased()) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { RecordKind.allCases.map(\.plural) }
}
