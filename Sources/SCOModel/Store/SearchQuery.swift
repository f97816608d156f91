import Foundation

/// What the user typed into search, split into words and folded the way the index folds them,
/// so the same rules decide what matches and what gets highlighted.
public struct SearchQuery: Hashable, Sendable {
    public let text: String
    /// Folded words, each matched as a prefix of a word in the record.
    public let tokens: [String]
    /// Smart case, as in less and vim: a capital letter in the query makes it case-sensitive.
    public let isCaseSensitive: Bool

    /// At most this many different words are searched for (the first ones typed): matching
    /// costs words × record words, and no real question has more.
    public static let wordLimit = 64

    public init(_ text: String) {
        self.text = text
        isCaseSensitive = text.contains { $0.isUppercase }
        let sensitive = isCaseSensitive
        var seen: Set<String> = []
        var tokens: [String] = []
        for word in SearchQuery.words(in: text) where tokens.count < SearchQuery.wordLimit {
            let token = SearchQuery.fold(word, keepingCase: sensitive)
            if !token.isEmpty, seen.insert(token).inserted { tokens.append(token) }
        }
        self.tokens = tokens
    }

    /// Whether the text has more different words than are searched for.
    public var isCut: Bool {
        tokens.count == SearchQuery.wordLimit && Set(SearchQuery.words(in: text).map { SearchQuery.fold($0, keepingCase: isCaseSensitive) }).count > tokens.count
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// The query in FTS5 syntax: every word as a quoted prefix, all required.
    var ftsExpression: String {
        tokens.map { "\"" + SearchQuery.fold($0, keepingCase: false).replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }

    /// Letters and digits make words; everything else separates them.
    public static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    static func words(in text: String) -> [String] {
        text.split { !isWordCharacter($0) }.map(String.init)
    }

    static func fold(_ text: String, keepingCase: Bool) -> String {
        // ASCII has no diacritics to fold, and most text is ASCII: Foundation's folding costs
        // ten times a lowercasing, which matters when a search checks five hundred summaries.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return keepingCase ? text : text.lowercased() }
        let options: String.CompareOptions = keepingCase ? [.diacriticInsensitive] : [.diacriticInsensitive, .caseInsensitive]
        let folded = text.folding(options: options, locale: nil)
        return keepingCase ? folded : folded.lowercased()
    }

    /// Where the query's words occur in `text`, as ranges of grapheme offsets: each match is
    /// the start of a word whose folded form begins with a query word.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let characters = Array(text)
        var result: [Range<Int>] = []
        var i = 0
        while i < characters.count {
            guard SearchQuery.isWordCharacter(characters[i]) else { i += 1; continue }
            var end = i
            while end < characters.count, SearchQuery.isWordCharacter(characters[end]) { end += 1 }
            var longest = 0
            // Folding costs far more than comparing: fold the whole word once, and go
            // character by character only in the rare word that matches.
            let word = SearchQuery.fold(String(characters[i..<end]), keepingCase: isCaseSensitive)
            for token in tokens where word.hasPrefix(token) {
                var folded = ""
                for k in i..<end {
                    folded += SearchQuery.fold(String(characters[k]), keepingCase: isCaseSensitive)
                    if folded.hasPrefix(token) {
                        longest = max(longest, k + 1 - i)
                        break
                    }
                }
            }
            if longest > 0 { result.append(i..<(i + longest)) }
            i = end
        }
        return result
    }

    /// Which query words occur in `text`.
    func matchedTokens(in text: String) -> Set<String> {
        let words = SearchQuery.words(in: SearchQuery.fold(text, keepingCase: isCaseSensitive))
        return Set(tokens.filter { token in words.contains { $0.hasPrefix(token) } })
    }
}
