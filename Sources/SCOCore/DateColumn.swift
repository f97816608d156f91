import SCOModel

/// How wide a list's date column is. It is fixed for the pane, not measured on the rows in
/// sight, so it never moves while scrolling, and narrow, so the title keeps the width: a date
/// longer than the column is shown compact (`EDTFDate.compact`), whole in the detail.
public enum DateColumn {
    /// Under a year heading: `15–16 Jun`, `29 May →`.
    public static let underItsYear = 9
    /// With its year: `17 Jun 2004`, `Aug–Sep 2025`, `2003–2004`.
    public static let whole = 12
    /// Below this list width a record shows its year alone (an 80-column screen's list is
    /// 40 wide: the title keeps 7 more columns).
    public static let wholeFrom = 44

    /// The column's width in a pane's list of the given width (0: no date column).
    public static func width(of pane: Pane, listWidth: Int, catalog: any Catalog) -> Int {
        switch pane {
        case .timeline: return min(underItsYear, catalog.dateWidth(of: .event))
        case .documents: return listWidth >= wholeFrom ? min(whole, catalog.dateWidth(of: .document)) : 4
        case .results, .marks: return listWidth >= wholeFrom ? whole : 5
        case .institutions, .sources, .chart: return 0
        }
    }

    /// A record's date as a pane's column shows it.
    public static func text(_ date: EDTFDate?, in pane: Pane, width: Int) -> String {
        date?.compact(width: width, underItsYear: pane == .timeline) ?? ""
    }
}
