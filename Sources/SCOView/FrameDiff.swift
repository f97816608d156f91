import SCOCore
import SCOText

/// What to send to the terminal to turn one frame into the next: the cells to draw, in order,
/// and where the cursor goes. Computed here, purely, so the rules for wide glyphs can be
/// tested without a terminal; the backend only applies it.
public struct FrameDiff: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        public let x: Int
        public let y: Int
        public let cell: Frame.Cell
    }

    public let size: Size
    /// True when the terminal's content is unknown (first frame, new size): every cell is drawn.
    public let isFull: Bool
    /// Cells to draw, row by row; a wide glyph is one change that covers two columns.
    public let changes: [Change]
    public let cursor: Frame.Point?
    public let showsCursor: Bool
    /// The new frame's hyperlinks on rows with a change: the terminal forgets a cell's link
    /// when the cell is written again, so these are marked again after the cells are drawn.
    public let links: [Frame.Link]
    /// Every hyperlink of the new frame, for a model of the screen.
    let allLinks: [Frame.Link]
}

extension Frame {
    /// The changes that turn `old` (what the terminal shows, if known) into `new`.
    ///
    /// A cell is drawn when it differs, and so is its neighbour where a wide glyph is involved:
    /// the lead of a wide glyph whose second half changed, and the cell left of a position
    /// that used to be the second half of a wide glyph (the terminal erased that glyph's first
    /// half when the new cell was written), so no half-glyph is ever left on screen.
    public static func diff(from old: Frame?, to new: Frame) -> FrameDiff {
        let width = new.size.width
        guard let old, old.size == new.size else {
            var changes: [FrameDiff.Change] = []
            for y in 0..<new.size.height {
                for x in 0..<width where !new[x, y].text.isEmpty { changes.append(.init(x: x, y: y, cell: new[x, y])) }
            }
            return FrameDiff(size: new.size, isFull: true, changes: changes, cursor: new.cursor, showsCursor: new.showsCursor, links: new.links, allLinks: new.links)
        }
        var changes: [FrameDiff.Change] = []
        for y in 0..<new.size.height {
            var dirty = [Bool](repeating: false, count: width)
            var any = false
            for x in 0..<width where old[x, y] != new[x, y] {
                any = true
                dirty[x] = true
                if x > 0, new[x, y].text.isEmpty || old[x, y].text.isEmpty { dirty[x - 1] = true }
                if x + 1 < width, DisplayWidth.of(old[x, y].text) == 2 { dirty[x + 1] = true }
            }
            guard any else { continue }
            for x in 0..<width where dirty[x] {
                let cell = new[x, y]
                // The second half of a wide glyph is drawn by its lead.
                if cell.text.isEmpty { continue }
                changes.append(.init(x: x, y: y, cell: cell))
            }
        }
        let rows = Set(changes.map(\.y))
        return FrameDiff(size: new.size, isFull: false, changes: changes, cursor: new.cursor, showsCursor: new.showsCursor,
                         links: new.links.filter { rows.contains($0.y) || !old.links.contains($0) }, allLinks: new.links)
    }
}

extension Frame {
    /// This frame with a diff applied as a terminal would apply it: a model of the screen,
    /// for tests and for screens without a terminal.
    public func applying(_ diff: FrameDiff) -> Frame {
        var out = diff.isFull || diff.size != size ? Frame(size: diff.size) : self
        for change in diff.changes where change.y < out.size.height && change.x < out.size.width {
            out.set(change.x, change.y, change.cell)
            if DisplayWidth.of(change.cell.text) == 2, change.x + 1 < out.size.width {
                out.set(change.x + 1, change.y, Cell(text: "", style: change.cell.style))
            }
        }
        out.cursor = diff.cursor
        out.showsCursor = diff.showsCursor
        out.links = diff.allLinks
        return out
    }
}
