import SCOModel

/// What keys do while a prompt (search, go to a date, export) or the help screen has them.
extension State {
    mutating func applyInPrompt(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            hasQuit = true
            return [.cancelSearch, .quit]
        case .promptDeleteBackward where search.query.isEmpty:
            return applyInPrompt(.promptCancel)
        case .promptInsert, .promptDeleteBackward, .promptDeleteForward, .promptDeleteWord, .promptClear,
             .promptLeft, .promptRight, .promptHome, .promptEnd:
            return search.apply(action) == true ? runSearch() : []
        case .recallOlder, .recallNewer:
            guard let query = recall.step(older: action == .recallOlder, from: search.query) else {
                message = action == .recallOlder ? (recall.searches.isEmpty ? "no earlier searches" : "no older search") : nil
                return []
            }
            search.setQuery(query)
            return runSearch()
        case .promptSubmit:
            mode = .browse
            var effects: [Effect] = []
            if search.hasWords {
                recall.keep(search.query, limit: Memory.searchLimit, length: Memory.searchLength)
                effects = [.remember(memory)]
            }
            if search.matches.count == 0 && !search.isPending {
                let query = search.query, hadWords = search.hasWords
                let saved = beforePrompt
                dropSearch()
                if let saved { restore(saved.location) }
                if hadWords { message = "no match for “\(query)”" }
            } else {
                focus = .list
            }
            beforePrompt = nil
            return effects
        case .promptCancel:
            mode = .browse
            var effects: [Effect] = []
            if let saved = beforePrompt {
                if saved.search.query != search.query { effects = [.cancelSearch] }
                search = saved.search
                search.version += 1
                restore(saved.location)
                // A kept search whose matches were still being counted is counted again.
                if search.isCounting, search.hasWords { effects = [.search(search.query, resultOrder)] }
            }
            beforePrompt = nil
            return effects
        case .moveDown, .moveUp, .pageDown, .pageUp:
            if pane == .results { moveInList(action) }
        default:
            break
        }
        return []
    }

    /// The go-to-date prompt: the timeline's cursor follows the date as it is typed, Enter
    /// keeps it (and `[` goes back), Esc returns to where the reader was.
    mutating func applyInDatePrompt(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            hasQuit = true
            return [.cancelSearch, .quit]
        case .promptDeleteBackward where dateInput.text.isEmpty, .promptCancel:
            mode = .browse
            if let saved = beforePrompt { restore(saved.location) }
            beforePrompt = nil
        case .promptSubmit:
            guard let point = TypedDate.parse(dateInput.text) else {
                message = dateInput.text.isEmpty ? nil : "not a date: try 2004, 2004-06, 2004-06-17 or 17 Jun 2004"
                return []
            }
            mode = .browse
            if dateFindsMembers { return findMembers(on: point) }
            if pane == .chart {
                beforePrompt = nil
                chartGoes(to: point.year, saying: true)
                return []
            }
            if let saved = beforePrompt { history.visit(from: saved.location) }
            beforePrompt = nil
            goToDate(point, saying: true)
        default:
            guard dateInput.apply(action) == true, !dateFindsMembers, let point = TypedDate.parse(dateInput.text) else { return [] }
            if pane == .chart { chartGoes(to: point.year, saying: false) } else { goToDate(point, saying: false) }
        }
        return []
    }

    /// The export prompt: a file name whose ending picks the format; Enter writes the list the
    /// reader is looking at (the whole list, or the results in their order), Esc gives up.
    mutating func applyInExportPrompt(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            hasQuit = true
            return [.cancelSearch, .quit]
        case .promptDeleteBackward where exportInput.text.isEmpty, .promptCancel:
            mode = .browse
        case .promptSubmit:
            let path = exportInput.text
            guard !path.allSatisfy(\.isWhitespace) else { return [] }
            if pane == .chart {
                guard path.lowercased().hasSuffix(".svg") else {
                    message = "name the file .svg: the chart is written as an SVG picture"
                    return []
                }
                mode = .browse
                exportPane = pane
                message = "writing the membership chart to \(path)…"
                return [.exportChart(path: path)]
            }
            guard let format = TableFormat(fileName: path), format != .text else {
                message = "name the file .csv, .tsv, .md or .json: its ending picks the format"
                return []
            }
            let records: ExportedRecords
            switch pane {
            case .timeline: records = .kind(.event)
            case .institutions: records = .kind(.institution)
            case .documents: records = .kind(.document)
            case .results:
                guard !search.isCounting else {
                    message = "the search is still counting: write its results when it is done"
                    return []
                }
                records = .rows(search.matches.rows)
            case .marks:
                records = .ids(marks.ids)
            case .sources, .chart:
                return []
            }
            mode = .browse
            exportPane = pane
            message = "writing \(pane.title.lowercased()) to \(path)…"
            return [.export(records, format, path: path)]
        default:
            _ = exportInput.apply(action)
        }
        return []
    }

    /// "Who was in the SCO in 2010?": the search for the states that were members then, which
    /// the reader can widen (`state:2010`) or change in the search prompt.
    mutating func findMembers(on point: EDTFDate.Point) -> [Effect] {
        beforePrompt = nil
        paneBeforeResults = .institutions
        search.setQuery("member:" + EDTFDate(start: point).description)
        recall.keep(search.query, limit: Memory.searchLimit, length: Memory.searchLength)
        return runSearch() + [.remember(memory)]
    }

    /// Puts the cursor on the first record on or after `point`, with its year's heading on the
    /// top row: in the list the reader is in when it is in date order (Documents, Results by
    /// date) or a reading list (Marks: the earliest such mark), on the timeline otherwise. A
    /// date past either end lands on that end, and says so when `saying`.
    mutating func goToDate(_ point: EDTFDate.Point, saying: Bool) {
        let target: Pane = [.documents, .marks].contains(pane) || pane == .results && resultOrder == .date ? pane : .timeline
        let count = shape(of: target).recordCount
        guard count > 0 else { return }
        let found = target == .marks ? earliestMark(from: point) : firstRecord(in: target, from: point, count: count)
        let position = min(found, count - 1)
        pane = target
        focus = .list
        detail = DetailPosition()
        var p = positions[target, default: ListPosition()]
        p.selected = shape(of: target).rowIndex(ofRecord: position)
        // The heading above the target (or the sticky heading over that row) opens the page.
        p.offset = shape(of: target).hasHeadings ? max(0, p.selected - 1) : p.selected
        positions[target] = p
        keepSelectionVisible()
        guard saying else { return }
        let shown = EDTFDate(start: point).display
        if found >= count {
            message = "nothing on or after \(shown): this is the last \(target == .timeline ? "event" : "record")"
        } else if position == 0, target != .marks, let first = entries(of: target, at: 0..<1).first?.date, point < first.start {
            message = "\(target == .timeline ? "the chronicle" : "the list") starts later than \(shown): this is the first \(target == .timeline ? "event" : "record")"
        }
    }

    /// The first position of a list in date order whose record starts on or after `point`
    /// (undated records come last): the count when none does. A binary search, so a million
    /// results cost twenty reads.
    private func firstRecord(in target: Pane, from point: EDTFDate.Point, count: Int) -> Int {
        if target == .timeline { return catalog.firstEvent(from: point) }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if let start = entries(of: target, at: middle..<middle + 1).first?.date?.start, start < point {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// The mark with the earliest start on or after `point`, as marks are kept in the order
    /// marked: the count when none is.
    private func earliestMark(from point: EDTFDate.Point) -> Int {
        let entries = entries(of: .marks, at: 0..<marks.count)
        let later = entries.indices.filter { entries[$0].date.map { !($0.start < point) } ?? false }
        return later.min { entries[$0].date?.start ?? point < entries[$1].date?.start ?? point } ?? marks.count
    }

    mutating func applyInHelp(_ action: Action, offset: Int) -> [Effect] {
        let page = layout.body.height
        let last = max(0, helpPage.rowCount - page)
        switch action {
        case .quit:
            hasQuit = true
            return [.cancelSearch, .quit]
        case .toggleHelp, .close: mode = .browse
        case .moveDown: mode = .help(offset: min(last, offset + 1))
        case .moveUp: mode = .help(offset: max(0, offset - 1))
        case .pageDown, .halfPageDown: mode = .help(offset: min(last, offset + page))
        case .pageUp, .halfPageUp: mode = .help(offset: max(0, offset - page))
        case .top: mode = .help(offset: 0)
        case .bottom: mode = .help(offset: last)
        default: break
        }
        return []
    }
}
