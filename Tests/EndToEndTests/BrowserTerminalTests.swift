import Foundation
import Testing
import SCOModel
import TestSupport

/// The real binary in a real terminal (tmux), driven by keys and read off the screen.
@Suite(.serialized) struct BrowserTerminalTests {
    /// Runs sco after printing a marker, then reports its exit status, so a test can see the
    /// shell screen come back.
    func session(width: Int = 100, height: Int = 30, arguments: [String] = [], environment: [String: String] = [:]) throws -> Tmux {
        let command = "sh -c " + Tmux.quote("echo SHELL-BEFORE; \(Tmux.sco(arguments)); echo EXIT=$?; sleep 30")
        let tmux = try Tmux(command: command, width: width, height: height, environment: environment)
        let started = try tmux.wait(for: "Timeline 1/")
        #expect(started.ok, "the browser did not start:\n\(started.screen)")
        return tmux
    }

    @Test func startsWithThreePanesAndQuitsCleanly() throws {
        let tmux = try session()
        let screen = try tmux.screen()
        for text in ["Timeline", "Institutions", "Documents", "SCO founded", "? help"] {
            #expect(screen.contains(text), "missing \(text):\n\(screen)")
        }
        #expect(!screen.contains("SHELL-BEFORE"), "the browser uses the alternate screen")
        try tmux.send("q")
        let after = try tmux.wait(for: "EXIT=0")
        #expect(after.ok, "q did not exit with status 0:\n\(after.screen)")
        #expect(after.screen.contains("SHELL-BEFORE") && !after.screen.contains("SCO founded"), "the shell screen is back")
    }

    @Test func searchFindsMongoliasObserverStatusWithDateAndInstitution() throws {
        let tmux = try session()
        try tmux.send("/")
        try tmux.type("Mongolia observer")
        let typing = try tmux.wait(for: "/Mongolia observer")
        #expect(typing.ok, "\(typing.screen)")
        try tmux.send("Enter")
        // The detail shows while typing already; the state after Enter has the Results position too.
        let found = try tmux.wait { $0.contains("Mongolia becomes the first SCO observer") && $0.contains("17 Jun 2004") && $0.contains("Results 1/") }
        #expect(found.ok, "\(found.screen)")
        #expect(found.screen.contains("▸ SCO") && found.screen.contains("Heads of State Council"))
    }

    @Test func followingALinkAndGoingBackRestoresThePosition() throws {
        let tmux = try session()
        // Two up from the last event, and its first link: an institution.
        let summit = Builtin.chronicle.events[Builtin.events - 3]
        let store = try Store(Builtin.chronicle)
        let target = try #require(store.links(of: summit.id).first?.target)
        let place = try #require(store.position(of: target)) + 1
        try tmux.send("G", "k", "k", "Enter")
        let detail = try tmux.wait(for: "Timeline \(Builtin.events - 2)/\(Builtin.events) · detail")
        #expect(detail.ok, "\(detail.screen)")
        try tmux.send("Enter")
        let followed = try tmux.wait(for: "Institutions \(place)/\(Builtin.institutions) · detail")
        #expect(followed.ok, "\(followed.screen)")
        #expect(followed.screen.contains(try #require(store.record(target)).summary.prefix(30)))
        try tmux.send("[")
        let back = try tmux.wait(for: "Timeline \(Builtin.events - 2)/\(Builtin.events) · detail")
        #expect(back.ok, "[ did not restore the timeline position:\n\(back.screen)")
        #expect(back.screen.contains(summit.title))
        try tmux.send("]")
        #expect(try tmux.wait(for: "Institutions \(place)/\(Builtin.institutions)").ok)
    }

    @Test func slashThenLettersTypesThemEvenWhenTheyAreKeys() throws {
        let tmux = try session()
        try tmux.send("/")
        try tmux.type("jkq")
        let screen = try tmux.wait(for: "/jkq")
        #expect(screen.ok, "\(screen.screen)")
        try tmux.send("Escape")
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
    }

