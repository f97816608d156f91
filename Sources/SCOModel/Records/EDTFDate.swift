/// A date as the chronicle format writes it, in EDTF (ISO 8601-2) at level 1, so a record can
/// be as precise, and as vague, as its source: a day, month or year (`2004-06-17`, `2004`), a
/// date-time, a qualified date (`2004?`, `2004~`, `2004%`), unspecified digits (`200X`,
/// `2004-XX`), intervals with open or unknown ends (`2003/2004`, `../2005`, `2003/`), and
/// sets of dates of which one (`[2003,2004]`) or all (`{2003,2004}`) are meant.
public struct EDTFDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How sure the source is of a date: `?` uncertain, `~` approximate, `%` both.
    public enum Qualifier: Character, Hashable, Sendable {
        case uncertain = "?", approximate = "~", both = "%"
    }

    /// A time of day, as level 0 writes it (`T10:00:00`, with `Z` or an offset when given).
    public struct Time: Hashable, Sendable {
        public let hour: Int
        public let minute: Int
        public let second: Int
        /// The zone as written: `Z`, `+05:00`, `-03`, or nil for local time.
        public let zone: String?
        /// Minutes east of UTC, 0 for local time.
        public let offset: Int

        /// Seconds since the day began in UTC, so times written in different zones order by
        /// the moment they name.
        var moment: Int { hour * 3_600 + minute * 60 + second - offset * 60 }
    }

    /// One date: a year, optionally narrowed to a month, a day and a time.
    public struct Point: Hashable, Sendable, Comparable {
        /// The year, or the first year it may be when digits are unspecified (`2000` for `200X`).
        public let year: Int
        public let month: Int?
        public let day: Int?
        public var time: Time?
        public var qualifier: Qualifier?
        /// How many of the year's last digits are unspecified: 1 for `200X`, 2 for `20XX`.
        public var unspecifiedYearDigits = 0
        /// `2004-XX`: a month is meant but not known.
        public var monthUnspecified = false
        /// `2004-06-XX`: a day is meant but not known.
        public var dayUnspecified = false

        public init(year: Int, month: Int?, day: Int?) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Orders by year, then month, then day, then time, with a missing part before any
        /// present one, so a coarser date comes before the finer dates it contains.
        public static func < (a: Point, b: Point) -> Bool {
            if a.year != b.year { return a.year < b.year }
            if a.month != b.month { return (a.month ?? 0) < (b.month ?? 0) }
            if a.day != b.day { return (a.day ?? 0) < (b.day ?? 0) }
            return (a.time?.moment ?? Int.min) < (b.time?.moment ?? Int.min)
        }

        /// An integer that sorts like the point's day (`20040617`, `20040600`, `20040000`), for
        /// indexes in the store.
        public var sortKey: Int { year * 10_000 + (month ?? 0) * 100 + (day ?? 0) }

        /// The last day the point may be, as a sort key: `2004` ends at `20049999`, `2004-06`
        /// at `20040699`, `200X` at `20099999`, a day at itself. A record overlaps a span when
        /// it starts by the span's last day and ends on or after its first.
        public var lastKey: Int {
            if unspecifiedYearDigits > 0 {
                let years = unspecifiedYearDigits == 1 ? 10 : 100
                return (year + years - 1) * 10_000 + 9_999
            }
            switch (month, day) {
            case (nil, _): return year * 10_000 + 9_999
            case (let m?, nil): return year * 10_000 + m * 100 + 99
            default: return sortKey
            }
        }

        /// Whether the point is a plain level 0 date: no qualifier, no unspecified digit, no time.
        var isPlain: Bool { qualifier == nil && unspecifiedYearDigits == 0 && !monthUnspecified && !dayUnspecified && time == nil }
    }

    /// One end of an interval: a date, open (`..`, it goes on without end), or unknown (empty).
    public enum Bound: Hashable, Sendable {
        case date(Point)
        case open
        case unknown

        var point: Point? {
            if case let .date(p) = self { return p }
            return nil
        }
    }

    /// A member of a set: a date, or a run of dates (`2003..2005`, `..2003`, `2003..`).
    public enum Member: Hashable, Sendable {
        case date(Point)
        case range(Point?, Point?)

        var first: Point? {
            switch self {
            case let .date(p): return p
            case let .range(a, _): return a
            }
        }

        var last: Point? {
            switch self {
            case let .date(p): return p
            case let .range(_, b): return b
            }
        }
    }

    public enum Form: Hashable, Sendable {
        case single(Point)
        case interval(Bound, Bound)
        /// `[…]`: one of the members, not known which.
        case oneOf([Member])
        /// `{…}`: every one of the members.
        case allOf([Member])
    }

    public let form: Form

    public init(_ form: Form) {
        self.form = form
    }

    /// A day, month or year, or a closed interval of two of them.
    public init(start: Point, end: Point? = nil) {
        form = end.map { .interval(.date(start), .date($0)) } ?? .single(start)
    }

    /// The sort key of a date's end that is open or unknown: after every day.
    public static let openEndKey = 99_999_999

    /// Where the date sorts and which year heading it comes under: its first known date. An
    /// interval whose start is open or unknown sorts at its end; a set at its earliest member.
    public var start: Point {
        switch form {
        case let .single(p): return p
        case let .interval(a, b): return a.point ?? b.point ?? Point(year: 0, month: nil, day: nil)
        case let .oneOf(members), let .allOf(members):
            return members.compactMap { $0.first ?? $0.last }.min() ?? Point(year: 0, month: nil, day: nil)
        }
    }

    /// The first day the date may cover, as a sort key; 0 when its start is open or unknown.
    public var firstKey: Int {
        switch form {
        case let .single(p): return p.sortKey
        case let .interval(a, _): return a.point?.sortKey ?? 0
        case let .oneOf(members), let .allOf(members):
            return members.contains { $0.first == nil } ? 0 : members.compactMap { $0.first?.sortKey }.min() ?? 0
        }
    }

    /// The last day the date may cover, as a sort key; `openEndKey` when its end is open or
    /// unknown.
    public var lastKey: Int {
        switch form {
        case let .single(p): return p.lastKey
        case let .interval(_, b): return b.point?.lastKey ?? Self.openEndKey
        case let .oneOf(members), let .allOf(members):
            return members.contains { $0.last == nil } ? Self.openEndKey : members.compactMap { $0.last?.lastKey }.max() ?? Self.openEndKey
        }
    }

    /// Whether one closed run of days describes the date: not a set, whose members may lie
    /// apart, nor an interval reaching without bound into the past or the future.
    public var isOneSpan: Bool {
        switch form {
        case .single: return true
        case .interval: return firstKey != 0 && lastKey != Self.openEndKey
        case .oneOf, .allOf: return false
        }
    }

    /// The runs of days the date may cover, as sort keys: one for a date or an interval, one
    /// for each member of a set. A date filter matches a record when any of them overlaps it.
    public var spans: [ClosedRange<Int>] {
        switch form {
        case .single, .interval:
            return [firstKey...lastKey]
        case let .oneOf(members), let .allOf(members):
            return members.map { ($0.first?.sortKey ?? 0)...($0.last?.lastKey ?? Self.openEndKey) }
        }
    }

    /// The one date, when the date is a single one.
    public var single: Point? {
        if case let .single(p) = form { return p }
        return nil
    }

    /// By where it sorts (`start`); at the same point a single date first, then the one that
    /// ends sooner, then by the text, so the order is total.
    public static func < (a: EDTFDate, b: EDTFDate) -> Bool {
        let (s, t) = (a.start, b.start)
        if s < t || t < s { return s < t }
        if (a.single == nil) != (b.single == nil) { return a.single != nil }
        if a.lastKey != b.lastKey { return a.lastKey < b.lastKey }
        return a.description < b.description
    }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Why a piece of text is not an EDTF date.
public struct EDTFError: Error, Equatable, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String
    public var description: String { "\(quoted(text)) is not a valid date: \(reason)" }
}

/// Zero-padded decimal digits, as EDTF writes years, months and days.
func zeroPadded(_ n: Int, width: Int) -> String {
    let digits = "\(n)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
