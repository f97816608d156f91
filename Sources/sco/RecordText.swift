import SCOModel
import SCOText

/// Records as aligned text for `sco list`, `show`, `search` and `export --format text`.
enum RecordText {
    /// One line per record: date, a tag (kind or document type), ID and short title, in
    /// aligned columns. IDs are never cut, since they are what the reader types next.
    static func table(_ records: [Entry], width: Int, tag: (Entry) -> String? = { _ in nil }) -> [String] {
        let rows = records.map { record in
            [record.date?.display ?? "", tag(record) ?? "", Sanitizer.sanitized(record.id)]
        }
        let widths = (0..<3).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return zip(records, rows).map { record, row in
            let head = (0..<3).filter { widths[$0] > 0 }.map { TextLayout.padded(row[$0], to: widths[$0]) + "  " }.joined()
            return head + TextLayout.truncated(Sanitizer.sanitized(record.label), to: max(10, width - DisplayWidth.of(head)))
        }
    }

    /// A record in full: heading, facts, wrapped summary, links by relation, sources.
    static func detail(_ record: any Record, in store: Store, width: Int) -> [String] {
        let clean = { (s: String) in Sanitizer.sanitized(s) }
        var lines = [clean(record.title), String(repeating: "─", count: min(width, DisplayWidth.of(clean(record.title))))]
        let kind = (record as? Institution)?.isState == true ? "institution (a state)" : record.kind.rawValue
        var facts: [(String, String)] = [("ID", record.id), ("Kind", kind)]
        if let d = record as? Document { facts.append(("Type", d.documentKind.rawValue)) }
        if let date = record.date { facts.append(("Date", "\(date.display) (\(date))")) }
        if let place = record.place { facts.append((record.kind == .institution ? "Seat" : "Place", place)) }
        if let d = record as? Document, !d.parties.isEmpty { facts.append(("Parties", d.parties.joined(separator: ", "))) }
        if let e = record as? Event, !e.people.isEmpty { facts.append(("People", e.people.joined(separator: ", "))) }
        if !record.aliases.isEmpty { facts.append(("Also", record.aliases.joined(separator: ", "))) }
        for (name, value) in facts { lines.append(TextLayout.padded(name + ":", to: 9) + clean(value)) }
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
        lines += ["", "Sources"]
        lines += record.sources.map { "  " + clean($0.text(paragraphsOf: store.declaredSources.paragraphLabel)) }
        return lines
    }
}