    @Test func questionMarkShowsHelp() throws {
        let tmux = try session()
        try tmux.send("?")
        // Both lines, in one look: a capture can land while the screen is half drawn.
        let help = try tmux.wait { $0.contains("Search all records") && $0.contains("Back to the previous record") }
        #expect(help.ok, "\(help.screen)")
        try tmux.send("Escape")
        #expect(try tmux.wait(for: "Timeline 1/\(Builtin.events)").ok)
    }

    /// `:2010` lands on the first event of 2010, the prompt saying where it goes as it is typed.
    @Test func colonGoesToADate() throws {
        let tmux = try session()
        try tmux.send(":")
        try tmux.type("2010")
        let typing = try tmux.wait { $0.contains(":2010") && $0.contains("→ 2010") }
        #expect(typing.ok, "\(typing.screen)")
        try tmux.send("Enter")
        let first = try #require(Builtin.chronicle.events.first { $0.date!.start.year == 2010 })
        let landed = try tmux.wait { $0.contains("Timeline \(Builtin.place(of: first.id))/\(Builtin.events)") && $0.contains((first.shortTitle ?? first.title).prefix(15)) }
        #expect(landed.ok, "\(landed.screen)")
    }

    /// Uncertain dates read as people write them, under the heading of the year they sort in,
    /// and `:` lands on them like any other date.
    @Test func uncertainDatesReadPlainly() throws {
        let tmux = try session(width: 100, height: 40, arguments: ["--data", Fixtures.path("edtf.json")])
        let timeline = try tmux.wait { $0.contains("Timeline 1/20") && $0.contains("Until 2005") }
        // In the list's 9 columns, each in a compact form that keeps what makes it vague.
        for shown in ["1999 or …", "2000s", "2000–99", "2001–2003", "2002? →", "2003 or …", "2003 and…", "from 2003", "Feb – ?",
                      "2004?", "c. 2004", "c. Jun?", "17 Jun", "→ 2005", "? – Mar", "2005 · 2"] {
            #expect(timeline.screen.contains(shown), "\(shown) is not on screen:\n\(timeline.screen)")
        }
        try tmux.send(":")
        try tmux.type("2005")
        try tmux.send("Enter")
        let landed = try tmux.wait { $0.contains("Timeline 19/20") }
        #expect(landed.ok && landed.screen.components(separatedBy: "Until 2005").count >= 3, "\(landed.screen)")
    }

    /// `e` writes the list to a file named at a prompt; the same name again is refused and the
    /// file is left as it was.
    @Test func eWritesTheListToANewFile() throws {
        let scratch = try Scratch()
        let path = scratch.path("timeline.csv")
        let tmux = try session(width: 120, height: 30)
        try tmux.send("e", "C-u")
        try tmux.type(path)
        #expect(try tmux.wait(for: "as csv").ok)
        try tmux.send("Enter")
        let wrote = try tmux.wait(for: "wrote \(Builtin.events) records")
        #expect(wrote.ok, "\(wrote.screen)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("id,kind,date,") && written.components(separatedBy: "\r\n").count == Builtin.events + 2)
        try tmux.send("e", "C-u")
        try tmux.type(path)
        try tmux.send("Enter")
        let refused = try tmux.wait(for: "exists")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(refused.ok && after == written, "\(refused.screen)")
    }

    /// `/inst:rats` finds the RATS family's events, the prompt saying what it understood, and
    /// `s` puts them in date order.
    @Test func instRatsInDateOrder() throws {
        let tmux = try session(width: 120, height: 30)
        try tmux.send("/")
        try tmux.type("inst:rats")
        let family: Set<String> = ["rats", "rats-council", "rats-executive-committee"]
        let count = Builtin.chronicle.events.filter { !family.isDisjoint(with: $0.institutions) }.count
        let typed = try tmux.wait { $0.contains("inst rats · \(count) matches") }
        #expect(typed.ok, "\(typed.screen)")
        try tmux.send("Enter", "s")
        let dated = try tmux.wait { $0.contains("by date") && $0.contains("Results 1/\(count)") }
        #expect(dated.ok, "\(dated.screen)")
        let order = ["6 Aug 2003", "Oct 2003", "Jan 2004", "17 Jun 2004", "8 Apr 2016"].compactMap { dated.screen.range(of: $0)?.lowerBound }
        #expect(order.count == 5 && order == order.sorted(), "\(dated.screen)")
    }

