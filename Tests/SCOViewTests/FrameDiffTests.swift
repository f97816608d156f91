import Testing
import SCOCore
import SCOModel
@testable import SCOView

/// The diff is what reaches the terminal: it must turn the old screen into the new one
/// exactly, send nothing for what did not change, and never leave half a wide glyph.
@Suite struct FrameDiffTests {
    func frame(_ lines: [String], width: Int, style: Style = .normal) -> Frame {
        var frame = Frame(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { frame.write(line, x: 0, y: y, style: style) }
        return frame
    }

    /// A hyperlink is marked again whenever its row is drawn again (the terminal forgets it
    /// when the cells are written), and when it is new; not otherwise.
    @Test func hyperlinksFollowTheirRows() {
        var a = Frame(size: Size(width: 30, height: 3))
        a.write("http://a.example/", x: 2, y: 1)
        a.links = [Frame.Link(x: 2, y: 1, text: "http://a.example/", style: .normal, url: "http://a.example/")]
        #expect(Frame.diff(from: nil, to: a).links == a.links)
        #expect(Frame.diff(from: a, to: a).links.isEmpty)
        var b = a
        b.write("x", x: 25, y: 1)
        #expect(Frame.diff(from: a, to: b).links == a.links, "a change on the row writes the row's cells again")
        var c = a
        c.write("y", x: 0, y: 0)
        #expect(Frame.diff(from: a, to: c).links.isEmpty)
        var d = a
        d.links = [Frame.Link(x: 2, y: 1, text: "http://a.example/", style: .normal, url: "http://b.example/")]
        #expect(Frame.diff(from: a, to: d).links == d.links, "a new address on the same text")
        #expect(a.applying(Frame.diff(from: a, to: b)) == b && Frame(size: a.size).applying(Frame.diff(from: nil, to: a)) == a)
    }

    @Test func identicalFramesSendNothing() {
        let a = frame(["上海 cooperation", "plain"], width: 20)
        let diff = Frame.diff(from: a, to: a)
        #expect(diff.changes.isEmpty && !diff.isFull)
    }

    @Test func aColourChangeAloneSendsThoseCellsWithTheNewStyle() {
        let a = frame(["Tashkent"], width: 10)
        var b = a
        b.restyle(x: 0, y: 0, width: 4) { $0 = Style(.match) }
        let diff = Frame.diff(from: a, to: b)
        #expect(diff.changes.map(\.x) == [0, 1, 2, 3])
        #expect(diff.changes.allSatisfy { $0.cell.style == Style(.match) })
        #expect(diff.changes.map(\.cell.text).joined() == "Tash")
    }

    @Test func aWideGlyphIsOneChangeAndItsSecondHalfIsNeverSentAlone() {
        let a = frame(["ab c"], width: 4)
        let b = frame(["上 c"], width: 4)
        let diff = Frame.diff(from: a, to: b)
        #expect(diff.changes.map(\.x) == [0] && diff.changes.first?.cell.text == "上")
        #expect(!diff.changes.contains { $0.cell.text.isEmpty })
    }

    @Test func overwritingHalfAWideGlyphRedrawsTheOtherHalf() {
        // "上海" becomes " x海": the cell left of the old glyph's second half is sent too,
        // since the terminal wipes a wide glyph whose half is written over.
        let a = frame(["上海"], width: 4)
        var b = a
        b.write("x", x: 1, y: 0)
        let diff = Frame.diff(from: a, to: b)
        #expect(diff.changes.map(\.x) == [0, 1])
        #expect(a.applying(diff).line(0) == " x海")
        // And the reverse: narrow cells replaced by a wide glyph starting on the second one.
        let back = Frame.diff(from: b, to: a)
        #expect(b.applying(back).line(0) == "上海")
    }

    @Test func aResizeRedrawsEverything() {
        let a = frame(["one"], width: 10)
        let b = frame(["one", "two"], width: 12)
        let diff = Frame.diff(from: a, to: b)
        #expect(diff.isFull && diff.size == b.size)
        #expect(diff.changes.count == 24)
        #expect(Frame.diff(from: nil, to: a).isFull)
    }

    @Test func theCursorFollowsTheNewFrame() {
        let a = frame(["one"], width: 5)
        var b = a
        b.cursor = Frame.Point(x: 2, y: 0)
        #expect(Frame.diff(from: a, to: b).cursor == Frame.Point(x: 2, y: 0))
    }

    /// Random frames full of wide, combining and narrow text in random styles: applying the
    /// diff to the old frame, as a terminal would, always gives the new one.
    @Test func applyingTheDiffAlwaysGivesTheNewFrame() {
        var random = SplitMix(seed: 2001)
        let pieces = ["上", "海", "合作", "a", "b", " ", "Zu\u{308}", "🇺🇿", "x y", "ʻ", "—"]
        func randomFrame(width: Int, height: Int) -> Frame {
            var frame = Frame(size: Size(width: width, height: height))
            for _ in 0..<random.below(40) {
                let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
                frame.write(text, x: random.below(width), y: random.below(height), style: Style(random.pick(Role.allCases), selected: random.below(2) == 0))
            }
            return frame
        }
        for case_ in 0..<2_000 {
            let width = 1 + random.below(12), height = 1 + random.below(3)
            let a = randomFrame(width: width, height: height), b = randomFrame(width: width, height: height)
            let applied = a.applying(Frame.diff(from: a, to: b))
            #expect(applied.cells == b.cells, "case \(case_):\n\(a.text)\n→\n\(b.text)\ngave\n\(applied.text)")
            if applied.cells != b.cells { return }
        }
    }
}
