import Testing
@testable import SCOTerminal

/// Mouse reports picked out of the input: whole, split across reads, broken or hostile, none
/// of their bytes ever becomes a key.
@Suite struct MouseInputTests {
    static let keyMouse: Int32 = 409

    func codes(_ text: String) -> [Int32] { text.unicodeScalars.map { Int32($0.value) } }

    func keys(_ items: [MouseInput.Item]) -> String {
        String(String.UnicodeScalarView(items.compactMap { if case .code(let c) = $0, let s = Unicode.Scalar(UInt32(c)) { s } else { nil } }))
    }

    @Test func sgrReportsAsCursesAndAsCharacters() {
        var input = MouseInput(keyIsSGR: true, keyMouse: MouseInputTests.keyMouse)
        let items = input.take([MouseInputTests.keyMouse] + codes("0;10;5Mj") + codes("\u{1B}[<64;3;4Mk") + codes("\u{1B}[<0;10;5m"))
        #expect(items == [.report(.press, x: 9, y: 4), .code(106), .report(.wheelUp, x: 2, y: 3), .code(107), .report(.other, x: 9, y: 4)])
    }

    @Test func aReportSplitBetweenReadsIsKeptUntilItsEnd() {
        var input = MouseInput(keyIsSGR: true, keyMouse: MouseInputTests.keyMouse)
        #expect(input.take(codes("a\u{1B}[<0;5;")) == [.code(97)])
        #expect(input.take(codes("10Mb")) == [.report(.press, x: 4, y: 9), .code(98)])
    }

    @Test(arguments: ["\u{1B}[<0;-1;5m", "\u{1B}[<0;99999999999999999999999;5m", "\u{1B}[<0;1e;5m", "\u{1B}[<;;M", "\u{1B}[<0;0;0M",
                      "\u{1B}[<2;5;6M", "\u{1B}[<32;5;6M", "\u{1B}[<0;5;6;7M"])
    func brokenReportsAreNeverTyped(_ junk: String) {
        var input = MouseInput(keyIsSGR: true, keyMouse: MouseInputTests.keyMouse)
        let items = input.take(codes(junk + "q"))
        #expect(keys(items) == "q", "\(items)")
    }

    /// X10 reports, from a terminal without SGR mode, as curses' KEY_MOUSE (tmux's terminfo)
    /// or as characters.
    @Test func x10Reports() {
        var tmux = MouseInput(keyIsSGR: false, keyMouse: MouseInputTests.keyMouse)
        #expect(tmux.take([MouseInputTests.keyMouse, 32, 33 + 4, 33 + 9, 106]) == [.report(.press, x: 4, y: 9), .code(106)])
        var xterm = MouseInput(keyIsSGR: true, keyMouse: MouseInputTests.keyMouse)
        #expect(xterm.take(codes("\u{1B}[M") + [97, 40, 40]) == [.report(.wheelDown, x: 7, y: 7)])
        #expect(xterm.take(codes("\u{1B}[M") + [35]) == [])
        #expect(xterm.take([40, 40, 120]) == [.report(.other, x: 7, y: 7), .code(120)])
    }

    /// A megabyte of report starts costs one pass.
    @Test func manyStarts() {
        var input = MouseInput(keyIsSGR: true, keyMouse: MouseInputTests.keyMouse)
        let items = input.take(Array(repeating: codes("\u{1B}[<1;"), count: 200_000).flatMap { $0 } + codes("x"))
        #expect(keys(items).hasSuffix("x"))
    }
}