    @Test func survivesResizingSmallAndLarge() throws {
        let tmux = try session()
        try tmux.send("j", "j")
        try tmux.resize(width: 50, height: 15)
        let small = try tmux.wait { $0.contains("Timeline 3/\(Builtin.events)") && !$0.contains("│") }
        #expect(small.ok, "50x15 should show one pane:\n\(small.screen)")
        #expect(small.screen.split(separator: "\n").allSatisfy { $0.count <= 50 })
        try tmux.resize(width: 200, height: 60)
        let large = try tmux.wait { $0.contains("Timeline 3/\(Builtin.events)") && $0.contains("│") && $0.contains(Builtin.chronicle.events[30].label) }
        #expect(large.ok, "200x60 should show list and detail:\n\(large.screen)")
        try tmux.resize(width: 20, height: 5)
        #expect(try tmux.wait(for: "too small (20×5)").ok)
        try tmux.resize(width: 80, height: 24)
        #expect(try tmux.wait(for: "Timeline 3/\(Builtin.events)").ok)
        try tmux.send("q")
        #expect(try tmux.wait(for: "EXIT=0").ok)
    }

    @Test func ctrlCQuitsAndRestoresTheScreen() throws {
        let tmux = try session()
        try tmux.send("C-c")
        let after = try tmux.wait(for: "EXIT=0")
        #expect(after.ok, "\(after.screen)")
        #expect(after.screen.contains("SHELL-BEFORE"))
    }

    @Test func newcomerAt80x24FindsTheAnswers() throws {
        let tmux = try session(width: 80, height: 24)
        try tmux.send("3")
        let documents = try tmux.wait(for: "Documents 1/\(Builtin.documents)")
        #expect(documents.ok, "\(documents.screen)")
        try tmux.send("1", "/")
        try tmux.type("first chairmanship")
        try tmux.send("Enter", "Enter")
        // Down moves through the detail's links to the documents, below the state and bodies.
        #expect(try tmux.wait(for: "1st Uzbek chairmanship").ok)
        var chair = (ok: false, screen: "")
        for _ in 0..<12 where !chair.ok {
            try tmux.send("Down")
            chair = try tmux.wait(timeout: 1) { $0.contains("Observer status") && $0.contains("Drug traffick") }
        }
        #expect(chair.ok, "first chairmanship documents:\n\(chair.screen)")
        try tmux.send("/")
        try tmux.type("rats")
        try tmux.send("Enter")
        let rats = try tmux.wait(for: "seat: Tashkent")
        #expect(rats.ok, "where RATS sits:\n\(rats.screen)")
    }

    /// "Who was in the SCO in 2010?": `:` on the Institutions pane lists the member states then,
    /// with each state's statuses beside it, and Enter opens a state's status history.
    @Test func colonOnInstitutionsListsTheMembersOnThatDate() throws {
        let tmux = try session(width: 120, height: 36)
        try tmux.send("2")
        #expect(try tmux.wait { $0.contains("Institutions 1/") && $0.contains("observer 2005 · member 2017") }.ok)
        try tmux.send(":")
        try tmux.type("2010")
        let asking = try tmux.wait(for: "members in 2010")
        #expect(asking.ok, "\(asking.screen)")
        try tmux.send("Enter")
        let founders = ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"]
        // A state's row: its kind letter, then its name.
        func stateRow(_ screen: String, _ name: String) -> Bool {
            screen.split(separator: "\n").contains { $0.hasPrefix(" s ") && $0.contains(" \(name) ") }
        }
        let found = try tmux.wait { screen in screen.contains("Results 1/6") && founders.allSatisfy { stateRow(screen, $0) } }
        #expect(found.ok, "\(found.screen)")
        #expect(!stateRow(found.screen, "India"), "India was an observer in 2010")
        try tmux.send("G")
        try tmux.send("Enter")
        let uzbekistan = try tmux.wait { $0.contains("state · founding member since 15 Jun 2001") && $0.contains("Chairmanships") && $0.contains("4th Uzbek chairmanship") }
        #expect(uzbekistan.ok, "\(uzbekistan.screen)")
    }
}
