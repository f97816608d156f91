import SCOModel

/// Counts and places in the built-in chronicle, read from it, so a test names the record it
/// means and the chronicle can grow without a test changing.
public enum Builtin {
    public static let chronicle = (try? Fixtures.builtin()) ?? Chronicle(title: "unreadable", events: [], institutions: [], documents: [])

    public static var events: Int { chronicle.events.count }
    public static var institutions: Int { chronicle.institutions.count }
    public static var documents: Int { chronicle.documents.count }

    /// The 1-based place of an event in the timeline (0 when it is not there).
    public static func place(of id: String) -> Int {
        (chronicle.events.firstIndex { $0.id == id } ?? -1) + 1
    }

    /// How many records a search finds in the built-in chronicle.
    public static func matchCount(_ query: String) -> Int {
        (try? Store(chronicle)).flatMap { try? $0.matches(SearchQuery(query)).count } ?? -1
    }

    /// What `validate` and `import` count: `\(Builtin.counts)`.
    public static var counts: String { "\(events) events, \(institutions) institutions, \(documents) documents" }
}
