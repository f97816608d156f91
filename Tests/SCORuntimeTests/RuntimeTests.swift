import Foundation
import Testing
import SCOCore
import SCOModel
import SCOView
import TestSupport
@testable import SCORuntime

/// The real loop on a screen without a terminal: what arrives in the background is drawn with
/// no key pressed, every match of a search is reachable, and a newer query wins.
@Suite struct RuntimeTests {
    /// Runs the loop on its own thread over a generated chronicle; `body` drives the screen.
    func withLoop(events: Int = 1_000, size: Size = Size(width: 100, height: 30),
                  _ body: (HeadlessScreen, Store) throws -> Void) throws {
        let store = try Store(try Fixtures.generated(events: events, seed: 1))
        let screen = HeadlessScreen(size: size)
        let done = DispatchSemaphore(value: 0)
        let loop = Thread {
            Runtime(catalog: store).run(State(catalog: store, size: size), on: screen)
            done.signal()
        }
        loop.start()
        defer {
            screen.send([.closed])
            done.wait()
        }
        #expect(screen.wait(timeout: 10) { $0.text.contains("Timeline 1/\(events)") }.ok)
        try body(screen, store)
    }

    @Test func aSearchShowsEveryMatchWithNoFurtherKey() throws {
        try withLoop { screen, store in
            let total = try store.matches(SearchQuery("s")).count
            #expect(total > Store.firstPageSize, "the query must match more than a first page for this test")
            screen.type("/s")
            let counted = screen.wait(timeout: 10) { $0.text.contains("\(total.grouped) matches") }
            #expect(counted.ok, "the total arrives without a key:\n\(counted.frame.text)")
            screen.send([.key(.enter), .key(.character("G"))])
            let last = screen.wait(timeout: 10) { $0.text.contains("Results \(total)/\(total)") }
            #expect(last.ok, "G reaches the last match:\n\(last.frame.text)")
        }
    }

    @Test func anActionPostedWithNoKeyRedrawsTheScreen() throws {
        let store = try Store(try Fixtures.builtin())
        let screen = HeadlessScreen(size: Size(width: 80, height: 24))
        let runtime = Runtime(catalog: store)
        let done = DispatchSemaphore(value: 0)
        Thread {
            runtime.run(State(catalog: store, size: screen.size), on: screen)
            done.signal()
        }.start()
        #expect(screen.wait(timeout: 10) { $0.text.contains("Timeline 1/") }.ok)
        let before = screen.current.draws
        runtime.mailbox.post(.resize(Size(width: 80, height: 24)))
        #expect(screen.waitForDraw(timeout: 10) { _, draws in draws > before }.ok, "an action with no key is drawn")
        runtime.mailbox.post(.showPane(.documents))
        #expect(screen.wait(timeout: 10) { $0.text.contains("Documents 1/") }.ok)
        screen.send([.closed])
        done.wait()
    }

    @Test func theNewestQueryWinsWhateverOrderTheAnswersTakeToArrive() throws {
        try withLoop(events: 5_000) { screen, store in
            // Each key starts a search that cancels the one before; only "summit" may remain.
            screen.type("/s")
            screen.type("u")
            screen.type("mmit")
            let total = try store.matches(SearchQuery("summit")).count
            let shown = screen.wait(timeout: 10) { $0.text.contains("/summit") && $0.text.contains("\(total.grouped) match") }
            #expect(shown.ok, "\(shown.frame.text)")
        }
    }

    @Test func aPasteIsOneQuery() throws {
        try withLoop { screen, _ in
            screen.send([.key(.character("/"))] + String(repeating: "x", count: 10_000).map { .key(.character($0)) })
            let answered = screen.wait(timeout: 10) { $0.text.contains("no match") }
            #expect(answered.ok, "\(answered.frame.text)")
            screen.send([.key(.escape)])
            #expect(screen.wait(timeout: 10) { $0.text.contains("Timeline 1/") }.ok)
        }
    }

    @Test func keysTypedAfterEnterWaitForTheSearchTheyAreMeantFor() throws {
        try withLoop { screen, _ in
            // One burst, as over a slow link: the second Enter opens the first result.
            screen.send([.key(.character("/")), .key(.character("s")), .key(.enter), .key(.enter)])
            let opened = screen.wait(timeout: 10) { $0.text.contains("Results 1/") && $0.text.contains("· detail") }
            #expect(opened.ok, "\(opened.frame.text)")
        }
    }

    @Test func heldKeysKeepTheirOrderBehindEsc() throws {
        try withLoop { screen, _ in
            // Esc typed after held keys waits its turn: help opens, then Esc closes it.
            screen.send([.key(.character("/")), .key(.character("s")), .key(.enter), .key(.character("?")), .key(.escape), .key(.character("3"))])
            let shown = screen.wait(timeout: 10) { $0.text.contains("Documents 1/") }
            #expect(shown.ok, "\(shown.frame.text)")
        }
    }

    @Test func settleRunsTheSameInterpreterToTheEnd() throws {
        let store = try Store(try Fixtures.generated(events: 1_000, seed: 1))
        let runtime = Runtime(catalog: store)
        var state = State(catalog: store, size: Size(width: 80, height: 24))
        for action in [Action.startSearch, .promptInsert("s"), .promptSubmit, .bottom] { state = runtime.settle(state, action) }
        let total = try store.matches(SearchQuery("s")).count
        #expect(state.search.matches.isComplete && state.search.matches.count == total)
        #expect(state.selectionOrdinal == (total, total))
    }
}
