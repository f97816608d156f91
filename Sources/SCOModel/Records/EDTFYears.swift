/// Dates cut to their years, for columns too narrow for more.
extension EDTFDate {
    /// The year, or years, of the date: `2004`, `2003–2004`, `c. 2004`, `2000s`, `until 2005`,
    /// `2003 or 2004`.
    public var yearsOnly: String { EDTFDate(Self.years(of: form)).display }

    /// The form with each point cut to its year, keeping what makes it vague; runs and sets
    /// whose points fall in one year become that year.
    private static func years(of form: Form) -> Form {
        switch form {
        case let .single(p):
            return .single(year(p))
        case let .interval(a, b):
            if case let .date(s) = a, case let .date(e) = b, year(s) == year(e) { return .single(year(s)) }
            return .interval(bound(a), bound(b))
        case let .oneOf(members):
            return .oneOf(set(members))
        case let .allOf(members):
            return .allOf(set(members))
        }
    }

    private static func set(_ members: [Member]) -> [Member] {
        var seen: Set<Member> = []
        var kept: [Member] = []
        for member in members {
            let cut: Member
            switch member {
            case let .date(p): cut = .date(year(p))
            case let .range(a, b): cut = .range(a.map(year), b.map(year))
            }
            if seen.insert(cut).inserted { kept.append(cut) }
        }
        return kept
    }

    private static func bound(_ bound: Bound) -> Bound {
        if case let .date(p) = bound { return .date(year(p)) }
        return bound
    }

    private static func year(_ p: Point) -> Point { p.cut(month: false, day: false) }
}

extension EDTFDate.Point {
    /// The point without its time, and without its day or month when not kept, keeping
    /// what makes it vague: the one way the compact and year forms shorten a date.
    func cut(month: Bool, day: Bool) -> EDTFDate.Point {
        var cut = EDTFDate.Point(year: year, month: month ? self.month : nil, day: month && day ? self.day : nil)
        cut.qualifier = qualifier
        cut.unspecifiedYearDigits = unspecifiedYearDigits
        if month && day {
            cut.monthUnspecified = monthUnspecified
            cut.dayUnspecified = dayUnspecified
        }
        return cut
    }
}
