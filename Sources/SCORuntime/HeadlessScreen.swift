import Foundation
import SCOCore
import SCOView

/// A screen without a terminal: events are queued by the caller and announced on a pipe, as
/// a tty announces keys; drawn diffs are applied to a frame that can be read back. Tests and
/// benchmarks run the real loop on it.
public final class HeadlessScreen: Screen, @unchecked Sendable {
    private let lock = NSLock()
    private let condition = NSCondition()
    private var queued: [ScreenEvent] = []
    private var clipboard: [String] = []
    private var shown: Frame
    private var draws = 0
    private let input = WakePipe()
    public var inputDescriptor: Int32 { input.descriptor }
    public private(set) var size: Size
    public let isASCII = false

    public init(size: Size) {
        self.size = size
        shown = Frame(size: size)
    }

    deinit {
        input.close()
    }

    /// Queues events as if typed (a paste when several come at once).
    public func send(_ events: [ScreenEvent]) {
        lock.lock()
        queued += events
        for case .resize(let newSize) in events { size = newSize }
        lock.unlock()
        input.wake()
    }

    public func type(_ text: String) {
        send(text.map { .key(.character($0)) })
    }

    public func pendingEvents() -> [ScreenEvent] {
        input.drain()
        lock.lock()
        defer { lock.unlock() }
        let events = queued
        queued.removeAll()
        return events
    }

    public func apply(_ diff: FrameDiff) {
        condition.lock()
        shown = shown.applying(diff)
        draws += 1
        condition.broadcast()
        condition.unlock()
    }

    public func suspend() {}

    public func invalidate() {}

    /// What was put on the clipboard, oldest first.
    public var copied: [String] {
        lock.lock()
        defer { lock.unlock() }
        return clipboard
    }

    public func copy(_ text: String) {
        lock.lock()
        clipboard.append(text)
        lock.unlock()
    }

    /// What the screen shows now, and how many frames have been drawn.
    public var current: (frame: Frame, draws: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (shown, draws)
    }

    /// Waits until the screen satisfies `predicate` or `timeout` seconds pass; returns the last
    /// frame and whether it did. Woken by each draw: no sleeping, no polling.
    public func wait(timeout: Double, until predicate: (Frame) -> Bool) -> (ok: Bool, frame: Frame) {
        waitForDraw(timeout: timeout) { frame, _ in predicate(frame) }
    }

    /// The same, with the number of frames drawn so far given to the predicate too.
    public func waitForDraw(timeout: Double, until predicate: (Frame, Int) -> Bool) -> (ok: Bool, frame: Frame) {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !predicate(shown, draws) {
            if !condition.wait(until: deadline) { return (predicate(shown, draws), shown) }
        }
        return (true, shown)
    }
}
