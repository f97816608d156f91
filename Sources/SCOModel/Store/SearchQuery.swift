import Foundation
import SCOText

/// What the user typed into search, split into words and folded the way the index folds them,
/// so the same rules decide what matches and what gets highlighted.
public struct SearchQuery: Hashable, Sendable {
    public let text: String
    /// Folded words, each matched as a prefix of a word in the record (a phrase's words too,
    /// for highlighting).
    public let tokens: [String]
    /// Quoted phrases, as their folded words in order.
    public let phrases: [[String]]
    /// Folded words a record must not hold (`-word`).
    public let excluded: [String]
    public let filter: QueryFilter
    /// What the query was understood to ask, for the prompt: `from 2003`, `inst rats`.
    public let understood: [String]
    /// Terms that were not understood (`from:tuesday`, `colour:red`), ignored by the search.
    public let rejected: [String]
    /// Smart case, as in less and vim: a capital letter in the query's words makes it
    /// case-sensitive (in a filter's value it does not).
    public let isCaseSensitive: Bool
    /// For each word, other ways the chronicle writes what it names, each as words that must
    /// all be found (`Ташкент`: Tashkent); filled from the chronicle's names (`named(by:)`).
    public internal(set) var alternatives: [[[String]]] = []
    /// The other names the query was read as, for the reader: `Ташкент = Tashkent (ru)`.
    public internal(set) var otherNames: [String] = []

    /// At most this many different words are searched for (the first ones typed): matching
    /// costs words × record words, and no real question has more.
    public static let wordLimit = 64

    /// Every filter the query language has (`from:2003`): the man page, README and `--help`
    /// are checked against this list.
    public static let filterKeys = ["from", "to", "date", "kind", "in", "inst", "doc", "src"] + StatusFilter.words

    public init(_ text: String) {
        self.text = text
        var words: [String] = [], phrases: [[String]] = [], excluded: [String] = []
        var filter = QueryFilter(), understood: [String] = [], rejected: [String] = []
        for term in ShownDates.gathered(QueryTerms.split(text)) {
            guard let key = term.key else {
                let found = SearchQuery.words(in: Transliteration.latin(term.value))
                if term.negated {
                    excluded += found
                    if !found.isEmpty { understood.append("not " + found.joined(separator: " ")) }
                } else {
                    if term.quoted, found.count > 1 { phrases.append(found) }
                    words += found
                }
                continue
            }
            let folded = SearchQuery.words(in: SearchQuery.fold(term.value, keepingCase: false))
            switch key {
            case "from", "to", "date":
                guard let date = TypedDate.span(term.value) else { rejected.append(term.raw); continue }
                if key != "to" { filter.from = max(filter.from ?? date.firstKey, date.firstKey) }
                if key != "from" { filter.to = min(filter.to ?? date.lastKey, date.lastKey) }
                understood.append((key == "date" ? "in " : key + " ") + date.display)
            case "kind":
                let value = term.value.lowercased()
                guard !value.isEmpty, let kind = RecordKind.allCases.first(where: { $0.plural.hasPrefix(value) || value.hasPrefix($0.rawValue) })
                else { rejected.append(term.raw); continue }
                filter.kinds.insert(kind)
                understood.append("kind " + kind.plural)
            case _ where StatusFilter.words.contains(key):
                guard let point = TypedDate.parse(term.value) else { rejected.append(term.raw); continue }
                filter.statuses.append(StatusFilter(word: key, from: point.sortKey, to: point.lastKey))
                understood.append("\(key == "state" ? "a state" : key) in " + EDTFDate(start: point).display)
            case "src":
                let value = term.value.lowercased().trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty, Sanitizer.sanitized(value) == value else { rejected.append(term.raw); continue }
                filter.sources.append(value)
                understood.append("src " + value)
            case "in", "inst", "doc":
                guard !folded.isEmpty else { rejected.append(term.raw); continue }
                if key == "in" { filter.places += folded } else if key == "inst" { filter.institutions += folded } else { filter.documents += folded }
                understood.append("\(key) " + folded.joined(separator: " "))
            default:
                rejected.append(term.raw)
            }
        }
        // A month's name is written with a capital; it does not make the query case-sensitive.
        isCaseSensitive = words.contains { $0.contains(where: \.isUppercase) && TypedDate.month($0) == nil }
        let sensitive = isCaseSensitive
        var seen: Set<String> = []
        var tokens: [String] = []
        for word in words where tokens.count < SearchQuery.wordLimit {
            let token = SearchQuery.fold(word, keepingCase: sensitive)
            if !token.isEmpty, seen.insert(token).inserted { tokens.append(token) }
        }
        self.tokens = tokens
        self.phrases = phrases.map { $0.map { SearchQuery.fold($0, keepingCase: false) } }
        self.excluded = excluded.map { SearchQuery.fold($0, keepingCase: false) }
        self.filter = filter
        self.understood = understood
        self.rejected = rejected
    }

