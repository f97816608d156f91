import SCOModel
import SCOText

/// Records as aligned text for `sco list`, `show`, `search` and `export --format text`.
enum RecordText {
    /// One line per record: date, a tag (kind or document type), ID and short title, in
    /// aligned columns. IDs are never cut, since they are what the reader types next.
    static func table(_ records: [Entry], width: Int, widths known: [Int]? = nil, tree: Bool = false, tag: (Entry) -> String? = { _ in nil }) -> [String] {
        let rows = records.map { record in
            [record.date?.display ?? "", tag(record) ?? "", Sanitizer.sanitized(record.id)]
        }
        let widths = known ?? columnWidths(records, tag: tag)
        let columns = (0..<3).filter { widths[$0] > 0 }
        // Each cell is padded to exactly its width: the head's width is their sum.
        let headWidth = columns.reduce(0) { $0 + widths[$1] + 2 }
        return zip(records, rows).map { record, row in
            var line = ""
            for column in columns { line += TextLayout.padded(row[column], to: widths[column]) + "  " }
            // Institutions as the browser shows them: parts under the whole, a state's statuses.
            let indent = String(repeating: "  ", count: tree && record.kind == .institution ? record.depth : 0)
            let standing = record.standing.map { "  (\(Sanitizer.sanitized($0)))" } ?? ""
            return line + TextLayout.truncated(indent + Sanitizer.sanitized(record.label) + standing, to: max(10, width - headWidth))
        }
    }

    /// The columns `table` lines up: date, tag and ID.
    static func columnWidths(_ records: [Entry], tag: (Entry) -> String?) -> [Int] {
        var widths = [0, 0, 0]
        for record in records {
            widths[0] = max(widths[0], DisplayWidth.of(record.date?.display ?? ""))
            widths[1] = max(widths[1], DisplayWidth.of(tag(record) ?? ""))
            widths[2] = max(widths[2], DisplayWidth.of(Sanitizer.sanitized(record.id)))
        }
        return widths
    }

    /// Every record of a kind as table lines, written a page at a time so that a million
    /// records never sit in memory: the widths kept at import line the pages up.
    static func writeTable(of kind: RecordKind, in store: Store, width: Int, tag: (Entry) -> String?) {
        let page = 10_000, count = store.count(of: kind)
        let widths: [Int]
        if let kept = store.tableWidths(of: kind) {
            let tags = kind == .document ? DocumentKind.allCases.map { DisplayWidth.of($0.rawValue) }.max() ?? 0 : 0
            widths = [kept.date, count == 0 ? 0 : tags, kept.id]
        } else {
            widths = stride(from: 0, to: count, by: page).reduce([0, 0, 0]) { widths, start in
                zip(widths, columnWidths(store.entries(kind, at: start..<min(count, start + page)), tag: tag)).map { max($0, $1) }
            }
        }
        // `table` sanitizes what comes from the data and fits each line to the width: its
        // lines go out as they are.
        for start in stride(from: 0, to: count, by: page) {
            let lines = table(store.entries(kind, at: start..<min(count, start + page)), width: width, widths: widths, tree: true, tag: tag)
            if !lines.isEmpty { Output.write(lines.joined(separator: "\n") + "\n") }
        }
    }

    /// A record in full: heading, facts, wrapped summary, links by relation, sources.
    static func detail(_ record: any Record, in store: Store, width: Int) -> [String] {
        let clean = { (s: String) in Sanitizer.sanitized(s) }
        var lines = [clean(record.title), String(repeating: "─", count: min(width, DisplayWidth.of(clean(record.title))))]
        let kind = (record as? Institution)?.isState == true ? "institution, a state" : record.kind.rawValue
        var facts: [(String, String)] = [("ID", record.id), ("Kind", kind)]
        if let d = record as? Document { facts.append(("Type", d.documentKind.rawValue)) }
        if let date = record.date { facts.append(("Date", "\(date.display) (\(date))")) }
        if let place = record.place { facts.append((record.kind == .institution ? "Seat" : "Place", place)) }
        if let d = record as? Document, !d.parties.isEmpty { facts.append(("Parties", d.parties.joined(separator: ", "))) }
        if let e = record as? Event, !e.people.isEmpty { facts.append(("People", e.people.joined(separator: ", "))) }
        if !record.aliases.isEmpty { facts.append(("Also", record.aliases.joined(separator: ", "))) }
        if let names = store.otherNames(of: record), !names.isEmpty { facts.append((record.kind == .institution ? "Names" : "Place as", names.line)) }
        for (name, value) in facts { lines.append(TextLayout.padded(name + ":", to: max(9, name.count + 2)) + clean(value)) }
        lines.append("")
        lines += TextLayout.wrapped(clean(record.summary), to: max(20, min(width, 100)))
        if let state = record as? Institution, state.isState {
            lines += ["", "Status"]
            for period in state.statuses {
                lines.append("  " + period.text)
                lines += period.sources.map { "    " + clean($0.text(paragraphsOf: store.declaredSources.paragraphLabel)) }
            }
        }
        var current: Relation?
        let links = store.links(of: record.id)
        let targets = Dictionary(store.entries(ids: links.map(\.target)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let idWidth = links.map { DisplayWidth.of($0.target) }.max() ?? 0
        for link in links {
            if link.relation != current {
                current = link.relation
                lines += ["", link.relation.heading]
            }
            let target = targets[link.target]
            let date = target?.date.map { "  (\($0.display))" } ?? ""
            lines.append("  " + TextLayout.padded(link.target, to: idWidth) + "  " + clean(target?.label ?? "") + date)
        }
        // The same count as the browser's: the institution's own events, then its parts'.
        if record.kind == .institution {
            let events = store.institutionEvents(of: record.id)
            if events.count > events.ownCount {
                lines += ["", "Events of its parts", "  \((events.count - events.ownCount).grouped) more (\(events.ownCount.grouped) its own + \((events.count - events.ownCount).grouped) in its parts; sco search inst:\(record.id) lists all)"]
            }
        }
        lines += ["", "Sources"]
        // A citation of several addresses is split into them, as the browser shows it.
        // An address cited by two sources is listed once.
        var listed: Set<String> = []
        for source in record.sources {
            for piece in SourceText.pieces(source.text(paragraphsOf: store.declaredSources.paragraphLabel)) {
                switch piece {
                case .text(let text): lines.append("  " + clean(text))
                case .url(let url): if listed.insert(url).inserted { lines.append("  " + clean(url)) }
                }
            }
        }
        return lines
    }
}
