import SCOModel

/// Dates as list columns show them. Under a year heading the year is left out when the
/// whole date lies in that year (`17 Jun`, `13–14 Apr`).
enum ListDate {
    /// The year, or years of an interval: `2004`, `2003–2004`.
    static func year(_ date: EDTFDate?) -> String {
        guard let date else { return "" }
        let end = date.end?.year ?? date.start.year
        return end == date.start.year ? "\(date.start.year)" : "\(date.start.year)–\(end)"
    }

    static func withinYear(_ date: EDTFDate?) -> String {
        guard let date else { return "" }
        let full = date.display
        let year = " \(date.start.year)"
        guard date.start.month != nil, date.end.map({ $0.year == date.start.year }) ?? true, full.hasSuffix(year) else {
            return full
        }
        return String(full.dropLast(year.count))
    }
}
