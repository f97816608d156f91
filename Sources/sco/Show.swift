import ArgumentParser
import SCOModel

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one record with its links and sources.",
        discussion: """
            An unknown ID prints the closest IDs and exits with status 1.

            Examples:
              sco show rats-council-28
              sco show sco-charter --format json
            """
    )

    @Argument(help: ArgumentHelp("The record's ID, as `sco list` prints it.", valueName: "id"))
    var id: String

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try chronicle.load()
        guard let record = loaded.record(id) else {
            let closest = Similarity.closest(to: id, in: loaded.allRecords.map(\.id))
            printError("sco: no record with ID \"\(id)\"" + (closest.isEmpty ? "" : "; closest: \(closest.joined(separator: ", "))"))
            throw ExitCode(1)
        }
        switch output.format {
        case .json: Output.json(.array([RecordJSON.value(record, in: loaded)]))
        case .text: Output.lines(RecordText.detail(record, in: loaded, width: Output.width))
        }
    }
}
