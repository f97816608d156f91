import Foundation
import GRDB

/// A record's text as search reads it back to check and rank a match.
struct RecordText {
    /// Title and short title.
    let title: String
    /// Aliases and people.
    let names: String
    let place: String
    let summary: String

    /// The columns `RecordText.init(row:)` reads, through the table alias `r`.
    static let columns = "r.rowid AS rowid, r.title, r.short_title, r.aliases, r.people, r.place, r.summary"

    init(title: String, names: String, place: String, summary: String) {
        self.title = title
        self.names = names
        self.place = place
        self.summary = summary
    }

    /// Read by position (`columns`): a name lookup costs more than the check it feeds.
    init(row: Row) {
        let short: String? = row[2]
        title = short.map { row[1] + " · " + $0 } ?? row[1]
        names = (StoreRecord.items(row[3]) + StoreRecord.items(row[4])).joined(separator: " · ")
        place = row[5] ?? ""
        summary = row[6]
    }
}

extension SearchQuery {
    /// The tier in which every word and phrase of the query is found in a record's text, as
    /// the reader typed them (with case when there is a capital); nil when one is missing,
    /// which the index cannot see (`needsCheck`).
    func tier(of text: RecordText) -> Matches.Tier? {
        TextCheck(self).tier(of: text)
    }

    /// Whether `text` holds every word and phrase of the query: a result's title, to tell a
    /// match in the title from one in an alias.
    public func isFound(in text: String) -> Bool {
        TextCheck(self).found(in: text).count == tokens.count + phrases.count
    }

    /// Which query words `text` holds, for highlighting which words a field matched.
    func matchedTokens(in text: String) -> Set<String> {
        Set(TextCheck(self).found(in: text).compactMap { $0 < tokens.count ? tokens[$0] : nil })
    }
}

/// A query's words and phrases checked against records' text, made once for a search that
/// checks a million: ASCII text, the most common, is split and compared as bytes.
struct TextCheck {
    let query: SearchQuery
    /// The words and phrases' words as bytes, when all of them are ASCII.
    private let ascii: (tokens: [[UInt8]], phrases: [[[UInt8]]])?

    init(_ query: SearchQuery) {
        self.query = query
        let all = query.tokens + query.phrases.flatMap { $0 } + query.alternativeWords
        ascii = all.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? (query.tokens.map { Array($0.utf8) }, query.phrases.map { $0.map { Array($0.utf8) } }) : nil
    }

    func tier(of text: RecordText) -> Matches.Tier? {
        let inHeading = found(in: text.title).union(found(in: text.names))
        let inPlace = found(in: text.place)
        let everywhere = inHeading.union(inPlace).union(found(in: text.summary))
        let all = query.tokens.count + query.phrases.count
        guard everywhere.count == all else { return nil }
        return inHeading.count == all ? .title : inHeading.union(inPlace).count == all ? .place : .summary
    }

    /// Which of the query's words (by index) and phrases (by index after the words) `text` holds.
    func found(in text: String) -> Set<Int> {
        guard !text.isEmpty else { return [] }
        if let ascii, SearchQuery.isASCII(text) { return found(inASCII: text, ascii) }
        let folded = SearchQuery.fold(text, keepingCase: query.isCaseSensitive)
        let words = SearchQuery.words(in: folded)
        var found: Set<Int> = []
        for (i, token) in query.tokens.enumerated() {
            if SearchQuery.isCJK(token) ? folded.contains(token) : words.contains(where: { $0.hasPrefix(token) }) { found.insert(i) }
        }
        if found.count < query.tokens.count, !query.alternatives.isEmpty {
            let lower = query.isCaseSensitive ? SearchQuery.words(in: SearchQuery.fold(text, keepingCase: false)) : words
            for (i, others) in query.alternatives.enumerated() where !found.contains(i) {
                if others.contains(where: { $0.allSatisfy { word in lower.contains { $0.hasPrefix(word) } } }) { found.insert(i) }
            }
        }
        guard !query.phrases.isEmpty else { return found }
        let lower = query.isCaseSensitive ? SearchQuery.words(in: SearchQuery.fold(text, keepingCase: false)) : words
        for (i, phrase) in query.phrases.enumerated() where TextCheck.holds(lower, phrase) { found.insert(query.tokens.count + i) }
        return found
    }

