import Testing
@testable import SCOText

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("上", 2), ("😀", 2), ("👩‍💻", 2), ("❤️", 2), ("Ш", 1), ("ʻ", 1), ("\u{301}", 0),
    ])
    func measuresGraphemes(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    /// Emoji sequences are one grapheme each, two columns wide (UTS #51): a flag of two
    /// regional indicators, a ZWJ family, a skin tone, an emoji or keycap with the emoji
    /// selector; the text selector leaves a narrow base narrow.
    @Test(arguments: [
        ("🇺🇿", 2), ("👨‍👩‍👧", 2), ("👩‍💻", 2), ("👍🏽", 2), ("❤️", 2), ("1️⃣", 2), ("☺︎", 1), ("❤", 1), ("🇺", 2),
    ])
    func measuresEmojiSequencesAsOneGlyph(_ text: String, _ width: Int) {
        #expect(text.count == 1, "\(text) is one grapheme")
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func measuresStrings() {
        #expect(DisplayWidth.of("上海合作组织 SCO") == 16)
    }
}

@Suite struct TextLayoutTests {
    @Test func truncatesWithEllipsisWithoutSplittingWideGlyphs() {
        #expect(TextLayout.truncated("Tashkent summit", to: 8) == "Tashken…")
        #expect(TextLayout.truncated("上海合作组织", to: 6) == "上海…")
        #expect(DisplayWidth.of(TextLayout.truncated("上海合作组织", to: 6)) == 5)
        #expect(TextLayout.truncated("short", to: 10) == "short")
        #expect(TextLayout.padded("上海", to: 5) == "上海 ")
    }

    /// Look-alikes once cut keep the word that tells them apart; texts that differ in what
    /// survives the cut, or that are the same, are cut as usual.
    @Test func cutsKeepWhatTellsTitlesApart() {
        let apart = TextLayout.truncatedApart([("Tashkent summit 2004", 18), ("Tashkent summit 2010", 18), ("Astana summit 2005", 18),
                                               ("Tashkent summit 2016 and its declaration", 18), ("Same title here, long", 12),
                                               ("Same title here, long", 12)])
        #expect(apart == ["Tashkent summ…2004", "Tashkent summ…2010", "Astana summit 2005", "Tashkent sum…2016…", "Same title …", "Same title …"])
        for (text, width) in zip(apart, [18, 18, 18, 18, 12, 12]) { #expect(DisplayWidth.of(text) <= width) }
        // No room to keep the word: the plain cut stays.
        #expect(TextLayout.truncatedApart([("Tashkent summit 2004", 5), ("Tashkent summit 2010", 5)]) == ["Tash…", "Tash…"])
        #expect(TextLayout.truncatedApart([("上海合作组织 2004", 10), ("上海合作组织 2010", 10)]) == ["上海…2004", "上海…2010"])
    }

    @Test func wrapsAtWordBoundaries() {
        #expect(TextLayout.wrapped("the quick brown fox jumps", to: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextLayout.wrapped("abcdefghijkl", to: 5) == ["abcde", "fghij", "kl"])
        #expect(TextLayout.wrapped("上海合作组织", to: 5) == ["上海", "合作", "组织"])
        #expect(TextLayout.wrapped("one\n\ntwo", to: 10) == ["one", "", "two"])
    }
}

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("\u{1B}]0;PWNED\u{07}", "␛]0;PWNED␇"),
        ("\u{1B}[2J", "␛[2J"),
        ("\u{9B}31m", "\u{FFFD}31m"),
        ("abc\u{202E}def", "abc\u{FFFD}def"),
        ("a\u{7F}b", "a␡b"),
        ("line\nnext", "line␊next"),
        ("a\tb", "a   b"),
    ])
    func replacesControlsWithVisibleStandIns(_ input: String, _ output: String) {
        #expect(Sanitizer.sanitized(input) == output)
    }

    @Test(arguments: ["Toshkent", "Oʻzbekiston", "ШОС", "上海合作组织", "👩‍💻 e\u{301}"])
    func leavesOrdinaryTextAlone(_ text: String) {
        #expect(Sanitizer.sanitized(text) == text)
    }

    @Test func neverLetsAControlThrough() {
        let hostile = (0..<0xA0).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{2066}\u{2069}\u{202A}"
        let clean = Sanitizer.sanitized(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    }
}

@Suite struct GroupedTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (831_418, "831,418"), (1_053_000, "1,053,000"), (-12_345, "-12,345")])
    func groupsThousands(_ n: Int, _ text: String) {
        #expect(n.grouped == text)
    }
}

/// Layout costs what it reads: a megabyte without a space, or a million short words, is wrapped
/// in one pass (the time limit only catches a hang; the growth benchmark has the figures).
@Suite(.timeLimit(.minutes(1))) struct LayoutGrowthTests {
    @Test(arguments: [1_000, 100_000, 1_000_000])
    func aLongWordIsCutIntoFullLines(_ length: Int) {
        let word = String(repeating: "abcdefghij", count: length / 10)
        let lines = TextLayout.wrapped(word, to: 80)
        #expect(lines.count == (length + 79) / 80)
        #expect(lines.dropLast().allSatisfy { $0.count == 80 } && lines.joined() == word)
    }

    @Test func wideGlyphsAreNeverSplitAcrossLines() {
        let lines = TextLayout.wrapped(String(repeating: "上海合作组织", count: 10_000), to: 7)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 } && lines.joined().count == 60_000)
    }
}
