extension EDTFDate {
    /// The date for people, not in EDTF: `8 Apr 2016`, `13–14 Apr 2016`, `2003–2004`, `2004?`,
    /// `c. 2004`, `2000s`, `Jun 2004, day unknown`, `until 2005`, `from 2003`, `2003 or 2004`,
    /// `2003 and 2004`, `17 Jun 2004 10:00 UTC`.
    public var display: String { display(omittingYear: nil) }

    /// The date as a list under its year's heading shows it: without the year when the whole
    /// date lies in it and names a month (`17 Jun`, `13–14 Apr`, `month unknown`).
    public var displayUnderItsYear: String {
        let year = start.year
        let inYear = firstKey / 10_000 == year && lastKey / 10_000 == year
        return display(omittingYear: inYear ? year : nil)
    }

    /// The date with the given year left out of each part that names a month in it, as a list
    /// under that year's heading shows it (`17 Jun`, `13–14 Apr`, `month unknown`).
    public func display(omittingYear year: Int?) -> String {
        let show = { (p: Point) in Self.display(p, omittingYear: year) }
        switch form {
        case let .single(p):
            return show(p)
        case let .interval(a, b):
            switch (a, b) {
            case let (.date(s), .date(e)): return Self.span(s, e, omittingYear: year)
            case let (.open, .date(e)): return "until " + show(e)
            case let (.unknown, .date(e)): return "? – " + show(e)
            case let (.date(s), .open): return "from " + show(s)
            case let (.date(s), _): return show(s) + " – ?"
            default: return ""
            }
        case let .oneOf(members):
            if members.count == 1, case let .range(a?, b?) = members[0] {
                return "some time in " + Self.span(a, b, omittingYear: year)
            }
            return Self.listed(members.map { Self.display($0, oneOf: true, omittingYear: year) }, "or")
        case let .allOf(members):
            return Self.listed(members.map { Self.display($0, oneOf: false, omittingYear: year) }, "and")
        }
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func listed(_ items: [String], _ word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
    }

    private static func display(_ member: Member, oneOf: Bool, omittingYear year: Int?) -> String {
        switch member {
        case let .date(p): return display(p, omittingYear: year)
        case let .range(a?, b?): return span(a, b, omittingYear: year)
        case let .range(nil, b?): return oneOf ? display(b, omittingYear: year) + " or earlier" : "until " + display(b, omittingYear: year)
        case let .range(a?, nil): return oneOf ? display(a, omittingYear: year) + " or later" : "from " + display(a, omittingYear: year)
        case .range(nil, nil): return ""
        }
    }

    /// Two known ends, sharing what they share: `13–14 Apr 2016`, `30 Apr – 2 May 2016`,
    /// `2003–2004`; ends that are qualified, vague or timed are shown whole.
    private static func span(_ s: Point, _ e: Point, omittingYear year: Int?) -> String {
        let shownYear = year == s.year && year == e.year ? "" : " \(s.year)"
        if s.isPlain, e.isPlain {
            if s.year == e.year, s.month == e.month, let m = s.month, let d1 = s.day, let d2 = e.day {
                return "\(d1)–\(d2) \(monthNames[m - 1])" + shownYear
            }
            if s.year == e.year, let m1 = s.month, let m2 = e.month, let d1 = s.day, let d2 = e.day {
                return "\(d1) \(monthNames[m1 - 1]) – \(d2) \(monthNames[m2 - 1])" + shownYear
            }
            if s.month == nil, e.month == nil { return "\(s.year)–\(e.year)" }
        }
        return display(s, omittingYear: year) + " – " + display(e, omittingYear: year)
    }

    static func display(_ p: Point, omittingYear year: Int?) -> String {
        let omitted = year == p.year && p.unspecifiedYearDigits == 0 && (p.month != nil || p.monthUnspecified)
        let y = omitted ? "" : " \(p.year)"
        var s: String
        switch (p.month, p.day) {
        case _ where p.unspecifiedYearDigits == 1: s = "\(p.year)s"
        case _ where p.unspecifiedYearDigits == 2: s = "\(p.year)s–\(p.year + 90)s"
        case _ where p.monthUnspecified: s = omitted ? "month unknown" : "\(p.year), month unknown"
        case let (m?, _) where p.dayUnspecified: s = "\(monthNames[m - 1])\(y), day unknown"
        case let (m?, d?): s = "\(d) \(monthNames[m - 1])\(y)"
        case let (m?, nil): s = "\(monthNames[m - 1])\(y)"
        default: s = "\(p.year)"
        }
        if let t = p.time {
            s += " " + zeroPadded(t.hour, width: 2) + ":" + zeroPadded(t.minute, width: 2)
            if t.second != 0 { s += ":" + zeroPadded(t.second, width: 2) }
            if let zone = t.zone { s += zone == "Z" ? " UTC" : " UTC" + zone }
        }
        switch p.qualifier {
        case .uncertain?: return s + "?"
        case .approximate?: return "c. " + s
        case .both?: return "c. " + s + "?"
        case nil: return s
        }
    }
}
