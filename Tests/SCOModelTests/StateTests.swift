import Foundation
import SCOModel
import Testing
import TestSupport

/// States are institutions with a status history, found by their statuses on a date.
@Suite struct StateTests {
    let store = try! Store(Builtin.chronicle)

    func state(_ id: String) throws -> Institution {
        try #require(store.record(id) as? Institution)
    }

    func ids(_ query: String) throws -> [String] {
        store.entries(rows: try store.matches(SearchQuery(query)).rows).map(\.id)
    }

    @Test func indiaWasAnObserverThenAMember() throws {
        let india = try state("india")
        #expect(india.statuses.map(\.status) == [.observer, .member])
        #expect(india.statuses[0].from.description == "2005-07-05" && india.statuses[0].to?.description == "2017-06-09")
        #expect(india.statuses[1].from.description == "2017-06-09" && india.statuses[1].to == nil)
        // Decided at Ufa, memorandum at Tashkent: both kept beside the day it took effect.
        #expect(india.statuses[1].decided?.description == "2015-07-10" && india.statuses[1].memorandum?.description == "2016-06-24")
        #expect(india.statuses.allSatisfy { !$0.sources.isEmpty })
    }

    @Test func membersIn2010AreTheSixFounders() throws {
        let founders = Builtin.chronicle.institutions.filter { $0.statuses.first?.status == .foundingMember }.map(\.id)
        #expect(Set(founders) == ["china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"])
        #expect(try ids("member:2010") == founders)
        #expect(Set(try ids("member:2017")) == Set(founders + ["india", "pakistan"]), "a year holds anyone who was a member in it")
        #expect(Set(try ids("member:2017-06-08")) == Set(founders), "the day before India and Pakistan joined")
        #expect(Set(try ids("observer:2010")) == ["mongolia", "india", "pakistan", "iran"])
        #expect(Set(try ids("member:2025")) == Set(founders + ["india", "pakistan", "iran", "belarus"]))
        #expect(try ids("partner:2026").count == 17, "two observers, fourteen dialogue partners and Laos became partners in 2025")
        #expect(try ids("member:2000").isEmpty)
        #expect(try ids("member:2010 kaz") == ["kazakhstan"], "words narrow a status filter")
        #expect(SearchQuery("member:someday").rejected == ["member:someday"])
    }

    /// A state's standing on any day is found the same way from its own statuses.
    @Test func everyStatusFilterAgreesWithTheRecords() throws {
        for year in 2001...2026 {
            for word in ["member", "observer", "partner", "state"] {
                let expected = Builtin.chronicle.institutions.filter { state in
                    state.statuses.contains { period in
                        (word == "state" || period.status.queryWord == word)
                            && period.from.start.year <= year && (period.to.map { $0.start.sortKey > year * 10_000 } ?? true)
                    }
                }.map(\.id)
                #expect(try ids("\(word):\(year)") == expected, "\(word):\(year)")
            }
        }
    }

    @Test func uzbekistanLinksItsFourChairmanshipsAndWhatItHosted() throws {
        let links = store.links(of: "uzbekistan")
        #expect(links.filter { $0.relation == .chaired }.map(\.target) == ["uz-chairmanship-1", "uz-chairmanship-2", "uz-chairmanship-3", "uz-chairmanship-4"])
        let hosted = links.filter { $0.relation == .hosted }.map(\.target)
        #expect(["tashkent-summit-2004", "tashkent-summit-2010", "tashkent-summit-2016", "samarkand-summit-2022"].allSatisfy(hosted.contains))
        // Seen from the event, the state chaired it.
        #expect(store.links(of: "uz-chairmanship-3").contains(Link(.chairedBy, "uzbekistan")))
        #expect(store.links(of: "samarkand-summit-2022").contains(Link(.hostedBy, "uzbekistan")))
        #expect(try ids("inst:uzbekistan kind:event").contains("uz-chairmanship-4"))
    }

