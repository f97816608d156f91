import SCOText

extension EDTFDate {
    /// The date in at most `width` columns, for a list column that must not grow: the display
    /// when it fits, else a shorter form that keeps where the date starts and whether it goes
    /// on (`29 May →` under its year, `Aug–Sep 2025`, `2003–2004`), and a cut one last.
    /// The whole date stays in the detail.
    public func compact(width: Int, underItsYear: Bool) -> String {
        guard width > 0 else { return "" }
        let shown = underItsYear ? displayUnderItsYear : display
        if DisplayWidth.of(shown) <= width { return shown }
        for candidate in shorter(underItsYear: underItsYear, width: width) + ["\(start.year)"] where DisplayWidth.of(candidate) <= width {
            return candidate
        }
        return TextLayout.truncated(shown, to: width)
    }

    /// Shorter forms, longest first.
    private func shorter(underItsYear: Bool, width: Int) -> [String] {
        let heading = underItsYear ? start.year : nil
        let point = { (p: Point) in Self.display(p.cut(month: true, day: true), omittingYear: heading) }
        let month = { (p: Point) in Self.display(p.cut(month: true, day: false), omittingYear: heading) }
        // A year keeps what makes it vague: `2004?`, `2000s`, `2000–99`.
        let yearMark = { (p: Point) -> String in
            switch p.unspecifiedYearDigits {
            case 1: return "\(p.year)s"
            case 2: return "\(p.year)–\(String(p.year + 99).suffix(2))"
            default: return "\(p.year)" + Self.mark(p.qualifier)
            }
        }
        switch form {
        case let .interval(.date(s), .date(e)) where s.year == e.year && s.unspecifiedYearDigits == 0:
            guard let m1 = s.month, let m2 = e.month else { return [yearMark(s)] }
            let months = m1 == m2 ? Self.monthNames[m1 - 1] : Self.monthNames[m1 - 1] + "–" + Self.monthNames[m2 - 1]
            return [months + Self.mark(s.qualifier ?? e.qualifier) + (heading == nil ? " \(s.year)" : ""), yearMark(s)]
        case let .interval(.date(s), .date(e)):
            return underItsYear
                ? [point(s) + " →", month(s) + " →", yearMark(s) + " →"]
                : ["\(yearMark(s))–\(yearMark(e))", yearMark(s) + " →"]
        case let .interval(.date(s), .open):
            return [point(s) + " →", month(s) + " →", yearMark(s) + " →"]
        case let .interval(.date(s), _):
            return [point(s) + " – ?", month(s) + " – ?", yearMark(s) + " – ?"]
        case let .interval(.open, .date(e)):
            return ["→ " + point(e), "→ " + month(e), "→ " + yearMark(e)]
        case let .interval(_, .date(e)):
            return ["? – " + point(e), "? – " + month(e), "? – " + yearMark(e)]
        case let .single(p):
            return [point(p), month(p), yearMark(p)]
        case let .oneOf(members) where members.count == 1:
            guard case let .range(a?, b?) = members[0] else { fallthrough }
            return ["\(yearMark(a))–\(yearMark(b))"] + (width >= 8 ? [TextLayout.truncated(yearsOnly, to: width)] : [])
        case .oneOf, .allOf:
            // A choice of years is cut rather than shown as its first year alone, where the
            // cut still shows a year and the word after it.
            return [yearsOnly] + (width >= 8 ? [TextLayout.truncated(yearsOnly, to: width)] : [])
        default:
            return [yearMark(start)]
        }
    }

    private static func mark(_ qualifier: Qualifier?) -> String {
        switch qualifier {
        case .uncertain?, .both?: return "?"
        case .approximate?: return "~"
        case nil: return ""
        }
    }
}