    /// Whether the text has more different words than are searched for.
    public var isCut: Bool {
        tokens.count == SearchQuery.wordLimit && Set(SearchQuery.words(in: text).map { SearchQuery.fold($0, keepingCase: isCaseSensitive) }).count > tokens.count
    }

    /// The year a query of one four-digit word names (`2004`): the events dated in it come
    /// first, ahead of the records whose text says it.
    public var bareYear: Int? {
        guard tokens.count == 1, filter.isEmpty, excluded.isEmpty, let token = tokens.first, token.count == 4,
              token.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(token), year >= 1 else { return nil }
        return year
    }

    /// Whether the query asks for nothing: no word, no filter.
    public var isEmpty: Bool { tokens.isEmpty && filter.isEmpty }

    /// Whether the index's matches must be checked against the records' text. The index
    /// keeps which words a record holds, not where or in what case (a position for every word
    /// doubled its size), so it cannot tell a phrase from its words in any order, a CJK word of
    /// three or more characters from its pairs apart, or `Tashkent` from `tashkent`.
    var needsCheck: Bool {
        isCaseSensitive || !phrases.isEmpty || tokens.contains { SearchQuery.isCJK($0) && $0.count > 2 }
    }

    /// The query's words in FTS5 syntax, each a quoted prefix, all required (a phrase's words
    /// too, each on its own); nil when it has none.
    var wordsExpression: String? {
        tokens.isEmpty ? nil : tokens.indices.map(term).joined(separator: " AND ")
    }

    /// A word in FTS5 syntax, or any of its other names.
    func term(_ i: Int) -> String {
        let own = SearchQuery.ftsTerm(tokens[i])
        let others = i < alternatives.count ? alternatives[i] : []
        guard !others.isEmpty else { return own }
        return "(" + ([own] + others.map { "(" + $0.map(SearchQuery.ftsTerm).joined(separator: " AND ") + ")" }).joined(separator: " OR ") + ")"
    }

    /// The words found in place of each query word, for highlighting.
    var alternativeWords: [String] { alternatives.flatMap { $0.flatMap { $0 } } }

    /// The words as the text index takes them, with the excluded words after NOT; nil when
    /// the query has no words (filters alone).
    var textExpression: String? {
        wordsExpression.map { words in excludedExpression.map { "(\(words)) NOT (\($0))" } ?? words }
    }

    /// The place filter in the name index; nil without one.
    var placeExpression: String? {
        filter.places.isEmpty ? nil : "{place} : (" + filter.places.map(SearchQuery.ftsTerm).joined(separator: " ") + ")"
    }

    /// The excluded words, as an FTS5 expression that finds the records to leave out.
    var excludedExpression: String? {
        excluded.isEmpty ? nil : excluded.map(SearchQuery.ftsTerm).joined(separator: " OR ")
    }

