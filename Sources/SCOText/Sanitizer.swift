/// The single gate between untrusted text (records, file names, error messages quoting data)
/// and anything that reaches a terminal. Controls are never dropped silently: each becomes a
/// visible stand-in, so a reader can tell that a record carried something odd.
public enum Sanitizer {
    /// Columns between tab stops when a tab is expanded.
    public static let tabWidth = 4

    /// Returns `text` with every control character, escape introducer and bidi control
    /// replaced by a printable stand-in. Newlines become `␊` unless `keepingNewlines` is set,
    /// in which case they stay for the caller to split on.
    public static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
        // Printable ASCII, most of what a chronicle holds, is checked on its bytes in place.
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }) == true { return text }
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var out = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09:
                let spaces = tabWidth - column % tabWidth
                out.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
                continue
            case 0x0A where keepingNewlines:
                out.append(scalar)
                column = 0
                continue
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            default:
                out.append(needsReplacement(scalar) ? "\u{FFFD}" : scalar)
            }
            column += 1
        }
        return String(out)
    }

    /// The scalars that never reach a terminal raw, nor JSON output unescaped: one list, so
    /// what the screen replaces and what the writer escapes cannot disagree.
    public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C:
            return true
        default:
            return false
        }
    }
}
