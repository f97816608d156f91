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
            exportPane = nil
            message = "wrote \(count.grouped) record\(count == 1 ? "" : "s") to \(path)"
            return []
        case .exportFailed(let reason):
            message = "not written: \(reason)"
            // The name comes back to be changed, not typed again, if the reader is still
            // where the export began.
            if mode == .browse, exportPane == pane { mode = .exportPrompt }
            exportPane = nil
            return []
        case .chartExported(let path, let states):
            exportPane = nil
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
        if mode == .browse, let effects = counting(action) { return effects }
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
            } else {
                message = (detailDocument?.linkCount ?? 0) == 0
                    ? "nothing to follow: this record has no links"
                    : "no link selected: \(keymap.key(for: .moveDown, in: [.move])) selects the next one"
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
}
