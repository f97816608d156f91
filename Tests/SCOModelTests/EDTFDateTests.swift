import Testing
@testable import SCOModel

@Suite struct EDTFDateTests {
    @Test(arguments: ["2016", "2016-04", "2016-04-08", "2016-04-13/2016-04-14", "2003/2004", "2000-02-29"])
    func parsesAndWritesBack(_ text: String) throws {
        #expect(try EDTFDate(parsing: text).description == text)
    }

    @Test(arguments: [
        ("2016-13-01", "\"2016-13-01\" is not a valid date: month 13 does not exist"),
        ("2016-02-30", "\"2016-02-30\" is not a valid date: Feb 2016 has no day 30"),
        ("1900-02-29", "\"1900-02-29\" is not a valid date: Feb 1900 has no day 29"),
        ("2016-4-8", "\"2016-4-8\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("16", "\"16\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "\"\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2016-04-14/2016-04-13", "\"2016-04-14/2016-04-13\" is not a valid date: the interval ends before it starts"),
        ("2001/2002/2003", "\"2001/2002/2003\" is not a valid date: an interval has exactly one '/'"),
        ("２０１６", "\"２０１６\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ])
    func rejects(_ text: String, _ message: String) {
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: text) }
        do {
            _ = try EDTFDate(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test(arguments: [
        ("2016-04-08", "8 Apr 2016"), ("2016-04", "Apr 2016"), ("2016", "2016"),
        ("2016-04-13/2016-04-14", "13–14 Apr 2016"), ("2003/2004", "2003–2004"),
        ("2016-04-30/2016-05-02", "30 Apr – 2 May 2016"), ("2009-06/2010-06", "Jun 2009 – Jun 2010"),
    ])
    func displays(_ text: String, _ shown: String) throws {
        #expect(try EDTFDate(parsing: text).display == shown)
    }

    @Test func ordersByStartThenCoarserFirst() throws {
        let texts = ["2004-06-17", "2004", "2003/2004", "2004-06", "2004-01-15", "2004-06-17/2004-06-18", "2001-06-15", "2004-01"]
        let sorted = try texts.map { try EDTFDate(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["2001-06-15", "2003/2004", "2004", "2004-01", "2004-01-15", "2004-06", "2004-06-17", "2004-06-17/2004-06-18"])
    }

    @Test func sortKeyFollowsOrder() throws {
        let keys = try ["2004", "2004-01", "2004-01-15", "2004-02"].map { try EDTFDate(parsing: $0).start.sortKey }
        #expect(keys == keys.sorted() && Set(keys).count == 4)
    }
}
