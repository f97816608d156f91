import ArgumentParser
import SCOModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole chronicle: as a chronicle file (json) or as readable text.",
        discussion: """
            The JSON output is the chronicle file format itself, so it can be edited and read back \
            with --data; exporting it again gives the same bytes.

            Examples:
              sco export --format json > my-chronicle.json
              sco export --data my-chronicle.json --format json
              sco export --db chronicle.sqlite --format json > chronicle.json
            """
    )

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var layout: WidthOption

    func run() throws {
        let store = try chronicle.open()
        switch output.format {
        case .json:
            var buffer = ""
            ChronicleWriter.write(title: store.title, records: { kind, each in store.forEachRecord(kind, each) }) { piece in
                buffer += piece
                if buffer.utf8.count > 1 << 20 {
                    Output.write(buffer)
                    buffer = ""
                }
            }
            Output.write(buffer)
        case .text:
            for kind in RecordKind.allCases {
                store.forEachRecord(kind) { record in
                    Output.lines(RecordText.detail(record, in: store, width: layout.columns) + [""], width: layout.columns)
                }
            }
        }
    }
}
