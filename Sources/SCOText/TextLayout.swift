/// Fitting text into columns: truncation and word wrapping, both measured in display columns.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The longest prefix of `text` that fits in `width` columns, ending in `…` when cut.
    /// A wide glyph that would straddle the edge is left out whole, never split.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// The longest suffix of `text` that fits in `width` columns, never splitting a glyph.
    public static func tail(_ text: String, fitting width: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let w = DisplayWidth.of(text[previous])
            if used + w > width { break }
            used += w
            start = previous
        }
        return String(text[start...])
    }

    /// `text` padded with spaces (or truncated) to exactly `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        let fitted = truncated(text, to: width)
        let gap = width - DisplayWidth.of(fitted)
        return gap > 0 ? fitted + String(repeating: " ", count: gap) : fitted
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces; a word longer
    /// than a line is broken between graphemes. Newlines in `text` start new lines.
    public static func wrapped(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                if lineWidth > 0 && lineWidth + 1 + pieceWidth <= width {
                    line += " " + piece
                    lineWidth += 1 + pieceWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if pieceWidth > width {
                    // One pass over the word, so a megabyte without spaces costs what it reads.
                    let pieces = broken(piece, to: width)
                    lines += pieces.dropLast()
                    piece = pieces.last ?? ""
                    pieceWidth = DisplayWidth.of(piece)
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// A word cut into lines of at most `width` columns, between graphemes; a grapheme wider
    /// than the line gets a line of its own.
    static func broken(_ word: String, to width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for character in word {
            let w = DisplayWidth.of(character)
            if used + w > width, !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
            }
            line.append(character)
            used += w
        }
        lines.append(line)
        return lines
    }
}
