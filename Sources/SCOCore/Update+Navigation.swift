import SCOModel

/// Moving through lists and the detail, opening records and going back to where one was.
extension State {
    // MARK: Navigation

    mutating func show(_ p: Pane) {
        pane = p
        focus = .list
        detail = DetailPosition()
        keepSelectionVisible()
    }

    /// Opens a record in its own pane with the detail focused.
    /// Opens a web address where there is a display to open it on; over SSH or on a console
    /// the address is copied instead, and the status line says so.
    mutating func open(_ url: String) -> [Effect] {
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

    mutating func restore(_ location: Location) {
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

    mutating func moveInDetail(_ action: Action) {
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
