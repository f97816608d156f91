import SCOCore
import SCOModel

/// Why a result matched, when the title on screen does not show it: `title` (its full title,
/// when a short one is shown), `name` (an alias or a person), `place` or `summary`. A match in the title shown needs
/// no word: its highlight says it.
enum MatchReason {
    static func of(_ positions: [Int], in state: State) -> [String: String] {
        let matches = state.search.matches
        guard let query = state.highlightQuery, !query.tokens.isEmpty || !query.phrases.isEmpty else { return [:] }
        var reasons: [String: String] = [:]
        for position in positions where position < matches.rows.count {
            guard let entry = state.screenful.entry(at: position) else { continue }
            switch matches.years.isEmpty ? matches.tier(at: position) : nil {
            case .title?:
                if !query.isFound(in: entry.label) { reasons[entry.id] = query.isFound(in: entry.title) ? "title" : "name" }
            case .place?: reasons[entry.id] = "place"
            case .summary?: reasons[entry.id] = "summary"
            case nil: break
            }
        }
        return reasons
    }
}
