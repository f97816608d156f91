/// What a query narrows the records to besides its words: dates, kinds, places, institutions,
/// documents and sources. Written in the query itself (`from:2003 inst:rats`), so the search prompt,
/// `sco search` and `sco list` share one language.
public struct QueryFilter: Hashable, Sendable {
    /// The first and last day the records must overlap, as sort keys (`20030000`, `20109999`).
    public var from: Int?
    public var to: Int?
    public var kinds: Set<RecordKind> = []
    /// Folded words the record's place must hold, each as a word start.
    public var places: [String] = []
    /// Folded words naming institutions: the events of those bodies and of all their parts.
    public var institutions: [String] = []
    /// Folded words naming documents: the events linked to them.
    public var documents: [String] = []
    /// Sources the records must cite, lowercased: a declared source's ID (`article`: every
    /// record citing one of its paragraphs) or any part of a citation (`kremlin.ru`).
    public var sources: [String] = []
    /// States that held one of the statuses at some time in the days given (`member:2010`).
    public var statuses: [StatusFilter] = []

    public init() {}

    public var isEmpty: Bool { from == nil && to == nil && kinds.isEmpty && !narrowsRecords }

    /// Whether anything but the kinds narrows the records: kinds alone are the lists themselves.
    var narrowsRecords: Bool { from != nil || to != nil || !places.isEmpty || !institutions.isEmpty || !documents.isEmpty || !sources.isEmpty || !statuses.isEmpty }
}

/// `member:2010`: the states that held a status (a founding member is a member, a dialogue
/// partner a partner) on any day from `from` to `to`, sort keys both.
public struct StatusFilter: Hashable, Sendable {
    public var statuses: Set<StateStatus>
    public var from: Int
    public var to: Int

    /// The query words that name statuses; `state` names any.
    public static let words = ["member", "observer", "partner", "state"]

    public init(word: String, from: Int, to: Int) {
        statuses = Set(StateStatus.allCases.filter { word == "state" || $0.queryWord == word })
        self.from = from
        self.to = to
    }
}
