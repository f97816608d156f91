import Foundation

/// A few values derived from a store, kept by key (the browser keeps laid-out details here).
/// The store never changes once built, so a kept value is never stale; the oldest goes first.
public final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [(key: AnyHashable, value: Any)] = []
    private let capacity: Int

    public init(capacity: Int = 8) {
        self.capacity = capacity
    }

    public func value<Value>(for key: AnyHashable, make: () -> Value?) -> Value? {
        lock.lock()
        if let found = values.first(where: { $0.key == key })?.value as? Value {
            lock.unlock()
            return found
        }
        lock.unlock()
        guard let value = make() else { return nil }
        lock.lock()
        values.append((key, value))
        if values.count > capacity { values.removeFirst() }
        lock.unlock()
        return value
    }
}
