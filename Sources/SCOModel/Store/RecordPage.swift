/// A page of records read in list order, with the row each is stored in.
public struct RecordPage {
    public var records: [any Record]
    /// The records' rows, in the same order: how their links are found.
    var rows: [Int64]
}
