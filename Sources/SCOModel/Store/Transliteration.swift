/// Cyrillic in Latin letters, so that `Ташкент` and `Tashkent`, `Ўзбекистон` and `O‘zbekiston`
/// meet in search. Search folds both the query and the records' text through it, and the index
/// holds the Latin form of every Cyrillic word beside the word itself.
///
/// Russian follows BGN/PCGN (е and ё as ye and yo at the start of a word and after a vowel,
/// х as kh, ж as zh); a word with a letter only Uzbek has (ў, қ, ғ, ҳ) follows the Uzbek Latin
/// alphabet (х as x, ж as j, ў as o‘, ғ as g‘). Kazakh, Kyrgyz, Tajik and Ukrainian letters get
/// their usual Latin forms. The Uzbek apostrophes (‘ ʻ ’ ' `) all separate, as `'` does, so
/// the four ways of writing O‘zbekiston are one word to search.
public enum Transliteration {
    /// The text with Cyrillic letters in Latin ones and the modifier-letter apostrophes
    /// (ʻ ʼ, which count as letters) as `'`; case is kept. ASCII text is returned as it is.
    public static func latin(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2BB && (isCyrillic($0) || isApostrophe($0)) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            let uzbek = word.contains { "ўЎқҚғҒҳҲ".unicodeScalars.contains($0) }
            for (i, scalar) in word.enumerated() {
                let previous = i > 0 ? word[i - 1] : nil
                out += latin(scalar, uzbek: uzbek, afterVowel: previous.map { isVowelOrSign($0) } ?? true, nextIsLower: i + 1 < word.count && isLower(word[i + 1]))
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isCyrillic(scalar) {
                word.append(scalar)
            } else {
                flush()
                out.unicodeScalars.append(isApostrophe(scalar) ? "'" : scalar)
            }
        }
        flush()
        return out
    }

    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x400...0x52F).contains(s.value) }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s.value == 0x2BB || s.value == 0x2BC }

    static func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

    /// Whether е after this letter is ye: after a vowel, й, ъ and ь, as at a word's start.
    static func isVowelOrSign(_ s: Unicode.Scalar) -> Bool {
        "аеёиоуыэюяйъьўАЕЁИОУЫЭЮЯЙЪЬЎ".unicodeScalars.contains(s)
    }

    /// One Cyrillic letter in Latin letters, in its case: a capital's Latin form is capitalised
    /// (`Щ` as `Shch`), or all capitals beside another capital (`ШОС` as `SHOS`).
    static func latin(_ scalar: Unicode.Scalar, uzbek: Bool, afterVowel: Bool, nextIsLower: Bool) -> String {
        let lower = Character(scalar).lowercased()
        let isUpper = lower != String(Character(scalar))
        let base: String
        switch lower {
        case "е": base = afterVowel ? "ye" : "e"
        case "ё": base = afterVowel ? "yo" : "yo"
        case "х": base = uzbek ? "x" : "kh"
        case "ж": base = uzbek ? "j" : "zh"
        case "ц": base = uzbek ? "s" : "ts"
        default: base = table[lower] ?? String(Character(scalar))
        }
        guard isUpper, let first = base.first else { return base }
        return nextIsLower ? first.uppercased() + base.dropFirst() : base.uppercased()
    }

    /// The letters whose Latin form does not depend on the word.
    static let table: [String: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Uzbek
        "ў": "o'", "қ": "q", "ғ": "g'", "ҳ": "h",
        // Kazakh, Kyrgyz, Tajik, Ukrainian, Belarusian
        "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "ң": "ng", "һ": "h", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
        "ӣ": "i", "ӯ": "u", "ҷ": "j",
    ]
}
