/// Terminal column widths, computed here rather than with the C library's `wcwidth`, whose
/// answer depends on the process locale (in the "C" locale every non-ASCII character is -1)
/// and would make frames differ between a test run and a user's terminal.
public enum DisplayWidth {
    /// Columns taken by one grapheme: 0 for a grapheme made only of zero-width scalars,
    /// 2 for East Asian wide characters and emoji shown as pictures, otherwise 1.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if character.isASCII { return 1 }
        var width = 0
        for scalar in scalars {
            if scalar.value == 0xFE0F, scalars.first?.properties.isEmoji == true { return 2 }
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns taken by a whole string, grapheme by grapheme.
    public static func of(_ text: String) -> Int {
        // Printable ASCII, most text, is one column a byte: a million titles measured at import
        // cost a pass over their bytes, not a grapheme walk.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns taken by a single scalar when it starts a grapheme.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15, UAX #11).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
