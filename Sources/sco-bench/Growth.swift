import Foundation
import SCOModel
import SCOText

/// Cost against input size, for the work whose input a chronicle or a reader controls:
/// wrapping text (1 KB to 10 MB, with spaces and without) and searching (1 to 10,000 words).
/// Linear growth shows as a constant time per unit in the last column.
enum Growth {
    static func run(_ store: Store) {
        for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
            for (name, unit) in [("one word", "abcdefghij"), ("words", "abcd efghi ")] {
                let text = String(repeating: unit, count: size / unit.count)
                let time = Measure.percentile(Measure.samples(size >= 1_000_000 ? 3 : 9) { _ = TextLayout.wrapped(text, to: 80) }, 0.5)
                report("wrap to 80 columns, \(size.grouped) bytes, \(name)", Measure.format(time),
                                 String(format: "%.1f ns/byte", time * 1_000 / Double(size)))
            }
        }
        for count in [1, 10, 100, 1_000, 10_000] {
            let query = SearchQuery((0..<count).map { "w\($0 % 3 == 0 ? "tash" : "x\($0)")" }.joined(separator: " "))
            let time = Measure.percentile((try? Measure.samples(9) { _ = try store.matches(query) }) ?? [], 0.5)
            report("search, a query of \(count.grouped) words (at most \(SearchQuery.wordLimit) searched)", Measure.format(time),
                             String(format: "%.1f µs/word", time / Double(count)))
        }
    }
}
