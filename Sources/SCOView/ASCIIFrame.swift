import Foundation

/// Frames for terminals that cannot show UTF-8 (a non-UTF-8 locale, or `--ascii`): the
/// interface's own symbols get ASCII look-alikes, letters lose their accents, and anything
/// else becomes one `?`, with the columns of every run of text kept where they were.
public enum ASCIIFrame {
    static let lookAlikes: [String: String] = [
        "│": "|", "▸": ">", "·": "-", "–": "-", "—": "-", "↓": "v", "↑": "^", "→": ">", "←": "<",
        "⏎": "<", "⌫": "<", "¶": "P", "“": "\"", "”": "\"", "’": "'", "‘": "'", "×": "x", "ʻ": "'", "ʼ": "'",
        "◌": "?", "▁": ".", "▂": ".", "▃": ":", "▄": ":", "▅": "|", "▆": "|", "▇": "#", "█": "#",
        "▓": "=", "▒": "o", "░": ":", "▪": "+", "◆": "*", "∙": ".",
    ]

    /// An ASCII stand-in: a known symbol's look-alike, a letter without its accent, or `?`.
    static func lookAlike(_ text: String) -> String {
        if let known = lookAlikes[text] { return known }
        let bare = text.folding(options: .diacriticInsensitive, locale: nil)
        return bare.count == 1 && bare.allSatisfy(\.isASCII) ? bare : "?"
    }

    /// Each run of cells in one style is converted as text and fitted back into its columns:
    /// a wide glyph becomes one `?`, `…` becomes `...`, and the run is padded or trimmed (its
    /// trailing spaces first, then the text a `...` stands for) so every column stays put.
    public static func converted(_ frame: Frame) -> Frame {
        var out = frame
        // Terminals that cannot show UTF-8 are not sent hyperlinks either.
        out.links = []
        for y in 0..<frame.size.height {
            var x = 0
            while x < frame.size.width {
                let style = frame[x, y].style
                var end = x + 1
                while end < frame.size.width, frame[end, y].style == style { end += 1 }
                let run = (x..<end).map { frame[$0, y].text }
                for (i, c) in fitted(run).enumerated() { out.set(x + i, y, Frame.Cell(text: String(c), style: style)) }
                x = end
            }
        }
        return out
    }

    /// A run of cells as ASCII characters, exactly as many as the cells.
    static func fitted(_ cells: [String]) -> [Character] {
        var text: [Character] = []
        var lastEllipsis: Int?
        for cell in cells where !cell.isEmpty {
            if cell == "…" {
                lastEllipsis = text.count
                text += "..."
            } else if cell.allSatisfy(\.isASCII) {
                text += cell
            } else {
                text += lookAlike(cell)
            }
        }
        var excess = text.count - cells.count
        while excess > 0, text.last == " " {
            text.removeLast()
            excess -= 1
        }
        while excess > 0, let e = lastEllipsis, e > 0 {
            text.remove(at: e - 1)
            lastEllipsis = e - 1
            excess -= 1
        }
        if excess > 0 { text.removeLast(excess) }
        return text + Array(repeating: " ", count: cells.count - text.count)
    }
}
