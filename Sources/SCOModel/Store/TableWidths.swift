/// How wide a kind's columns are when `sco list` prints every record of it: known before the
/// first row is read, so rows are printed as they are read and line up all the same.
public struct TableWidths: Hashable, Sendable, CustomStringConvertible {
    /// The widest date as a list shows it whole.
    public let date: Int
    /// The widest ID.
    public let id: Int

    public init(date: Int, id: Int) {
        self.date = date
        self.id = id
    }

    /// As kept in the database: `25,32`.
    public init?(_ text: String) {
        let parts = text.split(separator: ",")
        guard parts.count == 2, let date = Int(parts[0]), let id = Int(parts[1]) else { return nil }
        self.init(date: date, id: id)
    }

    public var description: String { "\(date),\(id)" }

    public func widening(to other: TableWidths) -> TableWidths {
        TableWidths(date: max(date, other.date), id: max(id, other.id))
    }
}
