/// A state's standing in the organisation. Observer and dialogue partner were merged into
/// one "partner" status in 2025; older periods keep the names they had.
public enum StateStatus: String, CaseIterable, Sendable {
    case foundingMember = "founding member"
    case member
    case observer
    case dialoguePartner = "dialogue partner"
    case partner

    /// The word the query language uses for it (`member:2010`): a founding member is a member,
    /// and a dialogue partner a partner.
    public var queryWord: String {
        switch self {
        case .foundingMember, .member: return "member"
        case .observer: return "observer"
        case .dialoguePartner, .partner: return "partner"
        }
    }
}

/// One status a state held, from when to when, with the source for the change. A status
/// begins with the summit decision that grants it; the memorandum a state signs is its own
/// dated step (and its own event), kept beside it where the sources give it.
public struct StatusPeriod: Hashable, Sendable {
    public var status: StateStatus
    /// When the state began to hold the status.
    public var from: EDTFDate
    /// When it stopped; nil while it holds it. The next status begins the same day.
    public var to: EDTFDate?
    /// For a member, the earlier decision that began its admission, where the sources give it.
    public var decided: EDTFDate?
    /// When the memorandum (of obligations, or of a dialogue partnership) was signed.
    public var memorandum: EDTFDate?
    public var sources: [Source]

    public init(status: StateStatus, from: EDTFDate, to: EDTFDate? = nil, decided: EDTFDate? = nil, memorandum: EDTFDate? = nil,
                sources: [Source]) {
        self.status = status
        self.from = from
        self.to = to
        self.decided = decided
        self.memorandum = memorandum
        self.sources = sources
    }

    /// The first and last day it was held, as sort keys: through the day before `to`, when the
    /// next status took over, or without end.
    public var keys: ClosedRange<Int> {
        let first = from.start.sortKey
        let last = to.map { $0.start.sortKey - 1 } ?? EDTFDate.openEndKey
        return first...max(first, last)
    }

    /// "observer from 5 Jul 2005 until 9 Jun 2017", with the decision and memorandum dates:
    /// until the day the next status began.
    public var text: String {
        var text = "\(status.rawValue) from \(from.display)" + (to.map { " until \($0.display)" } ?? "")
        var notes: [String] = []
        if let decided { notes.append("decided \(decided.display)") }
        if let memorandum { notes.append("memorandum \(memorandum.display)") }
        if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
        return text
    }
}

extension Array where Element == StatusPeriod {
    /// A state's history in a few words, for a list row: "observer 2005 · member 2017".
    public var brief: String {
        map { "\($0.status.rawValue) \($0.from.start.year)" }.joined(separator: " · ")
    }
}
