import SCOModel

/// Searches asked for and answered, steps through time and the chart's years, and the split.
extension State {
    // MARK: Search

    mutating func runSearch() -> [Effect] {
        if !search.hasWords {
            search.matches = .none
            search.isPending = false
            search.version += 1
            if pane == .results, let saved = beforePrompt { restore(saved.location) }
            return [.cancelSearch]
        }
        search.isPending = true
        return [.search(search.query, resultOrder)]
    }

    mutating func dropSearch() {
        let version = search.version
        search = SearchState()
        search.version = version + 1
        if pane == .results { show(paneBeforeResults) }
    }

    /// Takes a search's answer: the first answer opens the Results pane at its top; a later,
    /// fuller answer to the same query extends the list under the reader's cursor, since a
    /// first page is always a prefix of the whole.
    mutating func receive(_ matches: Matches, for query: String) {
        guard query == search.query, search.hasWords else { return }
        if !search.isPending, search.matches.isComplete || matches.count < search.matches.count { return }
        let first = search.isPending
        if mode == .browse, matches.isComplete, matches.count == 0 {
            // Enter came before the answer, and the answer is that nothing matches.
            dropSearch()
            message = "no match for “\(query)”"
            return
        }
        // A fuller answer may bring year headings the first page lacked, or lose them (undated
        // rows): the cursor stays on its record.
        let selected = shape(of: .results).row(position(of: .results).selected).position
        let hadHeadings = shape(of: .results).hasHeadings
        search.matches = matches
        search.isPending = false
        search.version += 1
        guard first else {
            if let selected, hadHeadings != shape(of: .results).hasHeadings {
                positions[.results, default: ListPosition()].selected = shape(of: .results).rowIndex(ofRecord: selected)
            }
            keepSelectionVisible()
            return
        }
        positions[.results] = firstPosition(in: shape(of: .results))
        if pane != .results { paneBeforeResults = pane }
        pane = .results
        detail = DetailPosition()
        if !layout.isSplit { focus = .list }
    }

    mutating func stepThroughResults(forward: Bool) {
        let count = search.matches.count
        guard count > 0 else {
            message = "no search: press \(keymap.key(for: .startSearch)) to search"
            return
        }
        // From another pane, n and N switch to Results and move at once: no press is wasted.
        if pane != .results { show(.results) }
        let shape = shape(of: .results)
        let current = shape.row(position(of: .results).selected).position ?? shape.row(position(of: .results).selected + 1).position ?? 0
        var next = current + (forward ? 1 : -1)
        if next >= count {
            next = 0
            message = "search wrapped to the first result"
        } else if next < 0 {
            next = count - 1
            message = "search wrapped to the last result"
        }
        positions[.results, default: ListPosition()].selected = shape.rowIndex(ofRecord: next)
        detail = DetailPosition()
        keepSelectionVisible()
    }

    // MARK: Time

    /// Moves to the first event of the next (or previous) year that has events, with its
    /// heading at the top of the list.
    mutating func stepYear(forward: Bool) {
        guard currentShape.hasHeadings else {
            message = pane == .results ? "these results have no years: \(keymap.key(for: .toggleOrder)) puts them in date order"
                : "years are in the timeline: \(keymap.key(for: .showPane(.timeline))) shows it"
            return
        }
        let p = position(of: pane)
        guard let heading = currentShape.headingRow(from: p.selected, forward: forward) else {
            message = forward ? "this is the last year" : "this is the first year"
            return
        }
        positions[pane] = ListPosition(selected: heading + 1, offset: heading)
        focus = .list
        detail = DetailPosition()
        keepSelectionVisible()
    }

    /// Moves the chart's year cursor a column earlier or later.
    mutating func stepChart(forward: Bool) {
        guard let grid = chartGrid, let column = chartColumn, !grid.spans.isEmpty else {
            message = "no states to chart"
            return
        }
        let target = column + (forward ? 1 : -1)
        guard grid.spans.indices.contains(target) else {
            message = forward ? "this is the last year of the chart" : "this is the first year of the chart"
            return
        }
        chartYear = grid.spans[target].upperBound
    }

    /// Puts the chart's year cursor on a year; one past either end lands on that end, and says
    /// so when `saying`.
    mutating func chartGoes(to year: Int, saying: Bool) {
        guard let years = chart?.years else {
            if saying { message = "no states to chart" }
            return
        }
        chartYear = min(max(year, years.lowerBound), years.upperBound)
        guard saying, !years.contains(year) else { return }
        message = year < years.lowerBound ? "the chart starts in \(years.lowerBound)" : "the chart ends in \(years.upperBound)"
    }

    // MARK: Split

    /// Moves the divider, and keeps the list's new share of the width for the session.
    mutating func resizeList(by columns: Int) {
        guard layout.isSplit else {
            message = split.isZoomed ? "the detail is zoomed: \(keymap.key(for: .toggleZoom)) shows the list again"
                : "the list and the detail share the screen from \(Layout.splitWidth) columns"
            return
        }
        let current = layout.list.width
        let width = min(max(Layout.minimumList, current + columns), size.width - Layout.minimumDetail - 1)
        guard width != current else {
            message = columns < 0 ? "the list is as narrow as it goes" : "the list is as wide as it goes"
            return
        }
        // Rounded up, so the width it gives back at this size is the one chosen.
        split.chosenShare = (width * 1000 + size.width - 1) / size.width
        keepSelectionVisible()
    }
}
