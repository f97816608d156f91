import SCOCore
import SCOText

/// One screen's worth of cells. Views write into it; the backend draws the cells that differ
/// from the previous frame; tests read it as text.
public struct Frame: Hashable, Sendable, CustomStringConvertible {
    /// A cell holds one grapheme, or "" when it continues the wide grapheme to its left.
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .normal)
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// A cell position.
    public struct Point: Hashable, Sendable {
        public let x: Int
        public let y: Int

        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// Where the hardware cursor rests (screen readers follow it), if anywhere.
    public var cursor: Point?
    /// Whether the hardware cursor is shown: where text is being typed (a prompt), so editing
    /// inside it is not blind; elsewhere the selection is the cursor.
    public var showsCursor = false

    /// A run of cells that shows a web address: the terminal is told it is a hyperlink (OSC 8),
    /// so a click opens the whole address even when the cells show it cut.
    public struct Link: Hashable, Sendable {
        public let x: Int
        public let y: Int
        /// The cells' text, as drawn.
        public let text: String
        public let style: Style
        /// Printable ASCII only: the detail refuses any other address.
        public let url: String
    }

    public var links: [Link] = []

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from column `x` of row `y`, never past `x + width` nor the frame's edge.
    /// Text is sanitised here, the last gate before the terminal; a wide grapheme that would
    /// cross the limit is replaced by spaces, never split. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (width ?? size.width))
        var column = x
        for character in Sanitizer.sanitized(text) {
            var grapheme = String(character)
            var w = DisplayWidth.of(character)
            if w == 0 {
                grapheme = "◌" + grapheme
                w = 1
            }
            if column + w > limit {
                while column < limit {
                    if column >= 0 { set(column, y, Cell(text: " ", style: style)) }
                    column += 1
                }
                break
            }
            if column >= 0 {
                set(column, y, Cell(text: grapheme, style: style))
                if w == 2 { set(column + 1, y, Cell(text: "", style: style)) }
            }
            column += w
        }
        return column - x
    }

    /// Paints `width` cells of row `y` with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) { set(column, y, Cell(text: " ", style: style)) }
    }

    /// Restyles cells already written, keeping their text (for match highlights).
    public mutating func restyle(x: Int, y: Int, width: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) {
            change(&cells[y * size.width + column].style)
        }
    }

    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * size.width + x
        // Overwriting half of a wide glyph blanks the other half, so no half-glyph debris remains.
        if cells[i].text.isEmpty, x > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if x + 1 < size.width, cells[i + 1].text.isEmpty, DisplayWidth.of(cells[i].text) == 2 {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Row `y` as plain text, wide graphemes once.
    public func line(_ y: Int) -> String {
        (0..<size.width).map { self[$0, y].text }.joined()
    }

    /// The frame as its text, so a failing test shows the screen rather than a list of cells.
    public var description: String { text }

    /// The whole frame as text, one line per row, trailing spaces kept so widths are visible.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }
}
