import ArgumentParser
import SCOModel

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search titles, aliases, summaries and places.",
        discussion: """
            Every word must match the start of a word in the record; accents are ignored, and \
            case too unless the query has a capital letter. Title and alias matches rank first, \
            then places, then summaries.

            Examples:
              sco search tashkent
              sco search "observ status" --kind documents
              sco search rats --format json
            """
    )

    @Argument(help: ArgumentHelp("Words to look for.", valueName: "query"))
    var query: String

    @Option(name: .long, help: ArgumentHelp("Only records of this kind: events, institutions or documents.", valueName: "kind"))
    var kind: KindArgument?

    @Option(name: .long, help: "Print at most this many results.")
    var limit: Int = 100

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try chronicle.open()
        let hits = try store.search(SearchQuery(query), kind: kind?.kind, limit: max(1, limit))
        switch output.format {
        case .json:
            Output.json(.array(hits.compactMap { hit in
                store.record(hit.id).map { RecordJSON.value($0, in: store, extra: [("matchedIn", .string("\(hit.tier)"))]) }
            }))
        case .text:
            let records = store.entries(ids: hits.map(\.id))
            if records.isEmpty {
                printError("sco: no match for \"\(query)\"")
                throw ExitCode(1)
            }
            Output.lines(RecordText.table(records, width: Output.width) { $0.kind.rawValue })
        }
    }
}
