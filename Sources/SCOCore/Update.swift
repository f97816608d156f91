import SCOModel

/// The one place state changes: the state after `action`, and the work it asks of the runtime.
public func update(_ state: State, _ action: Action) -> (state: State, effects: [Effect]) {
    var next = state
    let effects = next.apply(action)
    next.refresh()
    next.keepLinkOnScreen()
    return (next, effects)
}

extension State {
    mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .resize(let newSize):
            size = newSize
            keepSelectionVisible()
            refresh()
            clampDetail()
            return []
        case .searchResults(let query, let order, let matches):
            if order == resultOrder { receive(matches, for: query) }
            return []
        case .searchFailed(let query, let reason):
            if query == search.query {
                search.isPending = false
                message = "search failed: \(reason)"
            }
            return []
        case .exported(let path, let count):
            message = "wrote \(count.grouped) record\(count == 1 ? "" : "s") to \(path)"
            return []
        case .exportFailed(let reason):
            message = "not written: \(reason)"
            return []
        case .chartExported(let path, let states):
            message = "wrote the chart of \(states.grouped) state\(states == 1 ? "" : "s") to \(path)"
            return []
        case .memoryNotKept(let reason):
            message = "marks not kept: \(reason)"
            return []
        case .redraw:
            return [.redraw]
        case .suspend:
            return [.suspend]
        default:
            message = nil
        }
        // Below the smallest size nothing else shows, so nothing else may act unseen.
        if layout.isTooSmall {
            if action == .quit { hasQuit = true; return [.cancelSearch, .quit] }
            return []
        }
        if case .mouse(let mouse) = action { return point(mouse) }
        if case .unbound(let key) = action {
            message = "\(key.label): not a key here — \(keymap.key(for: .toggleHelp)) for help"
            return []
        }
        switch mode {
        case .help(let offset): return applyInHelp(action, offset: offset)
        case .searchPrompt: return applyInPrompt(action)
        case .datePrompt: return applyInDatePrompt(action)
        case .exportPrompt: return applyInExportPrompt(action)
        case .browse: return applyInBrowse(action)
        }
    }

    mutating func applyInBrowse(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            hasQuit = true
            return [.cancelSearch, .quit]
        case .toggleHelp:
            mode = .help(offset: 0)
        case .goToDate:
            beforePrompt = (search, location)
            dateInput = PromptText()
            dateFindsMembers = pane == .institutions
            mode = .datePrompt
        case .startExport where pane == .sources:
            message = "the Sources list is not written out; a source's records are: search src: and press \(keymap.key(for: .startExport)) there"
        case .startExport:
            exportInput = PromptText(suggesting: "sco-\(pane.title.lowercased()).\(pane == .chart ? "svg" : "csv")")
            mode = .exportPrompt
        case .startSearch:
            beforePrompt = (search, location)
            if pane != .results { paneBeforeResults = pane }
            search.setQuery("")
            recall.reset()
            mode = .searchPrompt
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            if focus == .detail { moveInDetail(action) } else { moveInList(action) }
        case .nextPane, .previousPane:
            let panes = availablePanes
            let i = panes.firstIndex(of: pane) ?? 0
            let step = action == .nextPane ? 1 : panes.count - 1
            show(panes[(i + step) % panes.count])
        case .showPane(let p):
            if availablePanes.contains(p) {
                show(p)
            } else if p == .marks {
                message = "no marks: press \(keymap.key(for: .toggleMark)) to mark a record"
            } else {
                message = "no search results: press \(keymap.key(for: .startSearch)) to search"
            }
        case .open:
            if focus == .list {
                guard selectedID != nil else { return [] }
                focus = .detail
                detail = DetailPosition()
            } else if let target = detailDocument?.link(detail.link) {
                switch target {
                case .record(let id):
                    history.visit(from: location)
                    go(to: id)
                case .url(let url):
                    return open(url)
                }
            }
        case .close:
            if isAwaitingSearch {
                dropSearch()
                return [.cancelSearch]
            } else if focus == .detail {
                focus = .list
            } else if pane == .results {
                dropSearch()
                return [.cancelSearch]
            }
        case .back:
            if let previous = history.goBack(from: location) { restore(previous) } else { message = "nothing to go back to" }
        case .forward:
            if let next = history.goForward(from: location) { restore(next) } else { message = "nothing to go forward to" }
        case .nextMatch, .previousMatch:
            stepThroughResults(forward: action == .nextMatch)
        case .toggleOrder:
            resultOrder = resultOrder == .relevance ? .date : .relevance
            message = "results by \(resultOrder.rawValue)"
            // A kept search is asked again in the new order, and its list starts at the top.
            if search.hasWords, search.matches.count > 0 {
                search.isPending = true
                return [.search(search.query, resultOrder)]
            }
        case .toggleMark:
            return toggleMark()
        case .copyCitation where pane == .sources:
            guard let source = selectedSource else {
                message = "nothing selected to copy"
                return []
            }
            message = "copied the source"
            return [.copy(Citation.text(of: source))]
        case .copyCitation:
            guard let id = selectedRecordID, let record = catalog.record(id) else {
                message = "nothing selected to copy"
                return []
            }
            message = "copied the citation of \(id)"
            return [.copy(Citation.text(of: record, paragraphsOf: catalog.declaredSources.paragraphLabel))]
        case .copyLink:
            let target = focus == .detail ? detailDocument?.link(detail.link) : nil
            // On a source in the list: its web address, when it has one.
            let sourceURL = pane == .sources && focus == .list ? detailDocument?.firstURL.map(DetailDocument.Target.url) : nil
            switch target ?? sourceURL ?? selectedRecordID.map(DetailDocument.Target.record) {
            case .record(let id)?:
                message = "copied \(id)"
                return [.copy(id)]
            case .url(let url)?:
                message = "copied \(url)"
                return [.copy(url)]
            case nil:
                message = "nothing selected to copy"
            }
        case .openSource:
            var url: String?
            if focus == .detail, case .url(let selected)? = detailDocument?.link(detail.link) { url = selected }
            guard let url = url ?? detailDocument?.firstURL else {
                message = pane == .sources ? "this source has no web address" : "this record's sources have no web address"
                return []
            }
            return open(url)
        case .toggleHistogram:
            histogramChoice = !showsHistogram
            keepSelectionVisible()
            clampDetail()
        case .earlierColumn, .laterColumn:
            stepChart(forward: action == .laterColumn)
        case .previousYear, .nextYear:
            if pane == .chart { stepChart(forward: action == .nextYear) } else { stepYear(forward: action == .nextYear) }
        case .narrowList, .widenList:
            resizeList(by: action == .widenList ? Split.step : -Split.step)
        case .toggleZoom:
            split.isZoomed.toggle()
            if split.isZoomed, focus == .list, selectedID != nil {
                focus = .detail
                detail = DetailPosition()
            }
            keepSelectionVisible()
        default:
            break
        }
        return []
    }

    private mutating func applyInPrompt(_ action: Action) -> [Effect] {
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
    private mutating func applyInDatePrompt(_ action: Action) -> [Effect] {
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
    private mutating func applyInExportPrompt(_ action: Action) -> [Effect] {
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
            message = "writing \(pane.title.lowercased()) to \(path)…"
            return [.export(records, format, path: path)]
        default:
            _ = exportInput.apply(action)
        }
        return []
    }

    /// "Who was in the SCO in 2010?": the search for the states that were members then, which
    /// the reader can widen (`state:2010`) or change in the search prompt.
    private mutating func findMembers(on point: EDTFDate.Point) -> [Effect] {
        beforePrompt = nil
        paneBeforeResults = .institutions
        search.setQuery("member:" + EDTFDate(start: point).description)
        recall.keep(search.query, limit: Memory.searchLimit, length: Memory.searchLength)
        return runSearch() + [.remember(memory)]
    }

    /// Puts the timeline's cursor on the first event on or after `point`; a date past either end
    /// lands on that end, and says so when `saying`.
    private mutating func goToDate(_ point: EDTFDate.Point, saying: Bool) {
        let count = timeline.recordCount
        guard count > 0 else { return }
        let found = catalog.firstEvent(from: point)
        let position = min(found, count - 1)
        pane = .timeline
        focus = .list
        detail = DetailPosition()
        positions[.timeline, default: ListPosition()].selected = timeline.rowIndex(ofRecord: position)
        keepSelectionVisible()
        guard saying else { return }
        let shown = EDTFDate(start: point).display
        if found >= count {
            message = "nothing on or after \(shown): this is the last event"
        } else if position == 0, let first = catalog.entries(.event, at: 0..<1).first?.date, point < first.start {
            message = "the chronicle starts later than \(shown): this is the first event"
        }
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

    // MARK: Search

    private mutating func runSearch() -> [Effect] {
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

    private mutating func dropSearch() {
        let version = search.version
        search = SearchState()
        search.version = version + 1
        if pane == .results { show(paneBeforeResults) }
    }

    /// Takes a search's answer: the first answer opens the Results pane at its top; a later,
    /// fuller answer to the same query extends the list under the reader's cursor, since a
    /// first page is always a prefix of the whole.
    private mutating func receive(_ matches: Matches, for query: String) {
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

    private mutating func stepThroughResults(forward: Bool) {
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
    private mutating func stepYear(forward: Bool) {
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
    private mutating func stepChart(forward: Bool) {
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
    private mutating func chartGoes(to year: Int, saying: Bool) {
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
    private mutating func resizeList(by columns: Int) {
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

    // MARK: Navigation

    private mutating func show(_ p: Pane) {
        pane = p
        focus = .list
        detail = DetailPosition()
        keepSelectionVisible()
    }

    /// Opens a record in its own pane with the detail focused.
    /// Opens a web address where there is a display to open it on; over SSH or on a console
    /// the address is copied instead, and the status line says so.
    private mutating func open(_ url: String) -> [Effect] {
        if canOpenLinks {
            message = "opening \(url)"
            return [.openURL(url)]
        }
        message = "no display to open it on here: copied \(url)"
        return [.copy(url)]
    }

    mutating func go(to id: String) {
        guard let entry = catalog.entries(ids: [id]).first, let position = catalog.position(of: id) else { return }
        let target = Pane(entry.kind)
        pane = target
        positions[target, default: ListPosition()].selected = shape(of: target).rowIndex(ofRecord: position)
        focus = .detail
        detail = DetailPosition()
        keepSelectionVisible()
    }

    private mutating func restore(_ location: Location) {
        pane = availablePanes.contains(location.pane) ? location.pane : paneBeforeResults
        positions[pane] = location.list
        focus = location.focus
        detail = location.detail
        keepSelectionVisible()
        refresh()
        clampDetail()
    }

    mutating func moveInList(_ action: Action) {
        let shape = currentShape
        guard shape.rowCount > 0 else { return }
        let page = listRows
        var p = position(of: pane)
        let target: Int
        var forward = true
        switch action {
        case .moveDown: target = p.selected + 1
        case .moveUp: target = p.selected - 1; forward = false
        case .pageDown: target = p.selected + page
        case .pageUp: target = p.selected - page; forward = false
        case .halfPageDown: target = p.selected + max(1, page / 2)
        case .halfPageUp: target = p.selected - max(1, page / 2); forward = false
        case .top: target = 0
        case .bottom: target = shape.rowCount - 1; forward = false
        default: return
        }
        p.selected = State.nearestRecord(in: shape, to: min(max(0, target), shape.rowCount - 1), forward: forward) ?? p.selected
        if action == .pageDown { p.offset += page } else if action == .pageUp { p.offset -= page }
        positions[pane] = p
        detail = DetailPosition()
        keepSelectionVisible()
    }

    /// The record row at `index`, or the nearest one in the direction of travel, or else behind.
    /// Walks only as far as the next record, so moving costs the same anywhere in a long list.
    static func nearestRecord(in shape: ListShape, to index: Int, forward: Bool) -> Int? {
        let step = forward ? 1 : -1
        for direction in [step, -step] {
            var i = index
            while (0..<shape.rowCount).contains(i) {
                if !shape.isHeading(i) { return i }
                i += direction
            }
        }
        return nil
    }

    /// Scrolls the active list so its selection is on screen, with the year heading above it
    /// when there is room.
    mutating func keepSelectionVisible() {
        let shape = currentShape
        let rows = 0..<shape.rowCount
        var p = position(of: pane)
        let height = listRows
        p.selected = rows.isEmpty ? 0 : min(max(0, p.selected), shape.rowCount - 1)
        if rows.contains(p.selected), shape.isHeading(p.selected) {
            p.selected = State.nearestRecord(in: shape, to: p.selected, forward: true) ?? p.selected
        }
        // In a list with year headings the row above the selection stays in sight too: it is
        // the selection's heading, or a row the sticky heading at the top may cover.
        let top = shape.hasHeadings ? max(0, p.selected - 1) : p.selected
        if top < p.offset { p.offset = top }
        if p.selected >= p.offset + height { p.offset = p.selected - height + 1 }
        p.offset = max(0, min(p.offset, shape.rowCount - height))
        positions[pane] = p
    }

    private mutating func moveInDetail(_ action: Action) {
        guard let document = detailDocument else { return }
        let height = layout.detail.height
        let maxScroll = max(0, document.lineCount - height)
        let links = 0..<document.linkCount
        var d = detail
        switch action {
        case .moveDown:
            if links.contains(d.link + 1), document.lineOfLink(d.link + 1) < d.scroll + height {
                d.link += 1
            } else if d.scroll < maxScroll {
                d.scroll += 1
            }
        case .moveUp:
            if d.link > 0, links.contains(d.link - 1), document.lineOfLink(d.link - 1) >= d.scroll {
                d.link -= 1
            } else if d.scroll > 0 {
                d.scroll -= 1
            }
        case .pageDown: d.scroll = min(maxScroll, d.scroll + height)
        case .pageUp: d.scroll = max(0, d.scroll - height)
        case .halfPageDown: d.scroll = min(maxScroll, d.scroll + max(1, height / 2))
        case .halfPageUp: d.scroll = max(0, d.scroll - max(1, height / 2))
        case .top: d = DetailPosition()
        case .bottom: d = DetailPosition(link: max(0, links.count - 1), scroll: maxScroll)
        default: return
        }
        detail = d
    }

    /// The selected link is always one on screen, as in w3m and lynx: scrolling carries the
    /// selection with it, and with no link on screen nothing is selected, so Enter never
    /// follows a link the reader cannot see. Run after every change.
    mutating func keepLinkOnScreen() {
        guard let document = detailDocument else { return }
        let height = layout.detailText.height
        let visible = document.links(onLines: detail.scroll..<detail.scroll + height)
        guard !visible.contains(detail.link) else { return }
        if let first = visible.first, let last = visible.last {
            let known = (0..<document.linkCount).contains(detail.link)
            let above = known && document.lineOfLink(detail.link) < detail.scroll
            detail.link = above || !known ? first : last
        } else {
            detail.link = DetailPosition.noLink
        }
    }

    mutating func clampDetail() {
        let height = layout.detail.height
        if case .help(let offset) = mode {
            mode = .help(offset: max(0, min(offset, helpPage.rowCount - layout.body.height)))
        }
        guard let document = detailDocument else { return }
        detail.scroll = max(0, min(detail.scroll, document.lineCount - height))
        detail.link = min(detail.link, document.linkCount - 1)
        // The selected link is kept in view while the reader is in the detail; a detail only
        // looked at from the list is not scrolled for it, so a screen that shrinks and grows
        // back shows it from the top again.
        if focus == .detail, (0..<document.linkCount).contains(detail.link) {
            let line = document.lineOfLink(detail.link)
            if line >= detail.scroll + height { detail.scroll = line - height + 1 }
        }
    }
}
