/// Dates typed in a query as the screen shows them (`17 Jun 2004`, `Jun 2004`, `2004-06`,
/// `15–16 Jun 2009`, `31 Aug – 1 Sep 2025`, `2003–2004`): read as a date term, as `date:`
/// would be, rather than as words. A bare year stays a word, since titles say years.
enum ShownDates {
    /// The terms with each run of plain words that reads as a date made one `date` term
    /// whose value is that date in EDTF; the longest run wins.
    static func gathered(_ terms: [QueryTerms.Term]) -> [QueryTerms.Term] {
        var out: [QueryTerms.Term] = []
        var i = 0
        while i < terms.count {
            // At most seven words (`17 Jun 2004 – 5 Jul 2005`) are looked at from each.
            let plain = terms[i..<min(terms.count, i + 7)].prefix { $0.key == nil && !$0.quoted && !$0.negated }
            // Only a run that ends in a year (or one word that begins with one) can be a date: the
            // check is cheap, so a query of 20,000 words is not parsed 140,000 times.
            let longest = plain.isEmpty ? nil : (1...plain.count).reversed().first { n in
                mayEndADate(plain[plain.startIndex + n - 1].value, alone: n == 1)
                    && date(plain.prefix(n).map(\.value).joined(separator: " ")) != nil
            }
            guard let n = longest, let edtf = date(plain.prefix(n).map(\.value).joined(separator: " ")) else {
                out.append(terms[i])
                i += 1
                continue
            }
            let raw = plain.prefix(n).map(\.raw).joined(separator: " ")
            out.append(QueryTerms.Term(raw: raw, key: "date", value: edtf, quoted: false, negated: false))
            i += n
        }
        return out
    }

    /// Whether a word can end a date as the screen writes it: a four-digit year (`2004`,
    /// `2004?`), or alone, a date in figures (`2004-06`).
    private static func mayEndADate(_ word: String, alone: Bool) -> Bool {
        let digits = word.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        return digits == 4 && (word.utf8.count == 4 || alone || word.utf8.dropFirst(4).allSatisfy { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "~") })
    }

    /// The date a text names as the screen writes dates, in EDTF (`2009-06-15/2009-06-16`),
    /// or nil when it is not one (a bare year is not).
    static func date(_ typed: String) -> String? {
        // What the screen adds to a vague date (`2002?`, `c. Jun 2004`) does not change its days.
        let text = typed.filter { $0 != "?" && $0 != "~" }.split(separator: " ").filter { $0 != "c." }.joined(separator: " ")
        // The screen writes a year with four digits: `Jun 17` is a day, not the year 17.
        guard let last = text.split(separator: " ").last, last.count == 4 && last.allSatisfy(\.isASCIIDigit)
            || text.count >= 7 && text.prefix(4).allSatisfy(\.isASCIIDigit) && !text.contains(" ") else { return nil }
        let dash = text.range(of: " – ") ?? text.range(of: " - ") ?? text.range(of: "–") ?? hyphenBetweenNumbers(text)
        guard let dash else {
            guard let point = TypedDate.parse(text), point.month != nil, text.contains(where: { !$0.isNumber }) else { return nil }
            return EDTFDate(start: point).description
        }
        let left = String(text[..<dash.lowerBound]), right = String(text[dash.upperBound...])
        guard let end = TypedDate.parse(right) else { return nil }
        let parts = left.split(separator: " ").map(String.init)
        // The start borrows what it leaves out from the end: `15–16 Jun 2009`, `31 Aug – 1 Sep 2025`.
        let start: EDTFDate.Point?
        switch parts.count {
        case 1 where end.month == nil:
            start = number(parts[0]).flatMap { $0 >= 1 && $0 <= 9999 ? EDTFDate.Point(year: $0, month: nil, day: nil) : nil }
        case 1 where end.day != nil:
            start = number(parts[0]).flatMap { day in point(year: end.year, month: end.month, day: day) }
        case 2, 3:
            start = TypedDate.parse(left + (parts.count == 2 ? " \(end.year)" : ""))
        default:
            start = nil
        }
        guard let start, start < end || start == end, start.day == nil || end.day != nil else { return nil }
        return EDTFDate(start: start, end: end).description
    }

    /// `15-16 Jun 2009` typed with a hyphen: a hyphen between two day numbers is a dash.
    private static func hyphenBetweenNumbers(_ text: String) -> Range<String.Index>? {
        guard let hyphen = text.range(of: "-"), let space = text.firstIndex(of: " "), hyphen.upperBound < space else { return nil }
        let before = text[..<hyphen.lowerBound], after = text[hyphen.upperBound..<space]
        return (1...2).contains(before.count) && (1...2).contains(after.count) && number(before) != nil
            && number(after) != nil ? hyphen : nil
    }

    private static func number(_ text: some StringProtocol) -> Int? {
        (1...4).contains(text.count) && text.allSatisfy(\.isASCIIDigit) ? Int(text) : nil
    }

    private static func point(year: Int, month: Int?, day: Int) -> EDTFDate.Point? {
        guard let month, (1...EDTFDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return EDTFDate.Point(year: year, month: month, day: day)
    }
}
