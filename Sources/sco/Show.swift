import ArgumentParser
import SCOModel

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one record with its links and sources.",
        discussion: """
            An unknown ID prints the closest IDs and exits with status 1.

            Examples:
              sco show rats-council-28
              sco show sco-charter --format json
            """
    )

    @Argument(help: ArgumentHelp("The record's ID, as `sco list` prints it.", valueName: "id"), completion: .custom(IDCompletion.ids))
    var id: String

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var layout: WidthOption

    func run() throws {
        let store = try chronicle.open()
        guard let record = store.record(id) else {
            let closest = store.closestIDs(to: id)
            printError("sco: no record with ID \"\(id)\"" + (closest.isEmpty ? "" : "; closest: \(closest.joined(separator: ", "))"))
            throw ExitCode(1)
        }
        switch output.format {
        case .json: Output.json(RecordJSON.value(record, in: store))
        case .text: Output.lines(RecordText.detail(record, in: store, width: layout.columns), width: layout.columns)
        }
    }
}
