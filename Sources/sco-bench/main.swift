import BuiltinChronicle
import Foundation
import SCOCore
import SCOModel
import SCOView

/// In-process benchmarks: rendering, key handling and search, printed as a table of medians
/// (and p95 for search) beside the targets of the scale issue. Terminal-level figures (time
/// to first frame, bytes per key) come from scripts/measure-terminal.py.
func report(_ name: String, _ value: String, _ target: String = "") {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0), value.padding(toLength: 30, withPad: " ", startingAt: 0), target)
}

let arguments = CommandLine.arguments.dropFirst()
let scales = arguments.compactMap(Int.init).isEmpty ? [1_000, 100_000] : arguments.compactMap(Int.init)

print("sco-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores; medians unless noted\n")
let builtin = try Store(try ChronicleReader.read(BuiltinChronicle.bytes, file: BuiltinChronicle.fileName))

for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    let state = State(store: builtin, size: size)
    let times = Measure.samples(2_000) { _ = render(state) }
    report("render one frame, built-in, \(size.width)×\(size.height)", Measure.format(Measure.percentile(times, 0.5)))
}

for (name, key) in [("j", Key.character("j")), ("PgDn", .pageDown), ("G", .character("G"))] {
    var state = State(store: builtin, size: Size(width: 80, height: 24))
    let back: Key = key == .character("G") ? .character("g") : key == .pageDown ? .pageUp : .character("k")
    var toggle = false
    let times = Measure.samples(2_000) {
        toggle.toggle()
        if let action = Keymap.action(for: toggle ? key : back, in: state) { state = update(state, action).state }
        _ = render(state)
    }
    report("update+render per key \(name), built-in, 80×24", Measure.format(Measure.percentile(times, 0.5)), "< 1 ms")
}

for events in scales {
    var text = ""
    SyntheticChronicle(events: events, seed: 1).write { text += $0 }
    let clock = ContinuousClock()
    var chronicle: Chronicle!
    let read = clock.measure { chronicle = try! ChronicleReader.read(Array(text.utf8), file: "synthetic") }
    text = ""
    var store: Store!
    let indexed = clock.measure { store = try! Store(chronicle) }
    for (name, duration) in [("read and validate", read), ("index in SQLite/FTS5", indexed), ("load + index", read + indexed)] {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        report("\(name), \(events) events (in memory)", String(format: "%.0f events/s", Double(events) / seconds), "≥ 100,000 events/s")
    }
    let word = chronicle.events[0].summary.split(separator: " ").map(String.init).first { $0.count >= 6 } ?? "kerish"
    let query = String(word.lowercased().prefix(6))
    var perKey: [Double] = []
    for length in 1...query.count {
        let prefix = String(query.prefix(length))
        perKey += try Measure.samples(events >= 100_000 ? 5 : 30) { _ = try store.search(SearchQuery(prefix), limit: 200) }
    }
    report("search per key, typing \"\(query)\", \(events) events",
           "p50 \(Measure.format(Measure.percentile(perKey, 0.5))), p95 \(Measure.format(Measure.percentile(perKey, 0.95)))",
           "p95 < 50 ms at 1M")
    var state = State(store: store, size: Size(width: 80, height: 24))
    for (name, key) in [("j", Key.character("j")), ("PgDn", Key.pageDown), ("G", Key.character("G"))] {
        let times = Measure.samples(50) {
            if let action = Keymap.action(for: key, in: state) { state = update(state, action).state }
            _ = render(state)
        }
        report("update+render per key \(name), \(events) events, 80×24", Measure.format(Measure.percentile(times, 0.5)), "< 5 ms at 1M")
    }
    report("peak resident memory after \(events) events", String(format: "%.0f MiB", Measure.peakResidentMiB), "< 100 MB at 1M")
}
