/// ASCII text split into words as bytes, as `SearchQuery.words` splits text (letters and digits
/// make words): search checks and ranks thousands of records' text, and splitting by
/// Character cost ten times as much. Most text is ASCII; other text goes the slow way.
struct ASCIIWords {
    /// The text's bytes as they are, and lowercased.
    private let bytes: [UInt8]
    private let lower: [UInt8]
    private let words: [Range<Int>]

    /// nil when the text is not all ASCII.
    init?(_ text: String) {
        guard SearchQuery.isASCII(text) else { return nil }
        bytes = Array(text.utf8)
        lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var words: [Range<Int>] = []
        var start: Int?
        for (i, byte) in lower.enumerated() {
            let letter = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            if letter, start == nil { start = i } else if !letter, let s = start { words.append(s..<i); start = nil }
        }
        if let s = start { words.append(s..<lower.count) }
        self.words = words
    }

    /// Whether word `w` starts with `token` (or is it, `whole`), compared lowercased unless `keepingCase`.
    private func word(_ w: Int, startsWith token: [UInt8], keepingCase: Bool = false, whole: Bool = false) -> Bool {
        let range = words[w], text = keepingCase ? bytes : lower
        guard whole ? range.count == token.count : range.count >= token.count else { return false }
        for k in token.indices where text[range.lowerBound + k] != token[k] { return false }
        return true
    }

    /// How many words start with `token`.
    func count(startingWith token: [UInt8], keepingCase: Bool = false) -> Int {
        words.indices.reduce(0) { $0 + (word($1, startsWith: token, keepingCase: keepingCase) ? 1 : 0) }
    }

    func contains(startingWith token: [UInt8], keepingCase: Bool = false) -> Bool {
        words.indices.contains { word($0, startsWith: token, keepingCase: keepingCase) }
    }

    /// Whether the phrase's words come in a row, the last as a prefix (as FTS5 reads `"a b"*`).
    func holds(_ phrase: [[UInt8]]) -> Bool {
        guard let last = phrase.last, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { w in
            word(w + phrase.count - 1, startsWith: last) && phrase.indices.dropLast().allSatisfy { word(w + $0, startsWith: phrase[$0], whole: true) }
        }
    }
}
