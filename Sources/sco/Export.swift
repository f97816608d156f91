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
            """
    )

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try chronicle.load()
        switch output.format {
        case .json:
            Output.write(ChronicleWriter.json(loaded))
        case .text:
            var lines: [String] = []
            for record in loaded.allRecords {
                lines += RecordText.detail(record, in: loaded, width: Output.width) + [""]
            }
            Output.lines(lines)
        }
    }
}
