import BuiltinChronicle
import Foundation
import SCOCore
import SCOModel
import SCORuntime
import SCOView

/// In-process benchmarks, printed as a table of medians (and p95 for search) beside the
/// targets of the scale issue: rendering and key handling on the built-in chronicle, then for
/// each size a generated chronicle imported to a database file and browsed from it.
/// Terminal-level figures (process start to first frame, bytes per key, peak memory of the
/// browser itself) come from scripts/measure-terminal.py; scripts/bench runs both and the peers.
func report(_ name: String, _ value: String, _ target: String = "") {
    print("| \(name) | \(value) | \(target) |")
}

var arguments = Array(CommandLine.arguments.dropFirst())
var directory = FileManager.default.temporaryDirectory.appendingPathComponent("sco-bench").path
if let i = arguments.firstIndex(of: "--dir"), i + 1 < arguments.count {
    directory = arguments[i + 1]
    arguments.removeSubrange(i...i + 1)
}
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
/// `--reuse`: browse and search databases left by an earlier run instead of importing again.
let reuse = arguments.contains("--reuse")
arguments.removeAll { $0 == "--reuse" }
/// `--cjk`: chronicles written in Chinese characters, for the cost of the index's CJK pairs.
let cjk = arguments.contains("--cjk")
arguments.removeAll { $0 == "--cjk" }
/// `--prefixes DB QUERY`: the first page and the whole answer for each prefix of QUERY as it
/// is typed, one line each, so a slow key can be found.
if let i = arguments.firstIndex(of: "--prefixes"), i + 2 < arguments.count {
    let store = try Store(opening: arguments[i + 1])
    let query = arguments[i + 2]
    for length in 1...query.count {
        let prefix = String(query.prefix(length))
        let clock = ContinuousClock()
        let start = clock.now
        var paged: Duration?
        let matches = try store.matches(SearchQuery(prefix)) { _ in paged = clock.now - start }
        let whole = clock.now - start
        print("\(prefix.padding(toLength: query.count + 2, withPad: " ", startingAt: 0)) first page \(Measure.format(Measure.microseconds(paged ?? whole)))"
              + "  whole \(Measure.format(Measure.microseconds(whole)))  \(matches.count) matches")
    }
    exit(0)
}
let scales = arguments.compactMap(Int.init).isEmpty ? [1_000, 100_000, 1_000_000] : arguments.compactMap(Int.init)

/// Runs a key through update and render the way the browser loop does.
func press(_ key: Key, _ state: inout State) {
    state = update(state, state.keymap.action(for: key, in: state)).state
    _ = render(state)
}

/// The UTF-8 bytes of the cells that differ between two frames: what an ideal terminal
/// writer would send, without cursor moves or attributes.
func changedCellBytes(_ a: Frame, _ b: Frame) -> Int {
    zip(a.cells, b.cells).reduce(0) { sum, pair in sum + (pair.0 == pair.1 ? 0 : max(1, pair.1.text.utf8.count)) }
}

/// Search timings over every prefix of `query` as it is typed, three times: the first page,
/// the whole answer, and key to frame through the runtime while the searches run.
func searchFigures(_ query: String, _ store: Store, scale: String) {
    var firstPages: [Double] = [], complete: [Double] = []
    for _ in 0..<3 {
        for length in 1...query.count {
            let prefix = SearchQuery(String(query.prefix(length)))
            let clock = ContinuousClock()
            let start = clock.now
            var paged: Duration?
            _ = try? store.matches(prefix) { _ in paged = clock.now - start }
            let whole = clock.now - start
            complete.append(Measure.microseconds(whole))
            firstPages.append(Measure.microseconds(paged ?? whole))
        }
    }
    report("search, first page, typing \"\(query)\" (background), \(scale)",
           "p50 \(Measure.format(Measure.percentile(firstPages, 0.5))), p95 \(Measure.format(Measure.percentile(firstPages, 0.95)))", "")
    report("search, every match counted, typing \"\(query)\" (background), \(scale)",
           "p50 \(Measure.format(Measure.percentile(complete, 0.5))), p95 \(Measure.format(Measure.percentile(complete, 0.95)))", "")
    let typing = KeyToFrame.typing(query, into: store, rounds: 10)
    report("key to frame while typing \"\(query)\" (runtime, searches running), \(scale)",
           "p50 \(Measure.format(Measure.percentile(typing, 0.5))), p95 \(Measure.format(Measure.percentile(typing, 0.95))), worst \(Measure.format(typing.max() ?? .nan))",
           "p95 < 50 ms at 1M")
}

