import ArgumentParser
import BuiltinChronicle
import SCOModel
import SCOText

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a chronicle file and list every problem in it.",
        discussion: """
            Each problem names the file, the JSON path (like events[3].date) and what is wrong. \
            Exit status: 0 when valid, 65 when not, 66 when the file cannot be read.

            Examples:
              sco validate my-chronicle.json
              sco validate --data my-chronicle.json --format json
              sco validate                  (checks the built-in chronicle)
            """
    )

    @Argument(help: ArgumentHelp("The chronicle file to check: sco's JSON, TimelineJS JSON or a CSV of events (or give it with --data; - for standard input).", valueName: "file"), completion: .file(extensions: ["json"]))
    var path: String?

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        if let db = chronicle.db {
            let store = try chronicle.open()
            let counts = RecordKind.allCases.map { kind -> String in
                let n = store.count(of: kind)
                return "\(n) \(kind.rawValue)\(n == 1 ? "" : "s")"
            }.joined(separator: ", ")
            switch output.format {
            case .json: Output.json(.object([("file", .string(db)), ("valid", .bool(true)), ("problems", .array([]))]))
            case .text: Output.lines(["\(db): valid chronicle database (\(counts))"], width: Output.unlimited)
            }
            return
        }
        let given = path ?? chronicle.data
        let file = given.map { $0 == "-" ? "<stdin>" : $0 } ?? BuiltinChronicle.fileName
        let bytes = try given.map { $0 == "-" ? try readStandardInput() : try readFile($0) } ?? builtinFile()
        do {
            let format = given == nil ? .sco : ChronicleFormat.detect(bytes, name: file)
            let chronicle = try ChronicleReader.read(try format.scoBytes(bytes, file: file), file: file)
            let counts = [(chronicle.events.count, "event"), (chronicle.institutions.count, "institution"),
                          (chronicle.documents.count, "document")]
                .map { "\($0) \($1)\($0 == 1 ? "" : "s")" }.joined(separator: ", ")
            switch output.format {
            case .json:
                Output.json(.object([("file", .string(file)), ("valid", .bool(true)), ("problems", .array([]))]))
            case .text:
                Output.lines(["\(file): valid (\(counts))"], width: Output.unlimited)
            }
        } catch {
            switch output.format {
            case .json:
                Output.json(.object([
                    ("file", .string(file)), ("valid", .bool(false)),
                    ("problems", .array(error.problems.map { .object([("path", .string($0.path)), ("message", .string($0.message))]) })),
                ]))
            case .text:
                for line in error.lines { printError(line) }
                printError("\(file): \(error.total.grouped) problem\(error.total == 1 ? "" : "s")")
            }
            throw ExitCode(65)
        }
    }
}
