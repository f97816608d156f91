import BuiltinChronicle
import SCOModel
import Testing
import TestSupport

/// The built-in chronicle ships twice: as JSON, its source, and as the database image the
/// browser opens. They must say the same.
@Suite struct BuiltinImageTests {
    static let stale = "Resources/sco.sqlite does not match Resources/sco.json or this database format: run scripts/builtin-image"

    @Test func theImageHoldsWhatTheJSONHolds() throws {
        let image = try Store(image: BuiltinChronicle.image)
        let json = try Store(Builtin.chronicle)
        // Every record whole, as `sco export` writes it.
        func exported(_ store: Store) -> String {
            var text = ""
            ChronicleWriter.write(title: store.title, sources: store.declaredSources, places: store.places, records: { kind, each in store.forEachRecord(kind, each) }) {
                text += $0
            }
            return text
        }
        #expect(exported(image) == exported(json), "\(Self.stale)")
        #expect(image.title == json.title && image.declaredSources == json.declaredSources, "\(Self.stale)")
        #expect(image.timelineYears == json.timelineYears && image.timelineMonths == json.timelineMonths, "\(Self.stale)")
        for kind in RecordKind.allCases {
            let count = json.count(of: kind)
            #expect(image.count(of: kind) == count, "\(Self.stale)")
            #expect(image.entries(kind, at: 0..<count) == json.entries(kind, at: 0..<count), "\(Self.stale)")
            #expect(image.tableWidths(of: kind) == json.tableWidths(of: kind), "\(Self.stale)")
        }
        for record in Builtin.chronicle.allRecords {
            #expect(image.links(of: record.id) == json.links(of: record.id), "\(record.id): \(Self.stale)")
        }
        for query in ["tashkent", "member:2010", "src:article", "inst:rats from:2004", "2004", "\"observer status\"", "上海"] {
            let found = try image.matches(SearchQuery(query)), expected = try json.matches(SearchQuery(query))
            #expect(image.entries(rows: found.rows).map(\.id) == json.entries(rows: expected.rows).map(\.id), "\(query): \(Self.stale)")
        }
    }

    /// A search in the background reads its own copy of the image.
    @Test func aSecondReaderOpensItsOwnCopy() throws {
        let store = try Store(image: BuiltinChronicle.image)
        let reader = try store.backgroundReader()
        #expect(reader.count(of: .event) == Builtin.events)
        #expect(try reader.matches(SearchQuery("tashkent"), kind: nil, order: .relevance, cancellation: Cancellation(), firstPage: { _ in }).count == Builtin.matchCount("tashkent"))
    }

    @Test(arguments: [[UInt8](), [UInt8](repeating: 0, count: 4096), Array("SQLite format 3\0 but not really".utf8)])
    func anythingElseIsRefused(_ bytes: [UInt8]) {
        #expect(throws: (any Error).self) { try Store(image: bytes) }
    }
}
