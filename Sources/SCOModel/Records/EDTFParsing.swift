extension EDTFDate {
    /// Parses an EDTF level 1 date, interval or set, explaining what is wrong when it cannot.
    public init(parsing text: String) throws(EDTFError) {
        if let point = EDTFDate.plainPoint(text) {
            self.init(.single(point))
            return
        }
        let reading = Reading(text: text)
        if let first = text.first, first == "[" || first == "{" {
            let closing: Character = first == "[" ? "]" : "}"
            guard text.count >= 2, text.last == closing else { throw reading.error("a set opened with \(first) must close with \(closing)") }
            let inner = text.dropFirst().dropLast()
            guard !inner.isEmpty else { throw reading.error("a set needs at least one date") }
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
            var members: [Member] = []
            members.reserveCapacity(parts.count)
            for (i, part) in parts.enumerated() {
                members.append(try reading.member(part, first: i == 0, last: i == parts.count - 1))
            }
            self.init(first == "[" ? .oneOf(members) : .allOf(members))
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            self.init(.single(try reading.point(parts[0])))
        case 2:
            let start = try reading.bound(parts[0])
            let end = try reading.bound(parts[1])
            guard start.point != nil || end.point != nil else { throw reading.error("an interval needs at least one known end") }
            if let s = start.point, let e = end.point, e < s { throw reading.error("the interval ends before it starts") }
            self.init(.interval(start, end))
        default:
            throw reading.error("an interval has exactly one '/'")
        }
    }

    /// The text being parsed, for messages that quote it whole.
    private struct Reading {
        let text: String

        func error(_ reason: String) -> EDTFError { EDTFError(text: text, reason: reason) }

        var shape: EDTFError { error("expected YYYY, YYYY-MM or YYYY-MM-DD") }

        func bound(_ part: Substring) throws(EDTFError) -> Bound {
            switch part {
            case "..": return .open
            case "": return .unknown
            default: return .date(try point(part))
            }
        }

        /// A set member: a date, or a run `A..B`; only the first may start open, only the
        /// last may end open.
        func member(_ part: Substring, first: Bool, last: Bool) throws(EDTFError) -> Member {
            guard !part.isEmpty else { throw error("a set has an empty member") }
            guard !part.contains("/") else { throw error("a set's members are dates or runs (A..B), not intervals") }
            guard let dots = part.firstRange(of: "..") else { return .date(try point(part)) }
            let left = part[..<dots.lowerBound], right = part[dots.upperBound...]
            guard !(left.isEmpty && right.isEmpty) else { throw error("a run in a set needs at least one end") }
            guard !left.isEmpty || first else { throw error("only a set's first member can start with '..'") }
            guard !right.isEmpty || last else { throw error("only a set's last member can end with '..'") }
            let a = left.isEmpty ? nil : try point(left)
            let b = right.isEmpty ? nil : try point(right)
            if let a, let b, b < a { throw error("the run \(part) ends before it starts") }
            return .range(a, b)
        }

        func point(_ whole: Substring) throws(EDTFError) -> Point {
            var part = whole
            var qualifier: Qualifier?
            if let last = part.last, let q = Qualifier(rawValue: last) {
                qualifier = q
                part = part.dropLast()
                if let before = part.last, Qualifier(rawValue: before) != nil {
                    throw error("a date takes one qualifier: ?, ~ or %")
                }
            }
            var time: Time?
            if let t = part.firstIndex(of: "T") {
                guard qualifier == nil else { throw error("a qualifier (?, ~ or %) applies to a date, not a time") }
                time = try self.time(part[part.index(after: t)...])
                part = part[..<t]
            }
            let fields = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(fields.count), fields[0].count == 4 else { throw shape }
            let unspecified = fields[0].reversed().prefix { $0 == "X" }.count
            let digits = fields[0].dropLast(unspecified)
            guard digits.allSatisfy(\.isASCIIDigit) else {
                throw fields[0].contains("X") ? error("only a year's last two digits can be X") : shape
            }
            guard unspecified <= 2 else { throw error("only a year's last two digits can be X") }
            guard unspecified == 0 || fields.count == 1 else { throw error("a year with X digits cannot have a month or day") }
            guard let given = Int(digits.isEmpty ? "0" : digits) else { throw shape }
            let year = given * (unspecified == 0 ? 1 : unspecified == 1 ? 10 : 100)

            var month: Int?, monthUnspecified = false
            if fields.count > 1 {
                if fields[1] == "XX" {
                    monthUnspecified = true
                } else {
                    guard fields[1].count == 2, fields[1].allSatisfy(\.isASCIIDigit), let m = Int(fields[1]) else { throw shape }
                    guard (1...12).contains(m) else { throw error("month \(m) does not exist") }
                    month = m
                }
            }
            var day: Int?, dayUnspecified = false
            if fields.count > 2 {
                if fields[2] == "XX" {
                    dayUnspecified = true
                } else {
                    guard fields[2].count == 2, fields[2].allSatisfy(\.isASCIIDigit), let d = Int(fields[2]) else { throw shape }
                    guard let month else { throw error("a day needs a known month") }
                    let last = EDTFDate.daysIn(month: month, year: year)
                    guard (1...last).contains(d) else { throw error("\(EDTFDate.monthNames[month - 1]) \(year) has no day \(d)") }
                    day = d
                }
            }
            if time != nil, day == nil { throw error("a time needs a known day") }
            var point = Point(year: year, month: month, day: day)
            point.time = time
            point.qualifier = qualifier
            point.unspecifiedYearDigits = unspecified
            point.monthUnspecified = monthUnspecified
            point.dayUnspecified = dayUnspecified
            return point
        }

        /// `HH:MM:SS`, then `Z`, `±HH` or `±HH:MM`, or nothing for local time.
        func time(_ part: Substring) throws(EDTFError) -> Time {
            let wrong = error("expected a time as HH:MM:SS, then Z, ±HH or ±HH:MM if a zone is given")
            guard part.count >= 8 else { throw wrong }
            let clock = part.prefix(8), zone = part.dropFirst(8)
            let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 3, fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { throw wrong }
            guard let h = Int(fields[0]), let m = Int(fields[1]), let s = Int(fields[2]) else { throw wrong }
            guard h < 24, m < 60, s < 60 else { throw error("\(clock) is not a time of day") }
            guard !zone.isEmpty else { return Time(hour: h, minute: m, second: s, zone: nil, offset: 0) }
            if zone == "Z" { return Time(hour: h, minute: m, second: s, zone: "Z", offset: 0) }
            guard let sign = zone.first, sign == "+" || sign == "-" else { throw wrong }
            let offset = zone.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(offset.count), offset.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { throw wrong }
            guard let hours = Int(offset[0]), let minutes = offset.count == 2 ? Int(offset[1]) : 0 else { throw wrong }
            guard hours <= 14, minutes < 60 else { throw error("\(zone) is not a time zone") }
            let minutesEast = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
            return Time(hour: h, minute: m, second: s, zone: String(zone), offset: minutesEast)
        }
    }

    /// The EDTF text, as written in a chronicle file.
    public var description: String {
        switch form {
        case let .single(p): return Self.edtf(p)
        case let .interval(a, b): return Self.edtf(a) + "/" + Self.edtf(b)
        case let .oneOf(members): return "[" + members.map(Self.edtf).joined(separator: ",") + "]"
        case let .allOf(members): return "{" + members.map(Self.edtf).joined(separator: ",") + "}"
        }
    }

    private static func edtf(_ bound: Bound) -> String {
        switch bound {
        case let .date(p): return edtf(p)
        case .open: return ".."
        case .unknown: return ""
        }
    }

    private static func edtf(_ member: Member) -> String {
        switch member {
        case let .date(p): return edtf(p)
        case let .range(a, b): return (a.map(edtf) ?? "") + ".." + (b.map(edtf) ?? "")
        }
    }

    private static func edtf(_ p: Point) -> String {
        var s = zeroPadded(p.year, width: 4)
        if p.unspecifiedYearDigits > 0 { s = String(s.dropLast(p.unspecifiedYearDigits)) + String(repeating: "X", count: p.unspecifiedYearDigits) }
        if let m = p.month { s += "-" + zeroPadded(m, width: 2) } else if p.monthUnspecified { s += "-XX" }
        if let d = p.day { s += "-" + zeroPadded(d, width: 2) } else if p.dayUnspecified { s += "-XX" }
        if let t = p.time {
            s += "T" + [t.hour, t.minute, t.second].map { zeroPadded($0, width: 2) }.joined(separator: ":") + (t.zone ?? "")
        }
        if let q = p.qualifier { s.append(q.rawValue) }
        return s
    }
}

extension Character {
    /// One of 0–9 alone. A range of characters would take `0` with a combining mark (`0\u{301}`),
    /// which sorts between `0` and `9` but is no digit: `Int` then fails on it.
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}

extension EDTFDate {
    /// `2004`, `2004-06` or `2004-06-17`, read straight from the bytes: nearly every stored
    /// date has one of these forms, and lists read thousands of them a screen. Anything else,
    /// valid or not, is left to the full reader (nil).
    static func plainPoint(_ text: String) -> Point? {
        var utf8 = text.utf8.makeIterator()
        var digits: [Int] = []
        var count = 0
        while let byte = utf8.next() {
            count += 1
            guard count <= 10 else { return nil }
            if count == 5 || count == 8 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        guard count == 4 || count == 7 || count == 10 else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        guard year >= 1 else { return nil }
        guard count > 4 else { return Point(year: year, month: nil, day: nil) }
        let month = digits[4] * 10 + digits[5]
        guard (1...12).contains(month) else { return nil }
        guard count > 7 else { return Point(year: year, month: month, day: nil) }
        let day = digits[6] * 10 + digits[7]
        guard day >= 1, day <= EDTFDate.daysIn(month: month, year: year) else { return nil }
        return Point(year: year, month: month, day: day)
    }
}
