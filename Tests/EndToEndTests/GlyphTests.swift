import Foundation
import Testing
import SCOText
import TestSupport

/// Flags, ZWJ sequences, skin tones and variation selectors are one glyph each, with the
/// width the Unicode tables give: on a real terminal every row's divider stays in its column,
/// and no part of a sequence leaks into the cells after it.
@Suite(.serialized) struct GlyphTests {
    @Test func emojiSequencesKeepEveryColumnInPlace() throws {
        let tmux = try Tmux(command: Tmux.sco(["--data", Fixtures.path("glyphs.json")]) + "; sleep 60", width: 100, height: 12)
        #expect(try tmux.wait(for: "Timeline 1/3").ok)
        for keys in [[String](), ["j"], ["j"], ["Enter"], ["k"]] {
            for key in keys { try tmux.send(key) }
            let settled = try tmux.wait { $0.contains("Flag UZ day") && $0.contains("Family") }
            #expect(settled.ok, "\(settled.screen)")
            let rows = settled.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let dividers = Set(rows.compactMap { row -> Int? in
                guard let bar = row.firstIndex(of: "│") else { return nil }
                return DisplayWidth.of(String(row[..<bar]))
            })
            #expect(dividers.count == 1, "the divider moved: \(dividers)\n\(settled.screen)")
            let leaked = settled.screen.unicodeScalars.filter { [0x200D, 0xFE0F].contains($0.value) || (0x1F1E6...0x1F1FF).contains($0.value) }
            #expect(leaked.isEmpty, "parts of sequences reached the screen: \(leaked.map { String($0.value, radix: 16) })")
        }
    }
}
