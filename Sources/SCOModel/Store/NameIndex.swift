/// Every name the chronicle gives its records and places in other languages, read once, so
/// a search can take `Ташкент`, `Toshkent` or `塔什干` as another way of writing Tashkent.
struct NameIndex: Sendable {
    struct Entry: Sendable {
        /// The name's words, folded as search folds them (Cyrillic in Latin letters).
        let words: [String]
        /// The same, with their case: a query with a capital names it only in its case.
        let casedWords: [String]
        let name: Name
        /// What it names, in the chronicle's words: the record's title, or the place.
        let target: String
        /// The ways the target is written in the chronicle, each as folded words: its title,
        /// and its short title when it has one.
        let alternatives: [[String]]
    }

    let entries: [Entry]

    init(records: [(title: String, shortTitle: String?, names: [Name])], places: [Place]) {
        func folded(_ text: String) -> [String] { SearchQuery.words(in: SearchQuery.fold(text, keepingCase: false)) }
        var entries: [Entry] = []
        let named = records.map { ($0.title, [$0.title] + ($0.shortTitle.map { [$0] } ?? []), $0.names) }
            + places.map { ($0.name, [$0.name], $0.names) }
        for (target, forms, names) in named {
            let alternatives = forms.map(folded).filter { !$0.isEmpty }
            for name in names {
                let words = folded(name.text)
                guard !words.isEmpty else { continue }
                let cased = SearchQuery.words(in: SearchQuery.fold(name.text, keepingCase: true))
                entries.append(Entry(words: words, casedWords: cased, name: name, target: target, alternatives: alternatives))
            }
        }
        self.entries = entries
    }

    /// The common Latin variants, for matching names only: an initial `ye` as `e`
    /// (Yekaterinburg and Ekaterinburg), in any case.
    static func variant(_ word: String) -> String {
        guard let first = word.first, first == "y" || first == "Y", let second = word.dropFirst().first, second == "e" || second == "E" else { return word }
        return (first == "Y" ? "E" : "e") + word.dropFirst(2)
    }

    /// Whether a query word names the name's word: the same word, the start of the name's last
    /// word (a name is found while typed, from three letters), or anywhere inside a CJK name.
    static func matches(_ token: String, _ word: String, last: Bool) -> Bool {
        if SearchQuery.isCJK(token) { return word.contains(token) }
        let (t, w) = (variant(token), variant(word))
        return t == w || last && t.count >= 3 && w.hasPrefix(t)
    }
}

extension SearchQuery {
    /// The query with the chronicle's other names of what its words name: each word that
    /// names a record or a place in another language or script may also be the record's or
    /// the place's own name (`Ташкент` as Tashkent). A name of several words is named by the
    /// same words in a row.
    func named(by index: NameIndex) -> SearchQuery {
        guard !index.entries.isEmpty, !tokens.isEmpty else { return self }
        let lower = tokens.map { $0.lowercased() }
        var query = self
        let sensitive = isCaseSensitive
        var alternatives = Array(repeating: [[String]](), count: tokens.count)
        var notes: [String] = []
        for entry in index.entries {
            // Smart case holds for names too: `SAMARQAND` names nothing written Samarqand.
            let names = sensitive ? entry.casedWords : entry.words
            let given = sensitive ? tokens : lower
            for start in lower.indices {
                var span: Range<Int>?
                // The name's first words in a row, the last of them begun: `шанхайская
                // организация` names the SCO as its whole name does.
                for count in stride(from: min(names.count, given.count - start), through: 1, by: -1)
                where names.prefix(count).indices.allSatisfy({ NameIndex.matches(given[start + $0], names[$0], last: $0 == count - 1) }) {
                    span = start..<start + count
                    break
                }
                // A name of several words run together: `Ozbekiston` for O‘zbekiston.
                if span == nil, names.count > 1, NameIndex.matches(given[start], names.joined(), last: true) {
                    span = start..<start + 1
                }
                guard let span else { continue }
                // What the words find by themselves needs no other name (`mongo` and Mongolia).
                let new = entry.alternatives.filter { alternative in
                    !(alternative.count == span.count && zip(span, alternative).allSatisfy { $1.hasPrefix(lower[$0]) })
                }
                guard !new.isEmpty else { continue }
                for i in span { for alternative in new where !alternatives[i].contains(alternative) { alternatives[i].append(alternative) } }
                let note = "\(entry.name.text) = \(entry.target) (\(entry.name.language)\(entry.name.uncertain ? "?" : ""))"
                if entry.name.text != entry.target, !notes.contains(note) { notes.append(note) }
            }
        }
        query.alternatives = alternatives
        // A few are enough to say why; a record with thousands of names must not flood the line.
        query.otherNames = notes.count > 3 ? Array(notes.prefix(3)) + ["\(notes.count - 3) more"] : notes
        return query
    }
}
