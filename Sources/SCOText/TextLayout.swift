/// Fitting text into columns: truncation and word wrapping, both measured in display columns.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The longest prefix of `text` that fits in `width` columns, ending in `…` when cut.
    /// A wide glyph that would straddle the edge is left out whole, never split.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        return head(text, fitting: width - 1) + String(ellipsis)
    }

    /// The longest prefix of `text` that fits in `width` columns, never splitting a glyph.
    public static func head(_ text: some StringProtocol, fitting width: Int) -> String {
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return out
    }

    /// Each text cut to its width, except that texts which would look the same once cut keep
    /// the word where they differ and lose part of the middle: "Tashkent summit 2004" and
    /// "Tashkent summit 2010" in 18 columns read "Tashkent summ…2004" and "Tashkent summ…2010",
    /// not "Tashkent summit 2…" twice. Costs a pass over the texts, plus a comparison within
    /// each group of look-alikes.
    public static func truncatedApart(_ texts: [(text: String, width: Int)]) -> [String] {
        var cut = texts.map { truncated($0.text, to: $0.width) }
        var groups: [String: [Int]] = [:]
        for i in texts.indices where cut[i] != texts[i].text { groups[cut[i], default: []].append(i) }
        for group in groups.values where group.count > 1 {
            for i in group {
                let text = texts[i].text
                let others = group.map { texts[$0].text }.filter { $0 != text }
                guard let differ = others.map({ commonPrefixCount(text, $0) }).max() else { continue }
                cut[i] = keepingWord(at: differ, of: text, width: texts[i].width) ?? cut[i]
            }
        }
        return cut
    }

    /// `text` in `width` columns with the word holding its `index`th character kept whole:
    /// the start, `…`, and the rest from that word (cut again at the end if it must be).
    static func keepingWord(at index: Int, of text: String, width: Int) -> String? {
        let characters = Array(text)
        var start = min(index, characters.count)
        while start > 0, characters[start - 1] != " " { start -= 1 }
        var end = start
        while end < characters.count, characters[end] != " " { end += 1 }
        let rest = String(characters[start...]), word = String(characters[start..<end])
        let restWidth = DisplayWidth.of(rest), wordWidth = DisplayWidth.of(word)
        // At least two columns of the start stay, so the row still reads as its title.
        let before = String(characters[..<start])
        func lead(_ columns: Int) -> String {
            var kept = head(before, fitting: columns)
            while kept.last == " " { kept.removeLast() }
            return kept
        }
        if start > 0, restWidth + 3 <= width { return lead(width - restWidth - 1) + String(ellipsis) + rest }
        if start > 0, wordWidth + 4 <= width { return lead(width - wordWidth - 2) + String(ellipsis) + word + String(ellipsis) }
        return nil
    }

    static func commonPrefixCount(_ a: String, _ b: String) -> Int {
        var count = 0
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            count += 1
        }
        return count
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