    /// One word as FTS5 prefix terms: a word in CJK characters as its neighbouring pairs, each
    /// required, as the index holds them (`indexed`), so it is found anywhere inside a run
    /// (合作 inside 上海合作组织); three or more characters also need `needsCheck`.
    static func ftsTerm(_ token: String) -> String {
        let folded = fold(token, keepingCase: false)
        let parts = isCJK(token) && token.count > 1 ? bigrams(of: Array(folded)) : [folded]
        return parts.map { "\"" + escaped($0) + "\"*" }.joined(separator: " ")
    }

    static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: "\"\"") }

    // MARK: CJK

    /// Han, kana and hangul. Chinese and Japanese put no spaces between words, so the
    /// tokenizer sees a whole run as one word; the index adds each run's pairs of neighbouring
    /// characters, and a query run is matched as consecutive pairs.
    public static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }

    static func isCJK(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy { isCJK($0) } }

    static func bigrams(of run: [Character]) -> [String] {
        run.count < 2 ? [] : (1..<run.count).map { String(run[$0 - 1]) + String(run[$0]) }
    }

    /// Stands between runs in the index: a token no query can hold (a query's words are
    /// letters and digits), so a phrase of pairs never spans two runs and needs no check.
    static let runSeparator = "\u{E000}"

    /// Text as the index takes it: the text, then its Latin form where it has Cyrillic letters
    /// (`Transliteration`), then for every CJK run of two or more characters its pairs and its
    /// last character (so a one-character query finds a run's end too), each after a separator. Text without CJK (ASCII, most often) is returned as it is, after
    /// a pass over its bytes.
    static func indexed(_ text: String) -> String {
        if isASCII(text) { return text }
        let latin = Transliteration.latin(text)
        var out = latin == text ? text : text + " " + runSeparator + " " + latin
        var run: [Character] = []
        func flush() {
            if run.count > 1 { out += " " + runSeparator + " " + bigrams(of: run).joined(separator: " ") + " " + String(run[run.count - 1]) }
            run.removeAll(keepingCapacity: true)
        }
        for c in text {
            if isCJK(c) { run.append(c) } else { flush() }
        }
        flush()
        return out
    }

    /// Letters and digits make words; everything else separates them.
    public static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Whether every byte of `text` is ASCII, read in place: asked of every field of every record
    /// imported, checked or ranked.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0 as UInt8) { $0 | $1 } < 0x80 }
    }

    /// How many words `text` has, counted on its bytes (any byte outside ASCII counts as a
    /// letter): the same count at import, for the average, as at ranking, for each record.
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0, inWord = false
            for byte in bytes {
                let letter = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                if letter, !inWord { count += 1 }
                inWord = letter
            }
            return count
        }
    }

    static func words(in text: String) -> [String] {
        text.split { !isWordCharacter($0) }.map(String.init)
    }

    static func fold(_ text: String, keepingCase: Bool) -> String {
        // ASCII has no diacritics to fold, and most text is ASCII: Foundation's folding costs
        // ten times a lowercasing, which matters when a search checks five hundred summaries.
        if isASCII(text) { return keepingCase ? text : text.lowercased() }
        let text = Transliteration.latin(text)
        let options: String.CompareOptions = keepingCase ? [.diacriticInsensitive] : [.diacriticInsensitive, .caseInsensitive]
        let folded = text.folding(options: options, locale: nil)
        return keepingCase ? folded : folded.lowercased()
    }

    /// Where the query's words occur in `text`, as ranges of grapheme offsets: each match is
    /// the start of a word whose folded form begins with a query word.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let tokens = self.tokens + alternativeWords
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
            for token in tokens where !SearchQuery.isCJK(token) && word.hasPrefix(token) {
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
        // A CJK word matches anywhere inside a run, not only at its start.
        for token in tokens where SearchQuery.isCJK(token) {
            let needle = Array(token)
            var k = 0
            while k + needle.count <= characters.count {
                if characters[k] == needle[0], Array(characters[k..<k + needle.count]) == needle {
                    result.append(k..<k + needle.count)
                    k += needle.count
                } else {
                    k += 1
                }
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }
}
