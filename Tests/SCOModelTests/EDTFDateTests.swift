import Testing
@testable import SCOModel

/// The quick reading of plain dates gives what the full reader gives, and leaves it everything else.
@Suite struct PlainDateTests {
    @Test func plainDatesReadAsTheFullReaderReadsThem() throws {
        var texts: [String] = ["0000", "0001", "9999", "2004-00", "2004-13", "2004-02-29", "2003-02-29", "2000-02-29", "1900-02-29",
                               "2004-06-31", "2004-06-00", "2004-6-17", "2004-06-1", "20040617", "2004-06-17T", "+2004", "2004?", " 2004"]
        for year in [1, 999, 1000, 1990, 2024, 9999] {
            for month in 0...13 {
                texts.append(String(format: "%04d-%02d", year, month))
                for day in [0, 1, 28, 29, 30, 31, 32] { texts.append(String(format: "%04d-%02d-%02d", year, month, day)) }
            }
        }
        for text in texts {
            let full = (try? EDTFDate(parsing: text + "/" + text))?.start
            if let plain = EDTFDate.plainPoint(text) {
                #expect(full == plain, "\(text)")
            }
            #expect((try? EDTFDate(parsing: text))?.start == full, "\(text): parsed alone and as an interval's end")
        }
    }
}

@Suite struct EDTFDateTests {
    static let forms = [
        "2016", "2016-04", "2016-04-08", "2016-04-13/2016-04-14", "2003/2004", "2000-02-29",
        "2004?", "2004~", "2004%", "2004-06?", "2004-06-17~", "200X", "20XX", "2004-XX", "2004-XX-XX", "2004-06-XX",
        "../2005", "2003/..", "/2005", "2003/", "2002?/2003~", "[2003,2004]", "{2003,2004}", "[2001..2003]",
        "[..1999,2006]", "{2003,2005..}", "[2004-06-17?,2004-06-18]", "2004-06-17T10:00:00", "2004-06-17T10:00:00Z",
        "2004-06-17T08:00:00+05:00", "2004-06-17T08:00:00-03", "2004-06-17T10:00:00/2004-06-17T12:30:00",
    ]

    @Test(arguments: forms)
    func parsesAndWritesBack(_ text: String) throws {
        let date = try EDTFDate(parsing: text)
        #expect(date.description == text)
        #expect(try EDTFDate(parsing: date.description) == date)
    }

