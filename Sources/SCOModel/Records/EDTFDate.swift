/// A date as the chronicle format writes it: EDTF level 0, so a record can be as precise as
/// its source and no more (`2004`, `2004-06`, `2004-06-17`, or an interval of two of these).
public struct EDTFDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One end of a date: a year, optionally narrowed to a month and a day.
    public struct Point: Hashable, Sendable, Comparable {
        public let year: Int
        public let month: Int?
        public let day: Int?

        /// Orders by year, then month, then day, with a missing part before any present one,
        /// so a coarser date comes before the finer dates it contains.
        public static func < (a: Point, b: Point) -> Bool {
            if a.year != b.year { return a.year < b.year }
            if a.month != b.month { return (a.month ?? 0) < (b.month ?? 0) }
            return (a.day ?? 0) < (b.day ?? 0)
        }

        /// An integer that sorts like the point itself (`20040617`, `20040600`, `20040000`),
        /// for indexes in the store.
        public var sortKey: Int { year * 10_000 + (month ?? 0) * 100 + (day ?? 0) }
    }

    public let start: Point
    /// The end of an interval, or `nil` for a single date.
    public let end: Point?

    public init(start: Point, end: Point? = nil) {
        self.start = start
        self.end = end
    }

    /// Parses an EDTF level 0 date or interval, explaining what is wrong when it cannot.
    public init(parsing text: String) throws(EDTFError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            self.init(start: try Self.point(parts[0], in: text))
        case 2:
            let start = try Self.point(parts[0], in: text)
            let end = try Self.point(parts[1], in: text)
            guard !(end < start) else { throw EDTFError(text: text, reason: "the interval ends before it starts") }
            self.init(start: start, end: end)
        default:
            throw EDTFError(text: text, reason: "an interval has exactly one '/'")
        }
    }

    private static func point(_ part: Substring, in text: String) throws(EDTFError) -> Point {
        let fields = part.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(fields.count) else {
            throw EDTFError(text: text, reason: "expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        var numbers: [Int] = []
        for (field, length) in zip(fields, lengths) {
            guard field.count == length, field.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(field) else {
                throw EDTFError(text: text, reason: "expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            numbers.append(n)
        }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) {
            throw EDTFError(text: text, reason: "month \(month) does not exist")
        }
        if let month, let day {
            let last = daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw EDTFError(text: text, reason: "\(monthNames[month - 1]) \(year) has no day \(day)")
            }
        }
        return Point(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The EDTF text, as written in a chronicle file.
    public var description: String {
        end.map { "\(Self.edtf(start))/\(Self.edtf($0))" } ?? Self.edtf(start)
    }

    private static func edtf(_ p: Point) -> String {
        var s = zeroPadded(p.year, width: 4)
        if let m = p.month { s += "-" + zeroPadded(m, width: 2) }
        if let d = p.day { s += "-" + zeroPadded(d, width: 2) }
        return s
    }

    /// The date for people: `8 Apr 2016`, `Apr 2016`, `13–14 Apr 2016`, `2003–2004`.
    public var display: String {
        guard let end else { return Self.display(start) }
        let s = start, e = end
        if s.year == e.year, s.month == e.month, let m = s.month, let d1 = s.day, let d2 = e.day {
            return "\(d1)–\(d2) \(Self.monthNames[m - 1]) \(s.year)"
        }
        if s.year == e.year, let m1 = s.month, let m2 = e.month, let d1 = s.day, let d2 = e.day {
            return "\(d1) \(Self.monthNames[m1 - 1]) – \(d2) \(Self.monthNames[m2 - 1]) \(s.year)"
        }
        if s.month == nil, e.month == nil { return "\(s.year)–\(e.year)" }
        return "\(Self.display(s)) – \(Self.display(e))"
    }

    private static func display(_ p: Point) -> String {
        switch (p.month, p.day) {
        case let (m?, d?): return "\(d) \(monthNames[m - 1]) \(p.year)"
        case let (m?, nil): return "\(monthNames[m - 1]) \(p.year)"
        default: return "\(p.year)"
        }
    }

    /// By start; at the same start a single date before an interval, a shorter interval first.
    public static func < (a: EDTFDate, b: EDTFDate) -> Bool {
        if a.start != b.start { return a.start < b.start }
        switch (a.end, b.end) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x < y
        }
    }
}

/// Why a piece of text is not an EDTF level 0 date.
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
