import Foundation
import SCOModel

/// Counts a search's matches on a thread and a database connection of its own, so the
/// browser shows the best results at once and the total when it is ready; starting the next
/// count stops the one before, which a new key press has made obsolete.
final class SearchCounter: @unchecked Sendable {
    private let store: Store?
    private let lock = NSLock()
    private var generation = 0
    private var finished: (query: String, total: Int)?

    /// For a chronicle in memory there is no second connection: counts are taken at once.
    init(for store: Store) {
        self.store = store.file.flatMap { try? Store(opening: $0) }
    }

    /// Starts counting `query`, stopping any count still running. Nil means counting has
    /// started; a number is the count itself, when it could be taken at once.
    func start(_ query: String, fallback: Store) -> Int? {
        guard let store else { return (try? fallback.matchCount(SearchQuery(query))) ?? 0 }
        lock.lock()
        generation += 1
        let mine = generation
        finished = nil
        lock.unlock()
        store.interrupt()
        DispatchQueue.global().async { [self] in
            guard let total = try? store.matchCount(SearchQuery(query)) else { return }
            lock.lock()
            if generation == mine { finished = (query, total) }
            lock.unlock()
        }
        return nil
    }

    /// Whether a count is running, so the input loop knows to look back for it.
    var isCounting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return generation > 0 && finished == nil
    }

    /// The count that finished since the last call, if any.
    func take() -> (query: String, total: Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard let result = finished else { return nil }
        finished = nil
        generation = 0
        return result
    }

    func stop() {
        lock.lock()
        generation = 0
        finished = nil
        lock.unlock()
        store?.interrupt()
    }
}
