import CNcursesw

/// What the terminal is sent for one cell of a frame, so the columns it paints are the
/// columns the frame gave the glyph. ncurses measures with the C library's `wcwidth` and holds
/// one spacing character per cell with a few marks; a flag (two regional indicators), a ZWJ
/// sequence or a skin-tone modifier is more than that, and sent whole it leaks its tail into
/// the next cells (a lone ZWJ was seen drawn over the divider). Such glyphs are sent as what
/// the cell can hold: a flag as its two letters ("UZ"), a sequence as its first emoji, an
/// emoji whose `wcwidth` is narrower than its frame width in text style with a space after.
enum Glyph {
    /// The scalars for each column the cell paints, from its own column on.
    static func columns(_ text: String, width: Int) -> [[UInt32]] {
        let scalars = text.unicodeScalars.map(\.value)
        guard let first = scalars.first, width > 0 else { return [] }
        if width == 2, scalars.count == 2, scalars.allSatisfy(isRegionalIndicator) {
            return scalars.map { [0x41 + $0 - 0x1F1E6] }
        }
        // The first scalar and the marks that ride on it, up to where ncurses' cell is full.
        var kept = [first]
        for scalar in scalars.dropFirst() {
            guard scalar != 0x200D, sco_wcwidth(scalar) == 0, kept.count < 5 else { break }
            kept.append(scalar)
        }
        let measured = Int(sco_wcwidth(first))
        if measured == width { return [kept] }
        if measured == 1, width == 2 {
            // Without the emoji selector, every terminal draws it in one column.
            return [kept.filter { $0 != 0xFE0F }, [0x20]]
        }
        return [[0x3F]] + Array(repeating: [0x20], count: width - 1)
    }

    static func isRegionalIndicator(_ scalar: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar) }
}