func keyFigures(_ state: State, label: String, target: String) {
    for (name, key, back) in [("j", Key.character("j"), Key.character("k")), ("PgDn", .pageDown, .pageUp), ("G", .character("G"), .character("g"))] {
        var s = state
        var toggle = false
        let times = Measure.samples(400) {
            toggle.toggle()
            press(toggle ? key : back, &s)
        }
        report("update+render per key \(name), \(label), 80×24", Measure.format(Measure.percentile(times, 0.5)), target)
    }
    for (name, key) in [("j", Key.character("j")), ("PgDn", Key.pageDown)] {
        var s = state
        let before = render(s)
        press(key, &s)
        report("bytes of changed cells per \(name), \(label), 80×24", "\(changedCellBytes(before, render(s)))", "")
    }
}

print("sco-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, medians unless noted\n")
print("| figure | measured | target |")
print("|---|---|---|")
let builtin = try Store(image: BuiltinChronicle.image)
for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    let state = State(catalog: builtin, size: size)
    let times = Measure.samples(1_000) { _ = render(state) }
    report("render one frame, built-in, \(size.width)×\(size.height)", Measure.format(Measure.percentile(times, 0.5)))
}
keyFigures(State(catalog: builtin, size: Size(width: 80, height: 24)), label: "built-in", target: "< 1 ms")
Growth.run(builtin)

for events in scales {
    let name = cjk ? "\(events)-cjk" : "\(events)"
    let scale = cjk ? "\(events) CJK events" : "\(events) events"
    let json = "\(directory)/\(name).json", db = "\(directory)/\(name).sqlite"
    if !FileManager.default.fileExists(atPath: json) {
        FileManager.default.createFile(atPath: json, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: json))
        var buffer = ""
        var failure: Error?
        SyntheticChronicle(events: events, seed: 1, cjk: cjk).write { piece in
            buffer += piece
            guard buffer.utf8.count > 1 << 20, failure == nil else { return }
            do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
            buffer = ""
        }
        if let failure { throw failure }
        try handle.write(contentsOf: Data(buffer.utf8))
        try handle.close()
    }
    if !(reuse && FileManager.default.fileExists(atPath: db)) {
        let clock = ContinuousClock()
        var counts: [RecordKind: Int] = [:]
        let imported = try clock.measure { counts = try ChronicleImport.run(json, to: db) }
        let seconds = Double(imported.components.seconds) + Double(imported.components.attoseconds) / 1e18
        let records = counts.values.reduce(0, +)
        report("import, \(scale) (\(records) records)", String(format: "%.0f records/s (%.1f s)", Double(records) / seconds, seconds), "≥ 100,000/s")
    }
    let size = (try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
    let counted = try Store(opening: db)
    let records = max(RecordKind.allCases.reduce(0) { $0 + counted.count(of: $1) }, 1)
    report("database size per record, \(scale)", String(format: "%.0f B (%.0f MB in all)", Double(size) / Double(records), Double(size) / 1e6),
           "≤ 800 B at 1M")

    var opened: State!
    let open = try Measure.samples(5) {
        let store = try Store(opening: db)
        opened = State(catalog: store, size: Size(width: 80, height: 24))
        _ = render(opened)
    }
    report("open database to first frame (in process), \(scale)", Measure.format(Measure.percentile(open, 0.5)), "< 150 ms at 1M")
    keyFigures(opened, label: "\(scale)", target: "< 5 ms at 1M")
    TimeFigures.run(opened, scale: scale)
    var atEnd = opened!
    press(.character("G"), &atEnd)
    let deep = Measure.samples(200) { press(.character("k"), &atEnd); press(.character("j"), &atEnd) }
    report("update+render per key j/k at the last row, \(scale)", Measure.format(Measure.percentile(deep, 0.5) / 2), "same as at row 1")

    let store = try Store(opening: db)
    searchFigures(cjk ? "合作" : "shador", store, scale: scale)
    // A filtered search as a reader types it: an institution family, a date, a word.
    if !cjk { searchFigures("inst:council from:2020 summit", store, scale: scale) }
}
report("peak resident memory of sco-bench (import included)", String(format: "%.0f MiB", Measure.peakResidentMiB), "")
