import SCOCore
import SCOModel
import SCORuntime
import TestSupport

/// Runs actions through the runtime's own interpreter (`Runtime.settle`), background
/// searches included, so tests read as "start here, press these, expect that".
struct Driver {
    let store: Store
    let runtime: Runtime
    let scratch: Scratch
    var state: State

    init(size: Size = Size(width: 120, height: 40), chronicle: Chronicle? = nil) throws {
        store = try Store(chronicle ?? Fixtures.builtin())
        // A list or chart written with `e` lands in a folder of the test's own.
        scratch = try Scratch()
        runtime = Runtime(catalog: store, directory: scratch.url.path)
        state = State(catalog: store, size: size)
    }

    mutating func send(_ actions: Action...) {
        for action in actions { state = runtime.settle(state, action) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys {
            send(state.keymap.action(for: key, in: state))
        }
    }

    mutating func type(_ text: String) {
        for c in text { press(.character(c)) }
    }
}