    /// A document's parties that name a state link to it, and the state lists what it is party to.
    @Test func statesLinkTheDocumentsTheyArePartyTo() throws {
        let charter = store.links(of: "sco-charter").filter { $0.relation == .parties }.map(\.target)
        #expect(charter == ["china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"])
        let uzbekistan = store.links(of: "uzbekistan").filter { $0.relation == .partyTo }.map(\.target)
        let expected = Builtin.chronicle.documents.filter { $0.parties.contains("Uzbekistan") }.map(\.id)
        #expect(Set(uzbekistan) == Set(expected) && expected.contains("shanghai-convention-2001"))
        #expect(store.links(of: "india").filter { $0.relation == .partyTo }.map(\.target) == ["india-memorandum-of-obligations"],
                "India joined after the founders' texts: it is party to its own memorandum of obligations")
        #expect(store.links(of: "un-sco-joint-declaration").allSatisfy { $0.relation != .parties }, "secretariats are not states")
    }

    /// Every summit from 2001 to 2025 is an event hosted by a state or held online, and every
    /// chairmanship event belongs to one state.
    @Test func theTimelineIsWhole() throws {
        let hosted = Set(Builtin.chronicle.institutions.flatMap(\.hosted))
        let chaired = Builtin.chronicle.institutions.flatMap(\.chaired)
        let summits = Builtin.chronicle.events.filter { $0.id.contains("summit") || $0.id == "sco-founded" || $0.id == "charter-signed" }
        #expect(Set(summits.compactMap(\.date?.start.year)) == Set(2001...2025).subtracting([]), "a summit every year")
        for summit in summits where summit.place != "online" { #expect(hosted.contains(summit.id), "\(summit.id) has no host") }
        #expect(chaired.count == Set(chaired).count, "no chairmanship has two chairs")
        for state in Builtin.chronicle.institutions {
            for id in state.chaired {
                let title = Builtin.chronicle.events.first { $0.id == id }?.title ?? ""
                #expect(title.hasPrefix(state.title + "'s"), "\(id) is chaired by \(state.id)")
            }
        }
        // Chairmanships follow one another: each begins in the year the one before it ends.
        let terms = chaired.compactMap { id in Builtin.chronicle.events.first { $0.id == id }?.date }.sorted { $0.start < $1.start }
        #expect(terms.count > 20)
        for (a, b) in zip(terms, terms.dropFirst()) where a.start.year != 2003 {
            #expect(b.start.year == a.lastKey / 10_000 || b.start.year == a.start.year + 1, "\(a) then \(b)")
        }
    }

    @Test func aStateShowsItsStatusesInDetailAndJSON() throws {
        let shown = try Program.run(["show", "india"])
        #expect(shown.stdout.contains("observer from 5 Jul 2005 until 9 Jun 2017"))
        #expect(shown.stdout.contains("member from 9 Jun 2017 (decided 10 Jul 2015, memorandum 24 Jun 2016)"))
        let json = try Program.run(["show", "india", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let statuses = try #require(object["statuses"] as? [[String: Any]])
        #expect(statuses.map { $0["status"] as? String } == ["observer", "member"])
        #expect(statuses[1]["from"] as? String == "2017-06-09" && statuses[1]["memorandum"] as? String == "2016-06-24")
        let listed = try Program.run(["search", "member:2010", "--format", "csv"])
        let rows = listed.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 6 && rows.allSatisfy { $0.contains(",state,") }, "a state's type is state")
    }

    @Test(arguments: [
        (#"{"status": "emperor", "from": "2001", "sources": [{"citation": "x"}]}"#, "statuses[0].status", "is not a status"),
        (#"{"status": "member", "from": "2010", "to": "2005", "sources": [{"citation": "x"}]}"#, "statuses[0].to", "is not after"),
        (#"{"status": "member", "from": "2010", "to": "2010", "sources": [{"citation": "x"}]}"#, "statuses[0].to", "is not after"),
        (#"{"status": "member", "from": "2010"}"#, "statuses[0].sources", "missing required field"),
        (#"{"status": "member", "from": "2010", "sources": []}"#, "statuses[0].sources", "at least one source"),
        (#"{"status": "member", "sources": [{"citation": "x"}]}"#, "statuses[0].from", "missing required field"),
        (#"{"status": "member", "from": "soon", "sources": [{"citation": "x"}]}"#, "statuses[0].from", "not a valid date"),
        (#"{"status": "member", "from": "2010", "until": "2011", "sources": [{"citation": "x"}]}"#, "statuses[0].until", "unknown field"),
        (#"{"status": "member", "from": "2010", "sources": [{"paragraph": 12}]}"#, "statuses[0].sources[0].paragraph", "past the end"),
        (#""member""#, "statuses[0]", "expected an object"),
        (#"{"status": "member", "from": "2010", "sources": [{"citation": "x"}]}, {"status": "observer", "from": "2005", "sources": [{"citation": "x"}]}"#,
         "statuses[1].from", "oldest first"),
        (#"{"status": "observer", "from": "2005", "to": "2017", "sources": [{"citation": "x"}]}, {"status": "member", "from": "2010", "sources": [{"citation": "x"}]}"#,
         "statuses[1].from", "one status at a time"),
        (#"{"status": "observer", "from": "2005", "sources": [{"citation": "x"}]}, {"status": "member", "from": "2010", "sources": [{"citation": "x"}]}"#,
         "statuses[0].to", "missing: the status below begins on 2010"),
        (#"{"status": "observer", "from": "2005", "to": "2010", "sources": [{"citation": "x"}]}, {"status": "founding member", "from": "2010", "sources": [{"citation": "x"}]}"#,
         "statuses[1].status", "only a state's first status"),
        (#"{"status": "member", "from": "[2010,2012]", "sources": [{"citation": "x"}]}"#, "statuses[0].from", "is not one date"),
        (#"{"status": "member", "from": "2001", "to": "2005/2006", "sources": [{"citation": "x"}]}"#, "statuses[0].to", "is not one date"),
    ])
    func badStatusesAreNamed(_ statuses: String, _ path: String, _ message: String) throws {
        let file = """
            {"sources": [{"id": "a", "title": "A", "paragraphs": 3}],
             "events": [{"id": "e", "title": "E", "date": "2001", "summary": "s", "sources": [{"citation": "x"}]}],
             "institutions": [{"id": "s", "title": "S", "summary": "s", "statuses": [\(statuses)], "sources": [{"citation": "x"}]}]}
            """
        #expect { try ChronicleReader.read(Array(file.utf8), file: "f.json") } throws: { error in
            "\(error)".contains("f.json: institutions[0].\(path): ") && "\(error)".contains(message)
        }
        // `sco import` reads the file its own way, and says the same.
        let scratch = try Scratch()
        try Data(file.utf8).write(to: URL(fileURLWithPath: scratch.path("f.json")))
        #expect { try ChronicleImport.run(scratch.path("f.json"), to: scratch.path("f.sqlite")) } throws: { error in
            "\(error)".contains("institutions[0].\(path): ") && "\(error)".contains(message)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("f.sqlite")), "nothing is written")
    }

    /// A state that chaired and hosted one event keeps both links, seen from either end.
    @Test func chairingAndHostingOneEventAreBothKept() throws {
        let file = """
            {"events": [{"id": "e", "title": "E", "date": "2001", "summary": "s", "sources": [{"citation": "x"}]}],
             "institutions": [{"id": "s", "title": "S", "summary": "s", "chaired": ["e"], "hosted": ["e"],
               "statuses": [{"status": "member", "from": "2001", "sources": [{"citation": "x"}]}], "sources": [{"citation": "x"}]}]}
            """
        let store = try Store(try ChronicleReader.read(Array(file.utf8), file: "f.json"))
        #expect(store.links(of: "s") == [Link(.chaired, "e"), Link(.hosted, "e")])
        #expect(store.links(of: "e") == [Link(.chairedBy, "s"), Link(.hostedBy, "s")])
    }

    @Test func chairedAndHostedMustBeEvents() throws {
        let file = """
            {"events": [{"id": "e", "title": "E", "date": "2001", "summary": "s", "sources": [{"citation": "x"}]}],
             "institutions": [{"id": "s", "title": "S", "summary": "s", "chaired": ["s"], "hosted": ["e", "nowhere"], "sources": [{"citation": "x"}]}]}
            """
        let scratch = try Scratch()
        try Data(file.utf8).write(to: URL(fileURLWithPath: scratch.path("f.json")))
        for read in [{ _ = try ChronicleReader.read(Array(file.utf8), file: "f.json") }, { _ = try ChronicleImport.run(scratch.path("f.json"), to: scratch.path("f.sqlite")) }] {
            #expect { try read() } throws: { error in
                "\(error)".contains("institutions[0].chaired[0]: \"s\" is an institution, not an event")
                    && "\(error)".contains("institutions[0].hosted[1]: unknown event ID \"nowhere\"")
            }
        }
    }
}

/// Links read for a page of records at once are those read one record at a time.
@Suite struct PageLinksTests {
    @Test func pageLinksAreEachRecordsLinks() throws {
        let store = try Store(Builtin.chronicle)
        let records = Builtin.chronicle.allRecords
        #expect(store.links(of: records) == records.map { store.links(of: $0.id) })
        #expect(store.links(of: records).contains { $0.contains { $0.relation == .partyTo } }, "inverse links are read")
        #expect(store.links(of: [any Record]()).isEmpty)
    }
}
