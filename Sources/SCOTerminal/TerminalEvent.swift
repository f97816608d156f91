import SCOCore

/// What the terminal reports: a key, a new size, or that input is gone (closed tty, hangup).
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case closed
    /// Nothing happened within the time the caller was willing to wait.
    case idle
}
