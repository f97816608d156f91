extension State {
    /// What a click or a wheel turn does where it lands: a tab shows its pane; a row is
    /// selected, a link in the detail too, and a double click opens it as Enter would; the
    /// wheel moves the list or scrolls the detail (or help) under the pointer. The prompts take
    /// no clicks, so a stray one cannot lose what is being typed.
    mutating func point(_ mouse: Mouse) -> [Effect] {
        let layout = self.layout
        let wheel = mouse.kind == .wheelUp ? -Mouse.wheelStep : mouse.kind == .wheelDown ? Mouse.wheelStep : 0
        switch mode {
        case .help(let offset):
            guard wheel != 0 else { return [] }
            let last = max(0, helpPage.rowCount - layout.body.height)
            mode = .help(offset: min(last, max(0, offset + wheel)))
            return []
        case .searchPrompt, .datePrompt, .exportPrompt:
            return []
        case .browse:
            break
        }
        if layout.tabs.holds(mouse), wheel == 0 {
            guard let tab = tabs(width: layout.tabs.width).first(where: { $0.columns.contains(mouse.x - layout.tabs.x) }) else { return [] }
            return applyInBrowse(.showPane(tab.pane))
        }
        let listShown = layout.isSplit || !isDetailFullScreen
        let detailShown = layout.isSplit || isDetailFullScreen
        if listShown, layout.list.holds(mouse) {
            if wheel != 0 {
                for _ in 0..<abs(wheel) { moveInList(wheel < 0 ? .moveUp : .moveDown) }
                return []
            }
            let shape = currentShape
            if pane == .chart { return pointInChart(mouse, layout: layout) }
            let row = position(of: pane).offset + mouse.y - layout.list.y
            // The top row may show the year of the rows below it rather than its own record.
            let coveredByHeading = mouse.y == layout.list.y && shape.heading(over: row) != nil
            guard row < shape.rowCount, !shape.isHeading(row), !coveredByHeading else { return [] }
            positions[pane, default: ListPosition()].selected = row
            focus = .list
            detail = DetailPosition()
            keepSelectionVisible()
            refresh()
            return mouse.kind == .doubleClick ? applyInBrowse(.open) : []
        }
        if detailShown, layout.detail.holds(mouse), let document = detailDocument {
            if wheel != 0 {
                let last = max(0, document.lineCount - layout.detail.height)
                detail.scroll = min(last, max(0, detail.scroll + wheel))
                return []
            }
            focus = .detail
            let line = detail.scroll + mouse.y - layout.detailText.y
            guard line < document.lineCount, let link = document.line(line).link else { return [] }
            detail.link = link
            return mouse.kind == .doubleClick ? applyInBrowse(.open) : []
        }
        return []
    }
}

extension State {
    /// A click on the chart selects the state of its row and the years of its column; a double
    /// click opens the state.
    private mutating func pointInChart(_ mouse: Mouse, layout: Layout) -> [Effect] {
        guard let grid = chartGrid else { return [] }
        let row = position(of: .chart).offset + mouse.y - layout.list.y - 1
        guard mouse.y > layout.list.y, row < currentShape.rowCount, row - position(of: .chart).offset < listRows else { return [] }
        positions[.chart, default: ListPosition()].selected = row
        let column = (mouse.x - layout.list.x - grid.nameWidth - 1) / grid.cellWidth
        if mouse.x - layout.list.x > grid.nameWidth, grid.spans.indices.contains(column) { chartYear = grid.spans[column].upperBound }
        focus = .list
        detail = DetailPosition()
        keepSelectionVisible()
        refresh()
        return mouse.kind == .doubleClick ? applyInBrowse(.open) : []
    }
}

extension Rect {
    func holds(_ mouse: Mouse) -> Bool {
        (x..<right).contains(mouse.x) && (y..<bottom).contains(mouse.y)
    }
}
