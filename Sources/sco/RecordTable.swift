import SCOModel
import SCOText

/// Records as rows of fields, for `--format csv|tsv|markdown`: the same columns in each, one
/// row per record, read from list entries alone (no record is decoded).
struct RecordTable {
    let format: TableFormat
    /// Columns after the record's own (`matched_in` for a search).
    let extra: [String]

    static let columns = ["id", "kind", "date", "shown_date", "title", "short_title", "place", "type"]

    var header: String {
        let names = RecordTable.columns + extra
        switch format {
        case .markdown: return row(names) + "|" + String(repeating: "---|", count: names.count) + "\n"
        default: return row(names)
        }
    }

    /// Data is untrusted: control characters are made visible before any quoting.
    static func fields(_ entry: Entry) -> [String] {
        let date: String = entry.date?.description ?? "", shown: String = entry.date?.display ?? ""
        let fields: [String] = [entry.id, entry.kind.rawValue, date, shown, entry.title, entry.shortTitle ?? "", entry.place ?? "",
                                entry.documentKind?.rawValue ?? ""]
        return fields.map { Sanitizer.sanitized($0) }
    }

    func row(_ fields: [String]) -> String {
        switch format {
        case .csv:
            // RFC 4180: CRLF after each record; a field with a comma, a quote or a line break is
            // quoted, its quotes doubled.
            return fields.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",") + "\r\n"
        case .tsv:
            // TSV has no quoting: a tab or line break inside a field becomes a space.
            return fields.map { String($0.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) }.joined(separator: "\t") + "\n"
        case .markdown:
            return "| " + fields.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |\n"
        case .text, .json:
            return fields.joined(separator: " ") + "\n"
        }
    }
}
