import ArgumentParser
import SCOModel

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records of one kind, or all of them.",
        discussion: """
            Events come in date order, documents in date order (undated last), institutions as \
            written in the chronicle.

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
        let loaded = try chronicle.load()
        let kinds = kind.map { [$0.kind] } ?? RecordKind.allCases
        let records = kinds.flatMap { loaded.records(of: $0) }
        switch output.format {
        case .json:
            Output.json(.array(records.map { RecordJSON.value($0, in: loaded) }))
        case .text:
            var lines: [String] = []
            for k in kinds {
                if kinds.count > 1 { lines += (lines.isEmpty ? [] : [""]) + [k.plural.capitalized] }
                lines += RecordText.table(loaded.records(of: k), width: Output.width) { record in
                    (record as? Document)?.documentKind.rawValue
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
