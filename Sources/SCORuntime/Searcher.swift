import CWait
import Foundation
import SCOCore
import SCOModel

/// Runs searches one at a time on a thread and a catalog connection of their own, and posts
/// what they find as actions. Starting a search cancels the one before: its SQLite query is
/// stopped by a progress handler within microseconds, so the newest query never waits.
///
/// One long-lived thread rather than a dispatch queue: each search then allocates in the same
/// malloc arena, so a session of thousands of searches keeps a flat resident size.
final class Searcher: @unchecked Sendable {
    private let catalog: any Catalog
    private let mailbox: Mailbox
    private let condition = NSCondition()
    private var next: (query: String, order: ResultOrder, cancellation: Cancellation)?
    private var current: Cancellation?
    private var running = false
    private var thread: Thread?
    private var isShutDown = false

    init(catalog: any Catalog, mailbox: Mailbox) {
        self.catalog = catalog
        self.mailbox = mailbox
    }

    func start(_ query: String, _ order: ResultOrder) {
        condition.lock()
        current?.cancel()
        next?.cancellation.cancel()
        let cancellation = Cancellation()
        next = (query, order, cancellation)
        current = cancellation
        if thread == nil {
            let thread = Thread { [weak self] in self?.work() }
            thread.name = "sco search"
            thread.start()
            self.thread = thread
        }
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        current?.cancel()
        next?.cancellation.cancel()
        current = nil
        next = nil
        condition.broadcast()
        condition.unlock()
    }

    /// Cancels any search and waits for the thread to end.
    func shutDown() {
        cancel()
        condition.lock()
        isShutDown = true
        condition.broadcast()
        while thread != nil { condition.wait() }
        condition.unlock()
    }

    /// Waits until no search is queued or running (the last one has posted what it found).
    func waitUntilIdle() {
        condition.lock()
        while next != nil || running { condition.wait() }
        condition.unlock()
    }

    private func work() {
        sco_leave_signals_to_the_main_thread()
        while true {
            condition.lock()
            while next == nil, !isShutDown { condition.wait() }
            guard let (query, order, cancellation) = next else {
                thread = nil
                condition.broadcast()
                condition.unlock()
                return
            }
            next = nil
            running = true
            condition.unlock()
            run(query, order, cancellation)
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
        }
    }

    private func run(_ query: String, _ order: ResultOrder, _ cancellation: Cancellation) {
        guard !cancellation.isCancelled else { return }
        do {
            let matches = try catalog.matches(SearchQuery(query), kind: nil, order: order, cancellation: cancellation) { page in
                if !cancellation.isCancelled { mailbox.post(.searchResults(query: query, order: order, matches: page)) }
            }
            if !cancellation.isCancelled { mailbox.post(.searchResults(query: query, order: order, matches: matches)) }
        } catch {
            if !cancellation.isCancelled { mailbox.post(.searchFailed(query: query, reason: "\(error)")) }
        }
    }
}
