import ArgumentParser
import SCOModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole chronicle: as a chronicle file (json), a TimelineJS file, or readable text.",
        discussion: """
            The JSON output is the chronicle file format itself, so it can be edited and read back \
            with --data; exporting it again gives the same bytes.

            timelinejs writes the events as a TimelineJS timeline (one slide each: the date, the \
            title as headline, the summary as text, the first web address as media, the first \
            institution as group); sco import and --data read it back. A date TimelineJS cannot \
            hold (uncertain, a set, an open end) keeps its start and end and shows its own words \
            in display_date.

            Examples:
              sco export --format json > my-chronicle.json
              sco export --data my-chronicle.json --format json
              sco export --db chronicle.sqlite --format json > chronicle.json
              sco export --format timelinejs > timeline.json
            """
    )

    @OptionGroup var chronicle: ChronicleOptions
    @Option(name: .long, help: "Output format: text (for reading), json (the chronicle file format) or timelinejs.")
    var format: ExportFormat = .text
    @OptionGroup var layout: WidthOption

    func run() throws {
        let store = try chronicle.open()
        switch format {
        case .timelinejs:
            var titles: [String: String] = [:]
            store.forEachRecord(.institution) { titles[$0.id] = $0.title }
            var output = OutputBuffer()
            TimelineJS.write(title: store.title, events: { each in store.forEachRecord(.event) { if let e = $0 as? Event { each(e) } } },
                             institutionTitles: titles) { output.append($0) }
            output.flush()
        case .json:
            var output = OutputBuffer()
            ChronicleWriter.write(title: store.title, sources: store.declaredSources, places: store.places, records: { kind, each in store.forEachRecord(kind, each) }) {
                output.append($0)
            }
            output.flush()
        case .text:
            var output = OutputBuffer()
            for kind in RecordKind.allCases {
                store.forEachRecord(kind) { record in
                    output.append(Output.text(RecordText.detail(record, in: store, width: layout.columns) + [""], width: layout.columns))
                }
            }
            output.flush()
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, timelinejs
}
