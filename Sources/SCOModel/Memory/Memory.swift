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
    /// A reading list, not a copy of the chronicle: past this many, `m` says so.
    public static let markLimit = 10_000

    /// Two sessions' changes together: `ours` is this session's memory, `base` what it last
    /// read or wrote, `theirs` what the file holds now. Marks added or removed here since
    /// `base` are applied to theirs (theirs otherwise stand, in their order); searches kept
    /// here come first; the place is ours.
    public static func merged(base: Memory, ours: Memory, theirs: Memory) -> Memory {
        let baseMarks = Set(base.marks), ourMarks = Set(ours.marks)
        let removed = baseMarks.subtracting(ourMarks)
        var marks = theirs.marks.filter { !removed.contains($0) }
        var present = Set(marks)
        for id in ours.marks where !baseMarks.contains(id) && !present.contains(id) {
            marks.append(id)
            present.insert(id)
        }
        let baseSearches = Set(base.searches)
        var searches = ours.searches.filter { !baseSearches.contains($0) }
        for search in theirs.searches where !searches.contains(search) { searches.append(search) }
        return Memory(marks: Array(marks.prefix(markLimit)), searches: Array(searches.prefix(searchLimit)), place: ours.place ?? theirs.place)
    }
}
