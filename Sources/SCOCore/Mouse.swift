/// A mouse report as the backend decodes it: a press of the first button (a second one on
/// the same cell soon after is a double click) or a turn of the wheel, at a cell.
public struct Mouse: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, doubleClick, wheelUp, wheelDown
    }

    public let kind: Kind
    public let x: Int
    public let y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// Rows (or lines) a turn of the wheel moves, as most terminal programs do.
    static let wheelStep = 3
}
