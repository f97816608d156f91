import Foundation

/// A CSV of events (RFC 4180, a header row naming the columns) read into a chronicle: `id`,
/// `date` (EDTF) and `title` are needed; `place`, `summary`, `short_title` and `sources`
/// (separated by `; `, `¶3` for a paragraph) may be there; the other columns of `sco list
/// --format csv` (`kind`, `shown_date`, `type`, `names`, `matched_in`) are read past, so a list written
/// by sco reads back. Problems name the line and the column.
public enum EventCSV {
    static let required = ["id", "date", "title"]
    static let optional = ["place", "summary", "short_title", "sources"]
    static let passedOver = ["kind", "shown_date", "type", "names", "matched_in"]

    /// Whether the bytes are a CSV of events: the first line starts with the `id` column.
    public static func looksLike(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.dropFirst(start).starts(with: Array("id,".utf8)) || bytes.dropFirst(start).starts(with: Array("\"id\",".utf8))
    }

    static func chronicle(from bytes: [UInt8], file: String, problems: ProblemList) -> JSONValue? {
        guard let text = String(bytes: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, encoding: .utf8) else {
            problems.add("", "is not UTF-8 text")
            return nil
        }
        guard !text.utf8.contains(0) else {
            problems.add("", "holds a NUL character, which cannot be kept; remove it")
            return nil
        }
        let (rows, unclosed) = records(text)
        if let unclosed {
            problems.add("line \(unclosed)", "a quoted field opens here and never closes; close it with \"")
            return nil
        }
        guard let header = rows.first else {
            problems.add("line 1", "a CSV of events needs a header row: id,date,title,place,summary,sources")
            return nil
        }
        let names = header.fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        for (i, name) in names.enumerated() where !(required + optional + passedOver).contains(name) || names.firstIndex(of: name) != i {
            problems.add("line 1", names.firstIndex(of: name) != i ? "column \(quoted(name)) appears more than once"
                         : "unknown column \(quoted(name)); the columns are \((required + optional).joined(separator: ", "))")
        }
        for name in required where !names.contains(name) { problems.add("line 1", "missing column \(quoted(name))") }
        guard problems.items.isEmpty else { return nil }
        let citation = "CSV: " + (file as NSString).lastPathComponent
        var events: [JSONValue] = []
        var lines: [String: Int] = [:]
        for row in rows.dropFirst() {
            let path = "line \(row.line)"
            if row.fields == [""] { continue }
            guard row.fields.count == names.count else {
                problems.add(path, "has \(row.fields.count) fields; the header has \(names.count)")
                continue
            }
            let value = Dictionary(uniqueKeysWithValues: zip(names, row.fields))
            if let kind = value["kind"], !kind.isEmpty, kind != "event" {
                problems.add("\(path), kind", "only events are read from a CSV; this row is \(quoted(kind))")
                continue
            }
            var members: [(key: String, value: JSONValue)] = []
            for name in ["id", "title", "short_title", "date", "place", "summary"] {
                guard let field = value[name], !field.allSatisfy(\.isWhitespace) else { continue }
                members.append((name == "short_title" ? "shortTitle" : name, .string(field)))
            }
            if value["summary"]?.allSatisfy(\.isWhitespace) ?? true, let title = value["title"], !title.allSatisfy(\.isWhitespace) {
                members.append(("summary", .string(title)))
            }
            let listed = (value["sources"] ?? "").components(separatedBy: "; ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let sources: [JSONValue] = listed.isEmpty ? [.object([("citation", .string(citation))])] : listed.map { text in
                if text.hasPrefix("¶"), let n = Int(text.dropFirst()), n >= 1 { return .object([("paragraph", .number(Double(n)))]) }
                return .object([("citation", .string(text))])
            }
            members.append(("sources", .array(sources)))
            // The checks sco's format makes, here, so they name the line rather than a record number.
            let before = problems.count
            let id = value["id"] ?? ""
            if !Read.isValidID(id) { problems.add("\(path), id", "\(quoted(id)) is not a valid ID: use lowercase letters, digits and single hyphens") }
            if let first = lines[id] { problems.add("\(path), id", "duplicate ID \(quoted(id)) (first on line \(first))") } else { lines[id] = row.line }
            if let date = value["date"] {
                do { _ = try EDTFDate(parsing: date) } catch { problems.add("\(path), date", error.description) }
            }
            if (value["title"] ?? "").allSatisfy(\.isWhitespace) { problems.add("\(path), title", "must not be empty") }
            if problems.count == before { events.append(.object(members)) }
        }
        let title = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return .object([("title", .string(title.isEmpty ? "Chronicle" : title)), ("events", .array(events))])
    }

    /// The rows of RFC 4180 text with the line each starts on: quoted fields may hold commas,
    /// line breaks and doubled quotes; CRLF or LF ends a row.
    static func records(_ text: String) -> (rows: [(line: Int, fields: [String])], unclosedQuote: Int?) {
        var rows: [(line: Int, fields: [String])] = []
        var quoteLine = 0
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1, start = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let after = next() {
                        if after == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = after }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                if let after = next(), after != "\n" { pending = after }
                fallthrough
            case "\n":
                fields.append(field)
                rows.append((start, fields))
                fields = []
                field = ""
                line += 1
                start = line
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { rows.append((start, fields + [field])) }
        return (rows, quoted ? quoteLine : nil)
    }
}
