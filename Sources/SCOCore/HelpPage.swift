import SCOText

/// The help screen laid out for a width: descriptions wrapped rather than cut, and on a wide
/// screen two columns side by side, split at the heading that balances them best. The core
/// scrolls it by its rows and the view draws them, so both agree on where it ends.
public struct HelpPage: Hashable, Sendable {
    public enum Row: Hashable, Sendable {
        case heading(String)
        /// Keys and a line of their description; a description's further lines have no keys.
        case binding(keys: String, text: String)
        case blank
    }

    /// The narrowest column two columns may have.
    static let twoColumnMinimum = 52
    /// Columns between two columns.
    public static let gap = 3

    public let columns: [[Row]]
    public let keysWidth: Int
    public let columnWidth: Int

    public var rowCount: Int { columns.map(\.count).max() ?? 0 }

    /// `width` excludes the margin where the scroll markers go.
    public init(_ lines: [HelpLine], width: Int) {
        // The keys take at most a third of a narrow screen; a long list of them wraps.
        keysWidth = min(24, max(9, width / 3), lines.map { line -> Int in
            if case .binding(let keys, _) = line { return DisplayWidth.of(keys) }
            return 0
        }.max() ?? 0)
        let count = width >= 2 * HelpPage.twoColumnMinimum + HelpPage.gap ? 2 : 1
        columnWidth = max(1, (width - HelpPage.gap * (count - 1)) / count)
        let textWidth = max(10, columnWidth - keysWidth - 5), keysWidth = keysWidth
        // Each help line as its rows, so a column never breaks a description apart.
        let blocks: [[Row]] = lines.map { line in
            switch line {
            case .heading(let text): return [.heading(text)]
            case .blank: return [.blank]
            case .binding(let keys, let description):
                let text = TextLayout.wrapped(description, to: textWidth)
                let keyLines = TextLayout.wrapped(keys, to: keysWidth)
                return (0..<max(text.count, keyLines.count)).map { i in
                    .binding(keys: i < keyLines.count ? keyLines[i] : "", text: i < text.count ? text[i] : "")
                }
            }
        }
        let all = blocks.flatMap { $0 }
        guard count == 2 else {
            columns = [all]
            return
        }
        // Split before the heading that leaves the two columns closest in length.
        var best: (rows: Int, at: Int)?
        var before = 0
        for (i, line) in lines.enumerated() {
            if case .heading = line, i > 0 {
                let left = before - 1, right = all.count - before
                let rows = max(left, right)
                if best == nil || rows < best!.rows { best = (rows, i) }
            }
            before += blocks[i].count
        }
        guard let split = best else {
            columns = [all]
            return
        }
        let leftRows = blocks[..<split.at].flatMap { $0 }
        columns = [Array(leftRows.last == .blank ? leftRows.dropLast() : leftRows[...]), blocks[split.at...].flatMap { $0 }]
    }
}
