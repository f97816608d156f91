import SCOCore
import SCOModel
import TestSupport

/// Runs actions through `update` the way the runtime does, answering search effects from a
/// store, so tests read as "start here, press these, expect that".
struct Driver {
    let store: Store
    var state: State

    init(size: Size = Size(width: 120, height: 40)) throws {
        let chronicle = try Fixtures.builtin()
        store = try Store(chronicle)
        state = State(store: store, size: size)
    }

    mutating func send(_ actions: Action...) {
        for action in actions {
            let (next, effect) = update(state, action)
            state = next
            if case .search(let query)? = effect {
                let hits = (try? store.search(SearchQuery(query))) ?? []
                state = update(state, .searchResults(query: query, hits: hits)).state
                state = update(state, .searchCount(query: query, total: (try? store.matchCount(SearchQuery(query))) ?? 0)).state
            }
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { send(action) }
        }
    }

    mutating func type(_ text: String) {
        for c in text { press(.character(c)) }
    }
}
