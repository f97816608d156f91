/// Finds the line a setting was written on. TOMLKit reports lines only for syntax errors, so a
/// wrong value is traced back through the text: the line of `name =` under its table's header.
struct ConfigLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` in `[table]` (the top level when nil), or of the table's
    /// header, or 1.
    func line(of key: String, in table: String?) -> Int {
        var current: String?
        var header: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix { $0 != "]" }.filter { $0 != " " && $0 != "\t" && $0 != "\"" }
                current = String(name)
                if current == table { header = index + 1 }
                continue
            }
            guard current == table else { continue }
            let name = line.prefix { $0 != "=" }.trimmingSpaces
            if name == key || name == "\"\(key)\"" || name == "'\(key)'" { return index + 1 }
        }
        return header ?? 1
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
