import ArgumentParser
import SCOModel
import SCOText

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, aliases, summaries and places.",
        discussion: """
            Filters narrow the search: from:2003, to:2010-06, date:2004 (a year, month or day; \
            records whose dates overlap), kind:document, in:tashkent (place), inst:rats (events of \
            an institution and all its parts), doc:charter (events linked to a document), src:article (records citing a source), \
            member:2010, observer:2005, partner:2026 or state:2016 (states that held the status then); \
            -word leaves records with the word out and "a phrase" matches words in a row. \
            Every word must match the start of a word in the record; accents are ignored, and \
            case too unless the query has a capital letter. At most the first 64 different words \
            are searched for. A query that starts with - is read as one (sco search -rats, or after --: sco search -- -x); \
            an exclusion alone has nothing to search for. No match is exit status 1 in every format \
            (JSON prints [], a table its header). Title and alias matches rank first, \
            then places, then summaries.

            Examples:
              sco search tashkent
              sco search "observ status" --kind documents
              sco search rats --format json
              sco search 'inst:rats from:2004'
              sco search member:2010
              sco search 'summit -tashkent kind:event'
              sco search summit --format csv --sort date > summits.csv
            """
    )

    @Argument(help: ArgumentHelp("Words to look for (several arguments are one query: sco search tashkent summit).", valueName: "query"))
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    @Option(name: .long, help: ArgumentHelp("Only records of this kind: events, institutions or documents.", valueName: "kind"))
    var kind: KindArgument?

    @Option(name: .long, help: ArgumentHelp("relevance (the default: titles, then places, then summaries) or date (undated last).", valueName: "order"))
    var sort: ResultOrder = .relevance

    @Option(name: .long, help: "Print at most this many results (0, the default: all); stderr says how many were left out.")
    var limit: Int = 0

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var output: TableFormatOption
    @OptionGroup var layout: WidthOption

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit takes 0 (all) or a positive number, not \(limit)") }
        if SearchQuery(query).isEmpty {
            let what = query.allSatisfy(\.isWhitespace) ? "the query is empty" : "\"\(Sanitizer.sanitized(query))\" has nothing to search for"
            throw ValidationError(what + ": give words or filters, such as `sco search tashkent` or `sco search 'inst:rats from:2004'`")
        }
    }

    func run() throws {
        let store = try chronicle.open()
        let searched = SearchQuery(query)
        if !searched.rejected.isEmpty { printError("sco: not understood, and left out: \(searched.rejected.joined(separator: " "))") }
        if searched.isCut { printError("sco: only the first \(SearchQuery.wordLimit) different words of the query are searched for") }
        let matches = try store.matches(searched, kind: kind?.kind, order: sort)
        // Which words were read as another name, so a match in another script is no mystery.
        if !matches.otherNames.isEmpty { printError("sco: also searched as " + matches.otherNames.joined(separator: "; ")) }
        let shown = limit == 0 ? matches.count : min(limit, matches.count)
        // No match is status 1 in every format, as grep has it; JSON still prints `[]` and a
        // table its header, so a script reads an empty answer either way.
        if matches.count == 0 {
            var note = "sco: no match for \"\(Sanitizer.sanitized(query))\""
            if searched.isCaseSensitive {
                note += " (a capital letter makes the search case-sensitive: try \"\(Sanitizer.sanitized(query.lowercased()))\")"
            }
            printError(note)
            if output.format == .text { throw ExitCode(1) }
        }
        // Pages of rows, so a query that matches most of a million records streams out.
        let page = 10_000
        switch output.format {
        case .json:
            var first = true
            var output = OutputBuffer()
            output.append("[")
            // A page's links are read in one query.
            for start in stride(from: 0, to: shown, by: 2_000) {
                let entries = store.entries(rows: Array(matches.rows[start..<min(shown, start + 2_000)]))
                let found = entries.enumerated().compactMap { offset, entry in store.record(entry.id).map { (offset: offset, record: $0) } }
                let links = store.links(of: found.map(\.record))
                for (item, links) in zip(found, links) {
                    let value = RecordJSON.value(item.record, in: store, links: links,
                                                 extra: [("matchedIn", .string("\(matches.tier(at: start + item.offset))"))])
                    output.append(first ? "\n  " : ",\n  ")
                    output.append(value, nestedAt: 1)
                    first = false
                }
            }
            output.append(first ? "]\n" : "\n]\n")
            output.flush()
        case .text:
            for start in stride(from: 0, to: shown, by: page) {
                let entries = store.entries(rows: Array(matches.rows[start..<min(shown, start + page)]))
                Output.lines(RecordText.table(entries, width: layout.columns) { $0.kind.rawValue }, width: layout.columns)
            }
        case .csv, .tsv, .markdown:
            let table = RecordTable(format: output.format, extra: ["matched_in"])
            Output.write(table.header)
            for start in stride(from: 0, to: shown, by: page) {
                let entries = store.entries(rows: Array(matches.rows[start..<min(shown, start + page)]))
                Output.write(entries.enumerated().map { offset, entry in
                    table.row(RecordTable.fields(entry) + ["\(matches.tier(at: start + offset))"])
                }.joined())
            }
        }
        if shown < matches.count {
            printError("sco: \(shown.grouped) of \(matches.count.grouped) shown; --limit 0 for all")
        }
        if matches.count == 0 { throw ExitCode(1) }
    }
}

extension ResultOrder: ExpressibleByArgument {}
