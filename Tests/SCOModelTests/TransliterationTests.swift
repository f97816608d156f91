import Testing
@testable import SCOModel
import TestSupport

/// Cyrillic in Latin letters, letter by letter, and search meeting across the two scripts.
@Suite struct TransliterationTests {
    /// Every letter of the Russian alphabet, inside a word (after a consonant) and alone, in
    /// both cases.
    static let russian: [(String, String)] = [
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"), ("ж", "zh"), ("з", "z"), ("и", "i"),
        ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"),
        ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""),
        ("э", "e"), ("ю", "yu"), ("я", "ya"),
    ]

    /// The letters of Uzbek Cyrillic that Russian lacks or reads otherwise, in a word that
    /// has an Uzbek letter (қ), so the Uzbek reading applies.
    static let uzbek: [(String, String)] = [
        ("ў", "o'"), ("қ", "q"), ("ғ", "g'"), ("ҳ", "h"), ("х", "x"), ("ж", "j"), ("ц", "s"), ("е", "e"), ("ш", "sh"), ("ч", "ch"),
        ("ё", "yo"), ("ю", "yu"), ("я", "ya"), ("ъ", ""),
    ]

    @Test(arguments: russian)
    func everyRussianLetter(_ letter: String, _ latin: String) {
        #expect(Transliteration.latin("б" + letter) == "b" + latin)
        // A capital before a small letter is capitalised (Шанхай: Shankhay), beside capitals all capitals (ШОС: SHOS).
        #expect(Transliteration.latin("Б" + letter.uppercased() + "а") == "B" + (latin.first.map { $0.uppercased() + latin.dropFirst() } ?? "") + "a")
        #expect(Transliteration.latin("Б" + letter.uppercased() + "Д") == "B" + latin.uppercased() + "D")
        let alone = letter == "е" ? "ye" : latin
        #expect(Transliteration.latin(letter) == alone)
        if let first = alone.first { #expect(Transliteration.latin(letter.uppercased() + "а") == first.uppercased() + alone.dropFirst() + "a") }
    }

    @Test(arguments: uzbek)
    func everyUzbekLetter(_ letter: String, _ latin: String) {
        #expect(Transliteration.latin("қ" + "б" + letter) == "qb" + latin)
    }

    /// Real names, both ways: Cyrillic read as Latin, and the Latin that readers type.
    @Test(arguments: [
        ("Ташкент", "Tashkent"), ("Самарканд", "Samarkand"), ("Узбекистан", "Uzbekistan"), ("Екатеринбург", "Yekaterinburg"),
        ("Бишкек", "Bishkek"), ("Душанбе", "Dushanbe"), ("Ўзбекистон", "O'zbekiston"), ("Қозоғистон", "Qozog'iston"),
        ("Ҳиндистон", "Hindiston"), ("ШОС", "SHOS"), ("Шанхайская организация", "Shankhayskaya organizatsiya"),
        ("Oʻzbekiston", "O'zbekiston"), ("Tashkent", "Tashkent"), ("塔什干", "塔什干"), ("Мьянма", "Myanma"),
    ])
    func names(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic) == latin)
    }

    /// A Latin query finds a record written only in Cyrillic, and a Cyrillic query one written
    /// only in Latin, whether the chronicle is read into memory or imported into a file.
    @Test func searchMeetsAcrossScripts() throws {
        let chronicle = Chronicle(title: "Scripts", events: [
            Event(id: "cyrillic", title: "Саммит в Самарканде", date: EDTFDate(start: .init(year: 2022, month: 9, day: 15)), place: "Самарканд",
                  summary: "Встреча в Ўзбекистон.", sources: [.citation("x")]),
            Event(id: "latin", title: "Summit in Bishkek", date: EDTFDate(start: .init(year: 2019, month: 6, day: 14)),
                  summary: "Held in O‘zbekiston's neighbour.", sources: [.citation("x")]),
        ], institutions: [], documents: [])
        let scratch = try Scratch()
        try Fixtures.exported(chronicle).write(toFile: scratch.path("scripts.json"), atomically: true, encoding: .utf8)
        _ = try ChronicleImport.run(scratch.path("scripts.json"), to: scratch.path("scripts.db"))
        for store in [try Store(chronicle), try Store(opening: scratch.path("scripts.db"))] {
            func ids(_ query: String) throws -> [String] { store.entries(rows: try store.matches(SearchQuery(query)).rows).map(\.id) }
            #expect(try ids("samarkand") == ["cyrillic"])
            #expect(try ids("Samarkand") == ["cyrillic"], "a capital keeps the case, in either script")
            #expect(try ids("Бишкек") == ["latin"])
            #expect(try ids("Самарканде") == ["cyrillic"])
            for apostrophe in ["O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "Ўзбекистон", "o’zbekiston"] {
                #expect(try Set(ids(apostrophe)) == ["cyrillic", "latin"], "\(apostrophe)")
            }
        }
    }
}
