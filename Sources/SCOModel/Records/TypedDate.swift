import Foundation

/// A date as a reader types it to go somewhere in time: the forms the screen shows (`Jun 2004`,
/// `17 Jun 2004`) as well as EDTF's (`2004`, `2004-06`, `2004-06-17`), month names in full or
/// in three letters, any case. The same parser serves the browser's `:` prompt and the command
/// line's `--from` and `--to`.
public enum TypedDate {
    /// The point the text names, or nil when it names none.
    public static func parse(_ text: String) -> EDTFDate.Point? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let point = (try? EDTFDate(parsing: trimmed))?.single { return point }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard (2...3).contains(parts.count), let year = Int(parts[parts.count - 1]), (1...9999).contains(year),
              let month = month(parts[parts.count - 2]) else { return nil }
        guard parts.count == 3 else { return EDTFDate.Point(year: year, month: month, day: nil) }
        guard let day = Int(parts[0]), (1...EDTFDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return EDTFDate.Point(year: year, month: month, day: day)
    }

    /// A typed date, or a span of two (`2009-06-15/2009-06-16`, as `ShownDates` writes one):
    /// `firstKey`…`lastKey` is what a `date:` term covers.
    public static func span(_ text: String) -> EDTFDate? {
        if let point = parse(text) { return EDTFDate(start: point) }
        guard let date = try? EDTFDate(parsing: text.trimmingCharacters(in: .whitespaces)),
              case .interval(.date, .date) = date.form else { return nil }
        return date
    }

    /// A month by its English name, or any start of it of three letters or more.
    static func month(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return fullMonthNames.firstIndex { $0.lowercased().hasPrefix(lower) }.map { $0 + 1 }
    }

    static let fullMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]
}
