/// What the browser reads from a chronicle, and nothing more: lists by position, records by
/// ID, links, year counts and searches. The app core depends on this, not on SQLite, so a
/// state can be built over any source of records, and nothing in it can write.
///
/// Every method answers from data that never changes while a catalog is open, so the same
/// question always gets the same answer, from any thread.
public protocol Catalog: Sendable {
    var title: String { get }
    /// The sources the chronicle declares (the article it cites by paragraph).
    var declaredSources: [DeclaredSource] { get }
    /// Years of the timeline, in order, with their event counts.
    var timelineYears: [YearCount] { get }
    /// Months of the timeline, in order, with the events dated to each.
    var timelineMonths: [MonthCount] { get }
    func count(of kind: RecordKind) -> Int
    /// Columns taken by the widest list label of a kind, when known.
    func labelWidth(of kind: RecordKind) -> Int?
    /// The widest date of a kind as its list shows it, in columns.
    func dateWidth(of kind: RecordKind) -> Int
    /// The rows of a kind's list at `positions`.
    func entries(_ kind: RecordKind, at positions: Range<Int>) -> [Entry]
    /// The entries of records named by their row numbers (as search matches name them), in
    /// the order given.
    func entries(rows: [Int64]) -> [Entry]
    /// The entries of records named by ID, in the order given; unknown IDs are left out.
    func entries(ids: [String]) -> [Entry]
    /// The timeline position of the first event that starts on or after `point`: the number of
    /// events when none does.
    func firstEvent(from point: EDTFDate.Point) -> Int
    /// Where a record stands in its kind's list.
    func position(of id: String) -> Int?
    func record(_ id: String) -> (any Record)?
    /// Links from the record, written and inverse, at most `limit` of each relation.
    func links(of id: String, limit: Int) -> [Link]
    /// The events of an institution and all its parts, in date order (empty for an ID that
    /// names no institution).
    func institutionEvents(of id: String) -> InstitutionEvents
    /// Every source with the records citing it (see `SourceRow`).
    func sourceRows() -> [SourceRow]
    /// How many records link to this one by a relation.
    func mentionCount(of id: String, _ relation: Relation) -> Int
    /// Every match of a query, in order. `firstPage` is called once, early, with the first
    /// matches when finding the rest takes longer; they are a prefix of the final answer.
    /// Throws when `cancellation` is cancelled midway.
    func matches(_ query: SearchQuery, kind: RecordKind?, order: ResultOrder, cancellation: Cancellation,
                 firstPage: (Matches) -> Void) throws -> Matches
    /// The places with names in other languages.
    var places: [Place] { get }
    /// The same chronicle on a connection of its own, for work on another thread: a search
    /// running there never makes a screenful of rows wait.
    func backgroundReader() throws -> any Catalog
}

extension Catalog {
    /// A record's names in other languages: an institution's own, or those of the place an
    /// event or document was in (`Tashkent` in `Tashkent, Uzbekistan`); nil when it has none.
    public func otherNames(of record: any Record) -> [Name]? {
        if let institution = record as? Institution { return institution.names.isEmpty ? nil : institution.names }
        guard let place = record.place else { return nil }
        return places.first { place == $0.name || place.hasPrefix($0.name + ",") }?.names
    }
}
