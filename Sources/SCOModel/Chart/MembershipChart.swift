/// Who belonged when: every state with a status, a row each in the order they first joined,
/// over the years from the first status to the last change. The browser's chart pane, the
/// text chart and the SVG picture all read this one value, so they cannot disagree.
public struct MembershipChart: Hashable, Sendable {
    /// One state's history: its statuses and its terms in the chair.
    public struct Row: Hashable, Sendable {
        public let id: String
        public let name: String
        public let statuses: [StatusPeriod]
        /// The dates of its chairmanships, each from the summit that handed it the chair.
        public let chairs: [EDTFDate]

        public init(id: String, name: String, statuses: [StatusPeriod], chairs: [EDTFDate] = []) {
            self.id = id
            self.name = name
            self.statuses = statuses
            self.chairs = chairs
        }

        /// The status held at the end of the span of years, or, for a state that left within
        /// it, the last one held there: a year shows where the state stood once it was over.
        public func status(in years: ClosedRange<Int>) -> StateStatus? {
            let span = years.lowerBound * 10_000...years.upperBound * 10_000 + 9_999
            return statuses.last { $0.keys.overlaps(span) }?.status
        }

        /// Whether the state took the chair in the years. A term runs from one summit to the
        /// next, across two calendar years; marking the year it began gives one mark a term.
        public func tookChair(in years: ClosedRange<Int>) -> Bool {
            chairs.contains { years.contains($0.start.year) }
        }

        /// Its terms in the chair that overlap the years.
        public func chairs(in years: ClosedRange<Int>) -> [EDTFDate] {
            let span = years.lowerBound * 10_000...years.upperBound * 10_000 + 9_999
            return chairs.filter { ($0.firstKey...max($0.firstKey, $0.lastKey)).overlaps(span) }
        }

        var joined: Int { statuses.map(\.keys.lowerBound).min() ?? Int.max }
    }

    public let rows: [Row]
    /// From the first status to the last change (a status begun or ended, a chair taken);
    /// nil for a chronicle without states.
    public let years: ClosedRange<Int>?

    public init(_ rows: [Row]) {
        let kept = rows.filter { !$0.statuses.isEmpty }
        self.rows = kept.enumerated().sorted { a, b in
            a.element.joined != b.element.joined ? a.element.joined < b.element.joined : a.offset < b.offset
        }.map(\.element)
        let firsts = kept.flatMap { $0.statuses.map(\.from.start.year) }
        let lasts = kept.flatMap { row in
            row.statuses.flatMap { [$0.from.start.year] + ($0.to.map { [$0.start.year] } ?? []) }
                + row.chairs.map(\.start.year)
        }
        if let first = firsts.min(), let last = lasts.max() { years = first...max(first, last) } else { years = nil }
    }

    /// The chart of the chronicle's states, in their list's order before they are put in order
    /// of joining; a chairmanship counts from its event's date.
    public init(catalog: any Catalog) {
        let institutions = catalog.entries(.institution, at: 0..<catalog.count(of: .institution)).filter { $0.standing != nil }
        let rows = institutions.compactMap { entry -> Row? in
            guard let state = catalog.record(entry.id) as? Institution, state.isState else { return nil }
            let chairs = catalog.entries(ids: state.chaired).compactMap(\.date)
            return Row(id: state.id, name: state.shortTitle ?? state.title, statuses: state.statuses, chairs: chairs)
        }
        self.init(rows)
    }

    /// The spans of years that columns stand for, when `columns` cells are to hold them all.
    public func spans(fitting columns: Int) -> [ClosedRange<Int>] {
        years.map { MembershipChart.yearSpans($0, fitting: columns) } ?? []
    }

    /// Years in columns: a year each where they fit, else 2, 5, 10, 20, 50, 100… years a
    /// column, each starting on a round year so they read as 2000–04, 2005–09 and so on.
    public static func yearSpans(_ years: ClosedRange<Int>, fitting columns: Int) -> [ClosedRange<Int>] {
        guard columns > 0 else { return [] }
        func start(_ step: Int) -> Int { years.lowerBound - ((years.lowerBound % step) + step) % step }
        // 1, 2, 5, 10, 20, 50…, until the columns hold every year; where no round step does
        // (a round boundary splits too few columns), the smallest step that fits, unrounded.
        var step = 1, power = 1, factor = 0
        while (years.upperBound - start(step)) / step + 1 > columns {
            factor += 1
            if factor == 3 { (factor, power) = (0, power * 10) }
            step = power * [1, 2, 5][factor]
            guard step <= years.count else {
                step = (years.count + columns - 1) / columns
                return stride(from: years.lowerBound, through: years.upperBound, by: step).map { $0...min($0 + step - 1, years.upperBound) }
            }
        }
        // The first column starts on a round year, but says only the years the chart has.
        return stride(from: start(step), through: years.upperBound, by: step).map { max($0, years.lowerBound)...min($0 + step - 1, years.upperBound) }
    }

    /// A column's years as its label says them: `2004`, `2000–04` for a span within a
    /// century, `1900–2099` for one across centuries.
    public static func label(_ span: ClosedRange<Int>) -> String {
        guard span.count > 1 else { return "\(span.lowerBound)" }
        guard span.lowerBound >= 0, span.lowerBound / 100 == span.upperBound / 100 else { return "\(span.lowerBound)–\(span.upperBound)" }
        let end = span.upperBound % 100
        return "\(span.lowerBound)–\(end < 10 ? "0" : "")\(end)"
    }

    /// What a cell of the chart holds: the status at the end of its years, and whether the
    /// state took the chair in them.
    public func cell(row: Int, years: ClosedRange<Int>) -> (status: StateStatus?, chaired: Bool) {
        guard rows.indices.contains(row) else { return (nil, false) }
        return (rows[row].status(in: years), rows[row].tookChair(in: years))
    }

    /// The cell in words, for the reader of the chart: "Uzbekistan 2016: founding member,
    /// chair 2015–2016" (the detail gives the days).
    public func reading(row: Int, years: ClosedRange<Int>) -> String {
        guard rows.indices.contains(row) else { return "" }
        let r = rows[row]
        let chairs = r.chairs(in: years).map { term in
            let end = term.lastKey == EDTFDate.openEndKey ? "" : "\(term.lastKey / 10_000)"
            return "chair " + (end == "\(term.start.year)" ? end : "\(term.start.year)–\(end)")
        }
        return "\(r.name) \(MembershipChart.label(years)): " + ([r.status(in: years)?.rawValue ?? "no status"] + chairs).joined(separator: ", ")
    }
}
