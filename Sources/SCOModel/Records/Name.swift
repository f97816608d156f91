/// A name of a record or a place in one language (`Ташкент`, ru), with where it was read: the
/// chronicle's own words are English, and these let a reader search in Russian, Chinese or
/// Uzbek. A name marked uncertain is a best guess that no source showed.
public struct Name: Hashable, Sendable {
    /// A BCP 47 tag: `ru`, `zh`, `uz-Latn`, `uz-Cyrl`.
    public var language: String
    public var text: String
    public var uncertain: Bool
    public var sources: [Source]

    public init(language: String, text: String, uncertain: Bool = false, sources: [Source]) {
        self.language = language
        self.text = text
        self.uncertain = uncertain
        self.sources = sources
    }

    /// Whether a language tag is well formed: an ISO 639 code of two or three letters, then
    /// subtags of letters and digits (`uz-Latn`), as BCP 47 writes them.
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        // A private-use tag (`x-klingon`) is a tag too.
        if parts.count > 1, parts[0] == "x" || parts[0] == "X" {
            return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

extension Array where Element == Name {
    /// The names by language, for a line of the detail: `ru Ташкент · zh 塔什干 · uz-Latn
    /// Toshkent`, an uncertain one with `?`.
    public var line: String {
        var order: [String] = []
        var forms: [String: [String]] = [:]
        for name in self {
            if forms[name.language] == nil { order.append(name.language) }
            forms[name.language, default: []].append(name.text + (name.uncertain ? "?" : ""))
        }
        return order.map { "\($0) " + (forms[$0] ?? []).joined(separator: " / ") }.joined(separator: " · ")
    }
}

/// A place events are held in (a city), with its names in other languages: an event whose
/// place names it is found by any of them.
public struct Place: Hashable, Sendable {
    /// The place as the chronicle writes it in events (`Tashkent`, in `Tashkent, Uzbekistan`).
    public var name: String
    public var names: [Name]

    public init(name: String, names: [Name]) {
        self.name = name
        self.names = names
    }
}
