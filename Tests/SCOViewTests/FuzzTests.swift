import Foundation
import Testing
import SCOCore
import SCOModel
import SCORuntime
import TestSupport
@testable import SCOView

/// Random key presses and sizes through `update` and `render`: nothing crashes and the state
/// stays coherent. The seed is printed on failure so a run can be replayed.
@Suite struct FuzzTests {
    static let events = Int(ProcessInfo.processInfo.environment["SCO_FUZZ_EVENTS"] ?? "") ?? 100_000

    static let fixedKeys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab,
        .delete, .function(1), .function(12), .control("d"), .control("u"), .control("f"), .control("b"),
        .control("a"), .control("z"), .control("c"),
    ] + "jkgGhl/nN?123[]4 q".map { Key.character($0) }

    static func randomKey(_ g: inout SplitMix) -> Key {
        switch Int.random(in: 0..<10, using: &g) {
        case 0..<6: return fixedKeys.randomElement(using: &g)!
        case 6: return .character(Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &g))))
        case 7: return .character(["上", "é", "🎉", "ʻ", "\u{301}", "Ш", "\u{202E}", "\u{1B}", "\u{9B}"].randomElement(using: &g)!)
        case 8: return .control(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &g))))
        default: return .function(Int.random(in: 1...24, using: &g))
        }
    }

    func check(_ state: State, _ frame: Frame, seed: UInt64, step: Int) -> String? {
        let context = "seed \(seed), step \(step)"
        guard frame.size == state.size, frame.cells.count == state.size.width * state.size.height else {
            return "frame size differs from the state's (\(context))"
        }
        let shape = state.currentShape
        let p = state.position(of: state.pane)
        if shape.rowCount > 0 {
            guard (0..<shape.rowCount).contains(p.selected), !shape.isHeading(p.selected) else { return "selection off a record (\(context))" }
            guard p.offset <= p.selected, p.selected < p.offset + state.layout.list.height else { return "selection out of view (\(context))" }
        }
        guard state.history.back.count <= History.limit, state.history.forward.count <= History.limit else {
            return "history grew past its limit (\(context))"
        }
        if state.pane == .results, state.search.matches.count == 0, state.mode != .searchPrompt, !state.search.isPending {
            return "empty Results pane left open outside a search (\(context))"
        }
        if let document = state.detailDocument {
            let height = state.layout.detailText.height
            let shown = (0..<document.linkCount).filter { document.lineOfLink($0) >= state.detail.scroll && document.lineOfLink($0) < state.detail.scroll + height }
            // The selected link is one on screen; no link is selected only when none is shown.
            if (0..<document.linkCount).contains(state.detail.link) ? !shown.contains(state.detail.link)
                : state.detail.link != DetailPosition.noLink || !shown.isEmpty {
                return "detail link \(state.detail.link) not on screen, or none selected with links shown (\(context))"
            }
        }
        return nil
    }

    @Test func randomKeysAndSizesKeepTheStateCoherent() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["SCO_FUZZ_SEED"] ?? "") ?? 20_160_408
        var g = SplitMix(seed: seed)
        let store = try Store(try Fixtures.builtin())
        // Random keys write lists and charts with `e`: into a folder of the test's own.
        let scratch = try Scratch()
        let runtime = Runtime(catalog: store, directory: scratch.url.path)
        var state = State(catalog: store, size: Size(width: 80, height: 24))
        for step in 0..<FuzzTests.events {
            let action: Action?
            if Int.random(in: 0..<50, using: &g) == 0 {
                action = .resize(Size(width: Int.random(in: 0...160, using: &g), height: Int.random(in: 0...60, using: &g)))
            } else {
                action = state.keymap.action(for: FuzzTests.randomKey(&g), in: state)
            }
            guard let action else { continue }
            var next = runtime.settle(state, action)
            if next.hasQuit { next = State(catalog: store, size: next.size) }
            state = next
            let failure = check(state, render(state), seed: seed, step: step)
            #expect(failure == nil, "\(failure ?? "")")
            if failure != nil { return }
        }
    }
}
