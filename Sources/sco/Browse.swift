import ArgumentParser

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive browser (the default).",
        discussion: """
            Examples:
              sco
              sco --data my-chronicle.json
            """
    )

    @OptionGroup var chronicle: ChronicleOptions

    func run() throws {
        _ = try chronicle.load()
        printError("sco: the interactive browser is not built yet; try `sco list events` or `sco --help`.")
    }
}
