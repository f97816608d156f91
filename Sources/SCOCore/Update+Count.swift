/// Counts, as less and vim have them, begun with `0` so the digits 1–7 stay pane keys:
/// `05j` five down, `022G` the 22nd row.
extension State {
    /// The most a count goes to: more rows than a screen, fewer than a loop would notice.
    static let countLimit = 99_999

    /// Handles a count's keys, and a move made with a count; nil for anything else, which
    /// drops a count being typed.
    mutating func counting(_ action: Action) -> [Effect]? {
        switch action {
        case .startCount:
            count = 0
            message = "count: type a number, then a move (j k Space b G)"
            return []
        case .countDigit(let digit):
            let n = min(State.countLimit, (count ?? 0) * 10 + digit)
            count = n
            message = "count \(n)"
            return []
        default:
            guard let n = count else { return nil }
            count = nil
            guard n > 0 else { return nil }
            switch action {
            case .top where focus == .list, .bottom where focus == .list:
                let records = currentShape.recordCount
                guard records > 0 else { return [] }
                positions[pane, default: ListPosition()].selected = currentShape.rowIndex(ofRecord: min(n, records) - 1)
                keepSelectionVisible()
                if n > records { message = "there are \(records.grouped) rows: this is the last" }
                return []
            case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextMatch, .previousMatch:
                var effects: [Effect] = []
                for _ in 0..<n { effects += applyInBrowse(action) }
                return effects
            default:
                return nil
            }
        }
    }
}
