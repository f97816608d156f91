/// An area of the screen, in cells. Each widget is handed one and draws nowhere else.
public struct Rect: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let width: Int
    public let height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var right: Int { x + width }
    public var bottom: Int { y + height }
    public var rows: Range<Int> { y..<bottom }

    /// The area less `columns` on the left and on the right.
    public func inset(columns: Int) -> Rect {
        Rect(x: x + columns, y: y, width: width - 2 * columns, height: height)
    }
}
