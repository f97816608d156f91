import Foundation
import Testing
import TestSupport
@testable import SCOModel

/// A chronicle that uses every EDTF level 1 form (`Tests/Fixtures/edtf.json`) as the store and
/// the command line handle it: it validates, lists in the documented order, filters by the
/// days each date may cover, and reads as text for people.
@Suite struct UncertainDateTests {
    static let order = ["or-earlier", "decade", "century", "one-of-run", "qualified-interval", "one-of", "all-of", "open-end",
                        "unknown-end", "month-unknown", "uncertain", "approximate", "both", "day-unknown", "plain-day",
                        "date-time-zone", "date-time-utc", "date-time", "open-start", "unknown-start"]

    @Test func validatesAndListsInTheDocumentedOrder() throws {
        let validated = try Program.run(["validate", "--data", Fixtures.path("edtf.json")])
        #expect(validated.status == 0 && validated.stdout.contains("valid (20 events"))
        let store = try Store(try Fixtures.chronicle("edtf.json"))
        #expect(store.entries(.event, at: 0..<20).map(\.id) == Self.order)
        let listed = try Program.run(["list", "events", "--data", Fixtures.path("edtf.json")])
        let dates = listed.stdout.split(separator: "\n").map { String($0.prefix(29)).trimmingCharacters(in: .whitespaces) }
        #expect(dates == ["1999 or earlier or 2006", "2000s", "2000s–2090s", "some time in 2001–2003", "2002? – c. 2003",
                          "2003 or 2004", "2003 and 2004", "from 2003", "Feb 2003 – ?", "2004, month unknown", "2004?", "c. 2004",
                          "c. Jun 2004?", "Jun 2004, day unknown", "17 Jun 2004", "17 Jun 2004 08:00 UTC+05:00",
                          "17 Jun 2004 04:30 UTC", "17 Jun 2004 10:00", "until 2005", "? – Mar 2005"])
        let shown = try Program.run(["show", "one-of", "--data", Fixtures.path("edtf.json")])
        #expect(shown.stdout.contains("2003 or 2004 ([2003,2004])"))
    }

    /// A filter matches a date when any run of days it may cover overlaps the filter's: open
    /// and unknown ends reach without bound, a set counts member by member, not as the span
    /// from its first to its last member.
    @Test(arguments: [
        ("date:2005", ["decade", "century", "open-end", "unknown-end", "open-start", "unknown-start"]),
        ("date:2006", ["or-earlier", "decade", "century", "open-end", "unknown-end"]),
        ("date:2002", ["decade", "century", "one-of-run", "qualified-interval", "open-start", "unknown-start"]),
        ("date:1998", ["or-earlier", "open-start", "unknown-start"]),
        ("from:2010 to:2020", ["century", "open-end", "unknown-end"]),
        ("date:2004-06-17", ["decade", "century", "one-of", "all-of", "open-end", "unknown-end", "month-unknown", "uncertain", "approximate",
                             "both", "day-unknown", "plain-day", "date-time-zone", "date-time-utc", "date-time", "open-start",
                             "unknown-start"]),
    ])
    func filtersByTheDaysEachDateMayCover(_ query: String, _ expected: [String]) throws {
        let store = try Store(try Fixtures.chronicle("edtf.json"))
        let found = Set(store.entries(rows: try store.matches(SearchQuery(query), order: .date).rows).map(\.id))
        #expect(Self.order.filter(found.contains) == expected)
        let json = try Program.run(["search", query, "--format", "json", "--sort", "date", "--data", Fixtures.path("edtf.json")])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(records.compactMap { $0["id"] as? String }) == Set(expected))
    }

    /// Written back out, each date is the text it was read from.
    @Test func exportKeepsEveryForm() throws {
        let exported = try Program.run(["export", "--format", "json", "--data", Fixtures.path("edtf.json")])
        let again = try ChronicleReader.read(Array(exported.stdout.utf8), file: "exported")
        let original = try Fixtures.chronicle("edtf.json")
        #expect(again.events.map(\.date) == original.events.map(\.date))
    }
}
