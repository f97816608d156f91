import SCOCore
import SCOView

/// What the terminal reports: a key, a new size, a click or wheel turn, or that input is gone
/// (closed tty, hangup).
public enum ScreenEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(Mouse)
    case closed
}

/// The terminal as the runtime uses it: a descriptor to wait on, the events waiting on it,
/// and a place to apply frame differences. The ncurses backend is one; tests use a pipe.
public protocol Screen: AnyObject {
    /// Becomes readable when input is waiting.
    var inputDescriptor: Int32 { get }
    var size: Size { get }
    /// Whether frames must be reduced to ASCII before they are drawn.
    var isASCII: Bool { get }
    /// Every event already waiting, without blocking: a paste arrives as one batch.
    func pendingEvents() -> [ScreenEvent]
    func apply(_ diff: FrameDiff)
    /// Hands the terminal back to the shell until the program is continued.
    func suspend()
    /// Forgets what the terminal shows, so the next diff (a full one) repaints every cell.
    func invalidate()
    /// Puts text on the clipboard of the terminal the reader sits at.
    func copy(_ text: String)
}
