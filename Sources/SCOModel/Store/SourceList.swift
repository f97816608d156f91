import Foundation
import GRDB

/// One source and the records that cite it, for the Sources pane: a declared source (the
/// article, cited by paragraph), a web address cited, or a citation without one.
public struct SourceRow: Hashable, Sendable {
    /// The declared source's ID, or the citation's text.
    public let key: String
    /// How the list names it.
    public let label: String
    public let declared: DeclaredSource?
    /// The records citing it, as row numbers, in list order (events by date, then
    /// institutions, then documents).
    public let records: [Int64]
}

extension Store {
    /// Every source with the records citing it: the declared ones first, in their order, then
    /// each citation text, those cited most first. Read once, on first use, by one pass over
    /// the records' sources on a connection of its own (about 5 s at a million records), so
    /// lists read meanwhile do not wait; the runtime starts it in the background at startup.
    public func sourceRows() -> [SourceRow] {
        sourceCache.value { [declaredSources] in
            let reader = ((try? backgroundReader()) as? Store)?.reader ?? self.reader
            var citing: [String: [Int64]] = [:]
            var order: [String] = []
            let paragraphKey = declaredSources.first { $0.paragraphs != nil }?.id ?? "¶"
            try? reader.unsafeRead { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT r.rowid, r.sources FROM listing l JOIN record r ON r.rowid = l.record ORDER BY l.kind, l.position")
                while let row = try rows.next() {
                    let rowID: Int64 = row[0]
                    var seen: Set<String> = []
                    for item in StoreRecord.items(row[1]) {
                        // A citation's web addresses are sources each (a note beside them is
                        // not); a citation without one is a source as written.
                        let text = String(item.dropFirst())
                        let urls = SourceText.pieces(text).compactMap { if case .url(let url) = $0 { url } else { nil } }
                        let keys = item.first == "p" ? [paragraphKey] : urls.isEmpty ? [text.trimmingCharacters(in: .whitespaces)] : urls
                        for key in keys where !key.isEmpty && seen.insert(key).inserted {
                            if citing[key] == nil { order.append(key) }
                            citing[key, default: []].append(rowID)
                        }
                    }
                }
            }
            let declared = declaredSources.map { source in
                SourceRow(key: source.id, label: source.label, declared: source, records: citing[source.id] ?? [])
            }
            let known = Set(declaredSources.map(\.id))
            let cited = order.filter { !known.contains($0) }
                .sorted { (citing[$0]!.count, $1) > (citing[$1]!.count, $0) }
                .map { SourceRow(key: $0, label: $0 == "¶" ? "The source article" : $0, declared: nil, records: citing[$0]!) }
            return declared + cited
        }
    }
}

/// A value computed once, on first use, from any thread.
final class Lazily<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