    @Test(arguments: [
        ("2016-13-01", "month 13 does not exist"),
        ("2016-02-30", "Feb 2016 has no day 30"),
        ("1900-02-29", "Feb 1900 has no day 29"),
        ("2016-4-8", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("16", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("２０１６", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2016-04-14/2016-04-13", "the interval ends before it starts"),
        ("2001/2002/2003", "an interval has exactly one '/'"),
        // Qualifiers.
        ("2004??", "a date takes one qualifier: ?, ~ or %"),
        ("2004?~", "a date takes one qualifier: ?, ~ or %"),
        ("?2004", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2004-06-17T10:00:00?", "a qualifier (?, ~ or %) applies to a date, not a time"),
        // Unspecified digits.
        ("2XXX", "only a year's last two digits can be X"),
        ("XXXX", "only a year's last two digits can be X"),
        ("2X04", "only a year's last two digits can be X"),
        ("200x", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("200X-06", "a year with X digits cannot have a month or day"),
        ("2004-XX-17", "a day needs a known month"),
        ("2004-1X", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        // Intervals.
        ("../..", "an interval needs at least one known end"),
        ("/", "an interval needs at least one known end"),
        ("2005/2004?", "the interval ends before it starts"),
        (".../2005", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        // Sets.
        ("[]", "a set needs at least one date"),
        ("{}", "a set needs at least one date"),
        ("[2003,2004", "a set opened with [ must close with ]"),
        ("[2003,2004}", "a set opened with [ must close with ]"),
        ("[", "a set opened with [ must close with ]"),
        ("[2003,,2004]", "a set has an empty member"),
        ("[2003,]", "a set has an empty member"),
        ("[..]", "a run in a set needs at least one end"),
        ("[2003,..2004]", "only a set's first member can start with '..'"),
        ("[2003..,2004]", "only a set's last member can end with '..'"),
        ("[2005..2003]", "the run 2005..2003 ends before it starts"),
        ("[2003/2004]", "a set's members are dates or runs (A..B), not intervals"),
        // Date-times.
        ("2004-06-17T10:00", "expected a time as HH:MM:SS, then Z, ±HH or ±HH:MM if a zone is given"),
        ("2004-06-17T24:00:00", "24:00:00 is not a time of day"),
        ("2004-06-17T10:61:00", "10:61:00 is not a time of day"),
        ("2004-06-17T10:00:00+25:00", "+25:00 is not a time zone"),
        ("2004-06-17T10:00:00 UTC", "expected a time as HH:MM:SS, then Z, ±HH or ±HH:MM if a zone is given"),
        ("2004-06T10:00:00", "a time needs a known day"),
        ("2004-06-17T", "expected a time as HH:MM:SS, then Z, ±HH or ±HH:MM if a zone is given"),
        ("2004-06-17\u{0}", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ])
    func rejects(_ text: String, _ reason: String) {
        do {
            _ = try EDTFDate(parsing: text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.description == "\(quoted(text)) is not a valid date: \(reason)")
        }
    }

    /// Display is for people, not EDTF: each form reads as a sentence fragment would.
    @Test(arguments: [
        ("2016-04-08", "8 Apr 2016"), ("2016-04", "Apr 2016"), ("2016", "2016"),
        ("2016-04-13/2016-04-14", "13–14 Apr 2016"), ("2003/2004", "2003–2004"),
        ("2016-04-30/2016-05-02", "30 Apr – 2 May 2016"), ("2009-06/2010-06", "Jun 2009 – Jun 2010"),
        ("2004?", "2004?"), ("2004~", "c. 2004"), ("2004%", "c. 2004?"), ("2004-06-17~", "c. 17 Jun 2004"),
        ("200X", "2000s"), ("19XX", "1900s–1990s"), ("2004-XX", "2004, month unknown"), ("2004-XX-XX", "2004, month unknown"),
        ("2004-06-XX", "Jun 2004, day unknown"),
        ("../2005", "until 2005"), ("2003/..", "from 2003"), ("/2005", "? – 2005"), ("2003-02/", "Feb 2003 – ?"),
        ("2002?/2003~", "2002? – c. 2003"),
        ("[2003,2004]", "2003 or 2004"), ("[2003,2004,2006]", "2003, 2004 or 2006"), ("{2003,2004}", "2003 and 2004"),
        ("[2001..2003]", "some time in 2001–2003"), ("[..1999,2006]", "1999 or earlier or 2006"),
        ("{2003,2005..}", "2003 and from 2005"), ("[2004]", "2004"),
        ("2004-06-17T10:00:00", "17 Jun 2004 10:00"), ("2004-06-17T10:00:30Z", "17 Jun 2004 10:00:30 UTC"),
        ("2004-06-17T08:00:00+05:00", "17 Jun 2004 08:00 UTC+05:00"),
    ])
    func displays(_ text: String, _ shown: String) throws {
        #expect(try EDTFDate(parsing: text).display == shown)
    }

    /// The documented order: by the first known date (for an open or unknown start, the end;
    /// for a set, its earliest member), coarser before finer (a day before its times, which
    /// go by the moment they name), then a single date before an interval or set, then the
    /// one that ends sooner.
    @Test func ordersByFirstKnownDate() throws {
        let texts = ["2004-06-17", "2004", "2003/2004", "2004-06", "../2005", "[2003,2004]", "200X", "2004?", "2004-06-17T10:00:00",
                     "2004-06-17T08:00:00+05:00", "2003/..", "2004-XX", "{2001,2010}", "2004-06-17/2004-06-18", "/2004-03"]
        let sorted = try texts.map { try EDTFDate(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["200X", "{2001,2010}", "2003/2004", "[2003,2004]", "2003/..", "2004", "2004-XX", "2004?", "/2004-03",
                           "2004-06", "2004-06-17", "2004-06-17/2004-06-18", "2004-06-17T08:00:00+05:00", "2004-06-17T10:00:00",
                           "../2005"])
    }

    @Test func sortKeyFollowsOrder() throws {
        let keys = try ["2004", "2004-01", "2004-01-15", "2004-02"].map { try EDTFDate(parsing: $0).start.sortKey }
        #expect(keys == keys.sorted() && Set(keys).count == 4)
    }

    /// The runs of days a filter matches: open and unknown ends reach without bound, each
    /// member of a set counts on its own.
    @Test(arguments: [
        ("2004", [20040000...20049999]), ("200X", [20000000...20099999]), ("20XX", [20000000...20999999]),
        ("2004-XX", [20040000...20049999]), ("2004-06-XX", [20040600...20040699]),
        ("../2005", [0...20059999]), ("2003/", [20030000...EDTFDate.openEndKey]),
        ("[2003,2006-05]", [20030000...20039999, 20060500...20060599]), ("[..1999]", [0...19999999]),
    ])
    func spans(_ text: String, _ expected: [ClosedRange<Int>]) throws {
        let date = try EDTFDate(parsing: text)
        #expect(date.spans == expected)
        #expect(date.firstKey == expected.map(\.lowerBound).min() && date.lastKey == expected.map(\.upperBound).max())
    }

    /// Linear in the text: a set of 100,000 members and a 10 MB string parse or fail at once.
    @Test func hugeInputsParseOrFailPromptly() throws {
        let members = (0..<100_000).map { zeroPadded(1000 + $0 % 9000, width: 4) }.joined(separator: ",")
        let date = try EDTFDate(parsing: "[" + members + "]")
        #expect(date.spans.count == 100_000 && date.start.year == 1000)
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: String(repeating: "2", count: 10_000_000)) }
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: "[" + String(repeating: "2004,", count: 2_000_000)) }
    }
}
