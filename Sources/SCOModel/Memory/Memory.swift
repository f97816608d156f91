/// What the browser keeps of a chronicle between runs: the reader's marks, their recent
/// searches and where they were. It names records by ID, so it outlives a re-import.
public struct Memory: Hashable, Sendable {
    /// Marked records, in the order they were marked.
    public var marks: [String]
    /// Searches kept with Enter, the latest first.
    public var searches: [String]
    public var place: Place?

    public init(marks: [String] = [], searches: [String] = [], place: Place? = nil) {
        self.marks = marks
        self.searches = searches
        self.place = place
    }

    /// The pane the reader was in and the record under the cursor there.
    public struct Place: Hashable, Sendable {
        public var pane: String
        public var record: String

        public init(pane: String, record: String) {
            self.pane = pane
            self.record = record
        }
    }

    /// How many searches are kept, and the longest one worth keeping: a pasted page is not a
    /// search anyone recalls.
    public static let searchLimit = 100
    public static let searchLength = 1_000
}
