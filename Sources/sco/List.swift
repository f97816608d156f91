import ArgumentParser
import SCOModel

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List records of one kind, or all of them.",
        discussion: """
            Events come in date order, documents in date order (undated last), institutions as a \
            tree (each followed by its parts) in text and as written in the chronicle in JSON.

            --marked lists the records marked with m in the browser, in the order marked (kept per \
            chronicle in $XDG_STATE_HOME/sco/, by default ~/.local/state/sco/).

            --from and --to keep the records whose dates overlap that span, as `from:` and `to:` \
            do in a search (undated records are left out).

            csv, tsv and markdown give one row per record with the columns id, kind, date (EDTF), \
            shown_date, title, short_title, place and type (a document's).

            Examples:
              sco list events
              sco list events --from 2003 --to 2005
              sco list institutions --format json
              sco list documents --format csv > documents.csv
              sco list --marked --format markdown
            """
    )

    @Argument(help: ArgumentHelp("events, institutions or documents; all kinds when left out.", valueName: "kind"))
    var kind: KindArgument?

    @Option(name: .long, help: ArgumentHelp("Only records that end on or after this date: 2004, 2004-06, 2004-06-17 or \"Jun 2004\".", valueName: "date"))
    var from: DateArgument?

    @Option(name: .long, help: ArgumentHelp("Only records that start on or before this date.", valueName: "date"))
    var to: DateArgument?

    @Flag(name: .long, help: "Only the records marked in the browser (m), in the order marked.")
    var marked = false

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: TableFormatOption
    @OptionGroup var layout: WidthOption

    func validate() throws {
        if marked, from != nil || to != nil { throw ValidationError("--marked lists every mark; leave out --from and --to") }
    }

    /// The records of a kind to list, in list order: all of them, or those the dates keep.
    func entries(_ kind: RecordKind, in store: Store) throws -> [Entry] {
        guard from != nil || to != nil else { return store.entries(kind, at: 0..<store.count(of: kind)) }
        let filter = [from.map { "from:\"\($0.text)\"" }, to.map { "to:\"\($0.text)\"" }].compactMap { $0 }.joined(separator: " ")
        let rows = try store.matches(SearchQuery(filter), kind: kind).rows
        return stride(from: 0, to: rows.count, by: 10_000).flatMap { store.entries(rows: Array(rows[$0..<min(rows.count, $0 + 10_000)])) }
    }

    func run() throws {
        let store = try chronicle.open()
        let kinds = kind.map { [$0.kind] } ?? RecordKind.allCases
        var marks: [String]?
        if marked {
            guard let file = chronicle.memoryFile else {
                printError("sco: no marks are kept for a chronicle read from standard input, nor without HOME")
                throw ExitCode(64)
            }
            let loaded = file.load(settingAside: false)
            if let warning = loaded.warning { printError("sco: \(warning)") }
            marks = loaded.memory.marks
            if marks?.isEmpty == true { printError("sco: no marks for this chronicle (m marks a record in the browser)") }
        }
        if let marks {
            try listMarks(marks, kinds: kinds, in: store)
            return
        }
        switch output.format {
        case .json:
            var first = true
            var output = OutputBuffer()
            output.append("[")
            func write(_ record: any Record, _ links: [Link]) {
                output.append(first ? "\n  " : ",\n  ")
                output.append(RecordJSON.value(record, in: store, links: links), nestedAt: 1)
                first = false
            }
            // Records and their links are read a page at a time: one query for a page's links,
            // not one per record.
            func write(_ records: [any Record], _ links: [[Link]]) {
                for (record, links) in zip(records, links) { write(record, links) }
            }
            for k in kinds {
                if from == nil, to == nil {
                    store.forEachPage(k) { page in write(page.records, store.links(of: page)) }
                } else {
                    let listed = try entries(k, in: store)
                    for start in stride(from: 0, to: listed.count, by: 2_000) {
                        let records = listed[start..<min(listed.count, start + 2_000)].compactMap { store.record($0.id) }
                        write(records, store.links(of: records))
                    }
                }
            }
            output.append(first ? "]\n" : "\n]\n")
            output.flush()
        case .text:
            // A kind with nothing to list gets no heading.
            let listed = try kinds.filter { from == nil && to == nil ? store.count(of: $0) > 0 : !(try entries($0, in: store)).isEmpty }
            for (i, k) in listed.enumerated() {
                if listed.count > 1 { Output.lines((i == 0 ? [] : [""]) + [k.plural.capitalized], width: layout.columns) }
                if from == nil, to == nil {
                    RecordText.writeTable(of: k, in: store, width: layout.columns) { $0.documentKind?.rawValue }
                } else {
                    Output.lines(RecordText.table(try entries(k, in: store), width: layout.columns) { $0.documentKind?.rawValue }, width: layout.columns)
                }
            }
        case .csv, .tsv, .markdown:
            let table = RecordTable(format: output.format, extra: [])
            Output.write(table.header)
            for k in kinds {
                if from == nil, to == nil {
                    let count = store.count(of: k)
                    for start in stride(from: 0, to: count, by: 10_000) {
                        Output.write(store.entries(k, at: start..<min(count, start + 10_000)).map { table.row(RecordTable.fields($0)) }.joined())
                    }
                } else {
                    Output.write(try entries(k, in: store).map { table.row(RecordTable.fields($0)) }.joined())
                }
            }
        }
    }
}

extension List {
    /// The marks, in the order marked, whatever their kinds (those of `kinds` only).
    func listMarks(_ marks: [String], kinds: [RecordKind], in store: Store) throws {
        let entries = store.entries(ids: marks).filter { kinds.contains($0.kind) }
        switch output.format {
        case .json:
            let values = entries.compactMap { store.record($0.id) }.map { RecordJSON.value($0, in: store) }
            Output.write(JSONWriter.write(.array(values)))
        case .text:
            Output.lines(RecordText.table(entries, width: layout.columns) { $0.documentKind?.rawValue ?? $0.kind.rawValue }, width: layout.columns)
        case .csv, .tsv, .markdown:
            let table = RecordTable(format: output.format, extra: [])
            Output.write(table.header + entries.map { table.row(RecordTable.fields($0)) }.joined())
        }
    }
}

/// A date as typed on the command line, in any form the browser's `:` takes.
struct DateArgument: ExpressibleByArgument {
    let text: String

    init?(argument: String) {
        guard TypedDate.parse(argument) != nil, !argument.contains("\"") else { return nil }
        text = argument
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

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
