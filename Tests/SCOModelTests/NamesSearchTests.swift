import Foundation
import Testing
@testable import SCOModel
import TestSupport

/// Every confirmed name of the checked names file finds what it names, from a chronicle read
/// into memory and from an imported database; the detail and `sco show` give the names.
@Suite struct NamesSearchTests {
    /// The names file's rows: the record ID (or `city:Name`) and each form with its column.
    static let rows: [(id: String, forms: [(column: String, form: String)], unconfirmed: Set<String>)] = {
        guard let text = try? String(contentsOfFile: Fixtures.path("facts/names.tsv"), encoding: .utf8) else { return [] }
        let columns = ["english", "russian", "chinese", "uzbek_latin", "uzbek_cyrillic"]
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard !line.hasPrefix("#"), fields.count >= 8, fields[0] != "id" else { return nil }
            let forms = zip(columns, fields[1...5]).flatMap { column, cell in
                cell.split(separator: "|").map { (column, $0.trimmingCharacters(in: .whitespaces)) }
            }
            let confidence = fields[7]
            var unconfirmed: Set<String> = []
            if confidence.hasPrefix("unconfirmed:") {
                let spec = confidence.dropFirst("unconfirmed:".count).split(separator: "(").first ?? ""
                unconfirmed = Set(spec.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            return (fields[0], forms, unconfirmed)
        }
    }()

    @Test func theNamesFileIsHere() {
        #expect(NamesSearchTests.rows.count >= 45)
    }

    /// Each confirmed form finds its record, or an event held in its city, first among the
    /// records of its kind; the search says which name it read.
    @Test func everyConfirmedNameFindsWhatItNames() throws {
        let scratch = try Scratch()
        try Fixtures.exported(Builtin.chronicle).write(toFile: scratch.path("sco.json"), atomically: true, encoding: .utf8)
        _ = try ChronicleImport.run(scratch.path("sco.json"), to: scratch.path("sco.db"))
        for store in [try Store(Builtin.chronicle), try Store(opening: scratch.path("sco.db"))] {
            var checked = 0
            for row in NamesSearchTests.rows {
                for (column, form) in row.forms where !row.unconfirmed.contains(column) {
                    let matches = try store.matches(SearchQuery(form))
                    let found = store.entries(rows: matches.rows)
                    if row.id.hasPrefix("city:") {
                        let city = String(row.id.dropFirst(5))
                        let place = try #require(store.places.first { $0.names.contains { $0.text == form } || city == $0.name || form == $0.name },
                                                 "\(city) is not a place of the chronicle")
                        #expect(found.contains { $0.place == place.name || $0.place?.hasPrefix(place.name + ",") == true }, "\(form) finds no event in \(city)")
                    } else {
                        #expect(found.contains { $0.id == row.id }, "\(form) (\(column)) does not find \(row.id)")
                    }
                    checked += 1
                }
            }
            #expect(checked > 200)
        }
    }

    @Test func theSearchSaysWhichNameItRead() throws {
        let store = try Store(Builtin.chronicle)
        #expect(try store.matches(SearchQuery("塔什干")).otherNames == ["塔什干 = Tashkent (zh)"])
        #expect(try store.matches(SearchQuery("Tashkent")).otherNames.isEmpty)
        // Inside a Chinese name: 合作组织 is in 上海合作组织, the SCO's.
        let inside = try store.matches(SearchQuery("合作组织"))
        #expect(store.entries(rows: inside.rows).first?.id == "sco" && inside.otherNames.contains { $0.hasPrefix("上海合作组织 = ") })
        let bishkek = try store.matches(SearchQuery("Бишкек")).otherNames
        #expect(bishkek.allSatisfy { !$0.contains("(uz-Cyrl)") || $0.contains("(uz-Cyrl?)") }, "an unconfirmed name says so: \(bishkek)")
    }

    /// A capital keeps smart case but still reads names; the first words of a longer name
    /// name it; a name's note stays short however many names match.
    @Test func namesReadAsPeopleTypeThem() throws {
        let store = try Store(Builtin.chronicle)
        func ids(_ query: String) throws -> [String] { store.entries(rows: try store.matches(SearchQuery(query)).rows).map(\.id) }
        #expect(try ids("Ozbekiston").contains("uzbekistan") && ids("ozbekiston").contains("uzbekistan"))
        #expect(try ids("Ekaterinburg").contains("yekaterinburg-summit-2009"))
        #expect(try ids("SAMARQAND").isEmpty)
        #expect(try ids("шанхайская организация").first == "sco" && ids("Shanxay hamkorlik").first == "sco")
        let names = (0..<20).map { Name(language: "x-test", text: "Nm\($0) zz", sources: [.citation("x")]) }
        let many = Chronicle(title: "Many", events: [], institutions: [Institution(id: "a", title: "Alpha", summary: "A body.", names: names, sources: [.citation("x")])], documents: [])
        let found = try Store(many).matches(SearchQuery("nm1"))
        #expect(found.count == 1 && found.otherNames.count == 4 && found.otherNames.last == "8 more")
    }

    /// Names in the file survive a round trip through a database and back out as JSON.
    @Test func namesAndPlacesRoundTrip() throws {
        let store = try Store(Builtin.chronicle)
        var text = ""
        ChronicleWriter.write(title: store.title, sources: store.declaredSources, places: store.places,
                              records: { kind, each in store.forEachRecord(kind, each) }) { text += $0 }
        #expect(text == Fixtures.exported(Builtin.chronicle))
        #expect(!store.places.isEmpty && Builtin.chronicle.institutions.contains { !$0.names.isEmpty })
        let china = try #require(store.record("china") as? Institution)
        #expect(china.names.map(\.language) == ["ru", "zh", "uz-Latn", "uz-Cyrl"] && china.names.allSatisfy { !$0.sources.isEmpty })
        #expect(china.names.line == "ru Китай · zh 中国 · uz-Latn Xitoy · uz-Cyrl Хитой")
    }

    /// Bad names are refused with the path and the problem.
    @Test(arguments: [
        (#"{"language": "russian", "name": "Китай", "sources": [{"citation": "x"}]}"#, "not a language tag"),
        (#"{"language": "x-", "name": "Китай", "sources": [{"citation": "x"}]}"#, "not a language tag"),
        (#"{"language": "ru", "name": "", "sources": [{"citation": "x"}]}"#, "must not be empty"),
        (#"{"language": "ru", "name": "Китай"}"#, "sources"),
        (#"{"language": "ru", "name": "Китай", "uncertain": "yes", "sources": [{"citation": "x"}]}"#, "true or false"),
        (#"{"lang": "ru", "name": "Китай", "sources": [{"citation": "x"}]}"#, "unknown field"),
    ])
    func badNamesAreRefused(_ name: String, _ problem: String) throws {
        let file = #"{"institutions": [{"id": "a", "title": "A", "summary": "S.", "names": ["# + name + #"], "sources": [{"citation": "x"}]}]}"#
        #expect(throws: ChronicleLoadError.self) { try ChronicleReader.read(Array(file.utf8), file: "f.json") }
        do {
            _ = try ChronicleReader.read(Array(file.utf8), file: "f.json")
        } catch {
            #expect(error.problems.contains { $0.path.hasPrefix("institutions[0].names[0]") && ($0.path + " " + $0.message).contains(problem) },
                    "\(error.problems)")
        }
    }
}
