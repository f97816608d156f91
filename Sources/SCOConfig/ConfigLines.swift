/// Finds the line a setting was written on. TOMLKit reports lines only for syntax errors, so a
/// wrong value is traced back through the text: the line that names its dotted path, as a key
/// under a table header, a dotted key or a header, or else the line of its nearest parent
/// (an inline table's), or else 1. Lines end at LF, CRLF or CR.
struct ConfigLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    func line(of path: [String]) -> Int {
        var header: [String] = []
        var parent: (depth: Int, line: Int)?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingSpaces
            let full: [String]
            if line.hasPrefix("[") {
                let inside = line.drop { $0 == "[" }.prefix { $0 != "]" }
                header = ConfigLines.keyPath(inside)
                full = header
            } else if !line.hasPrefix("#"), let equals = ConfigLines.equalsSign(in: line) {
                full = header + ConfigLines.keyPath(line[..<equals])
            } else {
                continue
            }
            if full == path { return index + 1 }
            if full.count < path.count, Array(path.prefix(full.count)) == full, parent.map({ full.count > $0.depth }) ?? true {
                parent = (full.count, index + 1)
            }
        }
        return parent?.line ?? 1
    }

    /// Where a key ends: the first `=` outside quotes.
    static func equalsSign(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "=" {
                return i
            }
        }
        return nil
    }

    /// `a."b.c" . d` as ["a", "b.c", "d"].
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c != " " && c != "\t" {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
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
