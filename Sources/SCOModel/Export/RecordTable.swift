import SCOText

/// How a list of records is written: text for people, JSON for scripts, and tables that
/// spreadsheets and other tools read.
public enum TableFormat: String, CaseIterable, Sendable {
    case text, json, csv, tsv, markdown

    /// The format a file's name asks for (`.csv`, `.tsv`, `.md`, `.json`), if any.
    public init?(fileName: String) {
        let name = fileName.lowercased()
        if name.hasSuffix(".csv") { self = .csv } else if name.hasSuffix(".tsv") { self = .tsv }
        else if name.hasSuffix(".md") || name.hasSuffix(".markdown") { self = .markdown } else if name.hasSuffix(".json") { self = .json }
        else { return nil }
    }
}

/// Records as rows of fields, for `--format csv|tsv|markdown` and the browser's export: the
/// same columns in each, one row per record, read from list entries alone (no record is
/// decoded). JSON rows are objects with the same keys.
public struct RecordTable: Sendable {
    public let format: TableFormat
    /// Columns after the record's own (`matched_in` for a search).
    public let extra: [String]

    public init(format: TableFormat, extra: [String] = []) {
        self.format = format
        self.extra = extra
    }

    public static let columns = ["id", "kind", "date", "shown_date", "title", "short_title", "place", "type", "names"]

    public var header: String {
        let names = RecordTable.columns + extra
        switch format {
        case .markdown: return row(names) + "|" + String(repeating: "---|", count: names.count) + "\n"
        case .json: return "["
        default: return row(names)
        }
    }

    /// What ends the table: JSON's closing bracket.
    public func footer(rows: Int) -> String { format == .json ? (rows == 0 ? "]\n" : "\n]\n") : "" }

    /// Data is untrusted: control characters are made visible before any quoting.
    public static func fields(_ entry: Entry) -> [String] {
        let date: String = entry.date?.description ?? "", shown: String = entry.date?.display ?? ""
        let fields: [String] = [entry.id, entry.kind.rawValue, date, shown, entry.title, entry.shortTitle ?? "", entry.place ?? "",
                                entry.documentKind?.rawValue ?? (entry.standing == nil ? "" : "state"), entry.names ?? ""]
        return fields.map { Sanitizer.sanitized($0) }
    }

    /// A row of fields; `index` places a JSON row after the ones before it.
    public func row(_ fields: [String], index: Int = 0) -> String {
        switch format {
        case .json:
            let object = JSONValue.object(zip(RecordTable.columns + extra, fields).map { ($0, .string($1)) })
            return (index == 0 ? "\n  " : ",\n  ") + JSONWriter.write(object, nestedAt: 1)
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
        case .text:
            return fields.joined(separator: " ") + "\n"
        }
    }
}