    private func found(inASCII text: String, _ ascii: (tokens: [[UInt8]], phrases: [[[UInt8]]])) -> Set<Int> {
        guard let words = ASCIIWords(text) else { return [] }
        var found: Set<Int> = []
        for (i, token) in ascii.tokens.enumerated() where words.contains(startingWith: token, keepingCase: query.isCaseSensitive) {
            found.insert(i)
        }
        for (i, others) in query.alternatives.enumerated() where !found.contains(i) {
            if others.contains(where: { $0.allSatisfy { words.contains(startingWith: Array($0.utf8), keepingCase: false) } }) { found.insert(i) }
        }
        for (i, phrase) in ascii.phrases.enumerated() where words.holds(phrase) { found.insert(ascii.tokens.count + i) }
        return found
    }

    /// Whether `words` has the phrase's words in a row, the last as a prefix (as FTS5 reads `"a b"*`).
    static func holds(_ words: [String], _ phrase: [String]) -> Bool {
        guard let last = phrase.last, words.count >= phrase.count else { return false }
        let head = phrase.dropLast()
        return (0...(words.count - phrase.count)).contains { i in
            words[i + head.count].hasPrefix(last) && zip(words[i...], head).allSatisfy { $0 == $1 }
        }
    }
}

/// Okapi BM25 over a record's text, the formula FTS5's `bm25()` uses, with a weight per field.
/// FTS5 computes it from the positions its index keeps; this index keeps none, so the matches
/// it finds are scored here from their text, which search reads anyway to check them.
struct Relevance {
    /// Weights of a word found in the title, names, place and summary.
    static let weights = (title: 10.0, names: 8.0, place: 3.0, summary: 1.0)
    static let k1 = 1.2, b = 0.75

    /// The query's words, folded (and as bytes when ASCII), each with its inverse document frequency.
    private let words: [(token: String, ascii: [UInt8]?, cjk: Bool, idf: Double)]
    private let averageWords: Double

    /// `documents(token)`: how many records hold the word, from the index.
    init(_ query: SearchQuery, records: Int, averageWords: Double, documents: (String) throws -> Int) rethrows {
        let n = Double(max(records, 1))
        // A word's other names count as the word does.
        words = try (query.tokens + query.alternativeWords).map { token in
            let held = Double(try documents(token))
            // As FTS5: a word in more than half the records would weigh less than nothing.
            let idf = max(log((n - held + 0.5) / (held + 0.5)), 1e-6)
            let folded = SearchQuery.fold(token, keepingCase: false)
            return (folded, folded.utf8.allSatisfy { $0 < 0x80 } ? Array(folded.utf8) : nil, SearchQuery.isCJK(token), idf)
        }
        self.averageWords = max(averageWords, 1)
    }

    /// Higher is better.
    func score(_ text: RecordText) -> Double {
        let fields = [(text.title, Relevance.weights.title), (text.names, Relevance.weights.names),
                      (text.place, Relevance.weights.place), (text.summary, Relevance.weights.summary)]
            .filter { !$0.0.isEmpty }
            .map { Field(text: $0.0, weight: $0.1) }
        let length = Double(fields.reduce(0) { $0 + SearchQuery.wordCount($1.text) })
        let norm = Relevance.k1 * (1 - Relevance.b + Relevance.b * length / averageWords)
        var score = 0.0
        for word in words {
            let frequency = fields.reduce(0.0) { $0 + $1.weight * Double($1.count(word)) }
            score += word.idf * frequency * (Relevance.k1 + 1) / (frequency + norm)
        }
        return score
    }

    /// One field of a record's text, split once for every word of the query.
    private struct Field {
        let text: String
        let weight: Double
        let ascii: ASCIIWords?
        /// Folded and split, when the text is not ASCII.
        let folded: (text: String, words: [String])?

        init(text: String, weight: Double) {
            self.text = text
            self.weight = weight
            ascii = ASCIIWords(text)
            folded = ascii != nil ? nil : {
                let folded = SearchQuery.fold(text, keepingCase: false)
                return (folded, SearchQuery.words(in: folded))
            }()
        }

        /// How many times the field holds a word: as the start of a word, or anywhere in a
        /// run of CJK characters.
        func count(_ word: (token: String, ascii: [UInt8]?, cjk: Bool, idf: Double)) -> Int {
            if let ascii {
                return word.ascii.map { ascii.count(startingWith: $0) } ?? 0
            }
            guard let folded else { return 0 }
            if word.cjk { return folded.text.components(separatedBy: word.token).count - 1 }
            return folded.words.reduce(0) { $0 + ($1.hasPrefix(word.token) ? 1 : 0) }
        }
    }
}
