import GRDBSQLite
import Synchronization

/// Tells a search that its answer is no longer wanted (the reader typed another key). SQLite
/// checks it every thousand steps of a query through a progress handler, so even a query
/// that reads a million index entries stops within microseconds.
public final class Cancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Runs `body` with SQLite interrupting the connection's queries once cancelled.
    func guarding<T>(_ connection: OpaquePointer?, _ body: () throws -> T) throws -> T {
        if isCancelled { throw CancellationError() }
        sqlite3_progress_handler(connection, 1_000, { context in
            guard let context else { return 0 }
            return Unmanaged<Cancellation>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        do {
            return try body()
        } catch where isCancelled {
            throw CancellationError()
        }
    }

    /// Throws once cancelled: for the Swift side of a long search, between rows.
    func check() throws {
        if isCancelled { throw CancellationError() }
    }
}
