import Foundation
import SCOCore

/// Where background work leaves its results as actions, with a descriptor that becomes
/// readable when one is waiting: the loop sleeps on it beside the terminal, so a result that
/// arrives while no key is pressed is drawn at once, and nothing polls.
public final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private let pipe = WakePipe()
    /// Readable while an action is waiting: the loop waits on it.
    public var descriptor: Int32 { pipe.descriptor }

    public init() {}

    deinit {
        pipe.close()
    }

    public func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.unlock()
        pipe.wake()
    }

    /// Everything posted so far, oldest first.
    public func take() -> [Action] {
        pipe.drain()
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions.removeAll()
        return taken
    }
}
