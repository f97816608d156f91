import Foundation

/// Frames for terminals that cannot show UTF-8 (a non-UTF-8 locale, or `--ascii`): the
/// interface's own symbols get ASCII look-alikes, anything else becomes `?`, and a wide
/// glyph's second cell becomes a space, so columns stay where they were.
public enum ASCIIFrame {
    static let lookAlikes: [String: String] = [
        "│": "|", "▸": ">", "…": ".", "·": "-", "–": "-", "—": "-", "↓": "v", "↑": "^", "→": ">", "←": "<",
        "⏎": "<", "⌫": "<", "¶": "P", "“": "\"", "”": "\"", "’": "'", "‘": "'", "×": "x", "ʻ": "'", "ʼ": "'",
        "◌": "?",
    ]

    /// An ASCII stand-in: a known symbol's look-alike, a letter without its accent, or `?`.
    static func lookAlike(_ text: String) -> String {
        if let known = lookAlikes[text] { return known }
        let bare = text.folding(options: .diacriticInsensitive, locale: nil)
        return bare.count == 1 && bare.allSatisfy(\.isASCII) ? bare : "?"
    }

    public static func converted(_ frame: Frame) -> Frame {
        var out = frame
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                let cell = frame[x, y]
                if cell.text.isEmpty {
                    out.set(x, y, Frame.Cell(text: " ", style: cell.style))
                } else if !cell.text.allSatisfy(\.isASCII) {
                    out.set(x, y, Frame.Cell(text: lookAlike(cell.text), style: cell.style))
                }
            }
        }
        return out
    }
}
