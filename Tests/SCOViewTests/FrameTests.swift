import Foundation
import Testing
import SCOText
import SCOCore
@testable import SCOView

@Suite struct FrameTests {
    @Test func wideGlyphsTakeTwoCellsAndAreNeverSplit() {
        var frame = Frame(size: Size(width: 5, height: 1))
        frame.write("上海合", x: 0, y: 0)
        #expect(frame.line(0) == "上海 ")
        #expect(frame[0, 0].text == "上" && frame[1, 0].text == "" && frame[4, 0].text == " ")
    }

    @Test func overwritingHalfAWideGlyphLeavesNoDebris() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.write("上海", x: 0, y: 0)
        frame.write("x", x: 1, y: 0)
        #expect(frame.line(0) == " x海")
        frame.write("y", x: 2, y: 0)
        #expect(frame.line(0) == " xy ")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var frame = Frame(size: Size(width: 6, height: 1))
        let used = frame.write("Zu\u{308}rich", x: 0, y: 0)
        #expect(used == 6 && frame[1, 0].text == "u\u{308}")
    }

    @Test func controlCharactersNeverReachACell() {
        var frame = Frame(size: Size(width: 40, height: 1))
        frame.write("a\u{1B}]0;PWNED\u{7}b\u{9B}31m\u{202E}", x: 0, y: 0)
        let scalars = frame.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(frame.line(0).hasPrefix("a␛]0;PWNED␇b"))
    }

    @Test func writesClipToTheFrame() {
        var frame = Frame(size: Size(width: 3, height: 2))
        frame.write("abcdef", x: 1, y: 1)
        frame.write("zz", x: 0, y: 5)
        frame.write("q", x: -1, y: 0)
        #expect(frame.text == "   \n ab")
    }
}

@Suite struct ASCIIFrameTests {
    @Test func keepsColumnsAndUsesOnlyASCII() {
        var frame = Frame(size: Size(width: 12, height: 1))
        frame.write("a│▸上é…x", x: 0, y: 0)
        let ascii = ASCIIFrame.converted(frame)
        #expect(ascii.line(0) == "a|>?e...x   ")
        #expect(ascii.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) && $0.text.count == 1 })
    }

    /// One `?` for each glyph that cannot show, `...` for a cut, and every run of text keeps
    /// its columns, so the next column starts where it did.
    @Test(arguments: [
        ("Beiji…", "Bei..."), ("上海合作组织", "??????      "), ("上海…", "??..."), ("Tashken…2004", "Tashk...2004"),
        ("🇺🇿 flag", "? flag "), ("…", "."), ("x…", ".."), ("…ab", "..."),
    ])
    func fitsEachRunToItsColumns(_ text: String, _ expected: String) {
        let width = DisplayWidth.of(text)
        var frame = Frame(size: Size(width: width + 3, height: 1))
        frame.write(text, x: 0, y: 0)
        frame.write("|", x: width, y: 0, style: Style(.divider))
        frame.write("ok", x: width + 1, y: 0, style: Style(.date))
        let line = ASCIIFrame.converted(frame).line(0)
        #expect(line == expected + "|ok", "\(text)")
    }
}

/// Every colour the palette uses reads on both a dark and a light background: WCAG's 4.5:1
/// for text, against black and white, with xterm's own palette.
@Suite struct PaletteTests {
    /// The RGB of a colour of xterm's 256-colour palette.
    static func xterm(_ index: Int) -> (Double, Double, Double) {
        let basics: [(Double, Double, Double)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basics[index] }
        if index >= 232 { let v = Double(8 + 10 * (index - 232)); return (v, v, v) }
        let levels: [Double] = [0, 95, 135, 175, 215, 255]
        let i = index - 16
        return (levels[i / 36], levels[i / 6 % 6], levels[i % 6])
    }

    static func luminance(_ rgb: (Double, Double, Double)) -> Double {
        func linear(_ c: Double) -> Double { let s = c / 255; return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }

    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: Role.allCases)
    func colouredRolesReadOnDarkAndLight(_ role: Role) {
        guard let color = Palette.auto.look(role).color else { return }
        #expect(color >= 16, "\(role) uses a basic colour, which users re-theme")
        #expect(PaletteTests.contrast(PaletteTests.xterm(color), (0, 0, 0)) >= 4.5, "\(role) on black")
        #expect(PaletteTests.contrast(PaletteTests.xterm(color), (255, 255, 255)) >= 4.5, "\(role) on white")
    }

    /// The dark theme reads on black and the light theme on white, every coloured role; `none`
    /// has no colour at all.
    @Test(arguments: Role.allCases)
    func eachThemeReadsOnItsBackground(_ role: Role) {
        for (palette, background, name) in [(Palette.dark, (0.0, 0.0, 0.0), "dark"), (Palette.light, (255.0, 255.0, 255.0), "light")] {
            guard let color = palette.look(role).color else { continue }
            #expect(color >= 16, "\(name) \(role) uses a basic colour")
            #expect(PaletteTests.contrast(PaletteTests.xterm(color), background) >= 4.5, "\(name) \(role)")
        }
        #expect(Palette.none.look(role).color == nil)
    }

    /// The measure tells: yellow on white, the old headings, fails it.
    @Test func theMeasureRejectsYellowOnWhite() {
        #expect(PaletteTests.contrast(PaletteTests.xterm(3), (255, 255, 255)) < 2)
        #expect(PaletteTests.contrast(PaletteTests.xterm(4), (0, 0, 0)) < 2.5)
    }
}
