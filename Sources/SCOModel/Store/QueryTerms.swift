/// A query cut into its terms: words, `"quoted phrases"`, `-excluded` words and `key:value`
/// filters, whose value may be quoted (`from:"Jun 2004"`). Only letters before a colon make a
/// key, so `10:00` or a URL stays text. One pass over the text, whatever its length.
enum QueryTerms {
    struct Term: Equatable {
        /// The term as typed, to show when it is not understood.
        let raw: String
        let key: String?
        let value: String
        let quoted: Bool
        let negated: Bool
    }

    static func split(_ text: String) -> [Term] {
        var terms: [Term] = []
        var current = ""
        var inQuotes = false
        var quoted = false
        func finish() {
            defer { current = ""; quoted = false }
            guard !current.isEmpty else { return }
            let raw = current
            var body = Substring(raw)
            let negated = body.first == "-" && body.count > 1
            if negated { body = body.dropFirst() }
            if !negated, let colon = body.firstIndex(of: ":"), colon > body.startIndex, body[..<colon].allSatisfy({ $0.isASCII && $0.isLetter }) {
                let key = body[..<colon].lowercased()
                terms.append(Term(raw: raw, key: key, value: unquoted(body[body.index(after: colon)...]), quoted: quoted, negated: false))
            } else {
                terms.append(Term(raw: raw, key: nil, value: unquoted(body), quoted: quoted, negated: negated))
            }
        }
        for c in text {
            if c == "\"" {
                inQuotes.toggle()
                quoted = true
                current.append(c)
            } else if c.isWhitespace, !inQuotes {
                finish()
            } else {
                current.append(c)
            }
        }
        finish()
        return terms
    }

    static func unquoted(_ text: Substring) -> String {
        String(text.filter { $0 != "\"" })
    }
}
