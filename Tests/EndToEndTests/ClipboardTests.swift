import Foundation
import Testing
import TestSupport

/// What `y`, `Y` and `o` write to the terminal, and the hyperlinks on source addresses, read
/// from a recording of the session's bytes (`script`), as the terminal at the other end of an
/// SSH link receives them.
@Suite(.serialized) struct ClipboardTests {
    func recorded(_ keys: [String], until message: String, environment: [String: String] = [:], width: Int = 120,
                  height: Int = 30) throws -> [UInt8] {
        let scratch = try Scratch()
        let log = scratch.path("session.raw")
        let command = "script -q -f -c " + Tmux.quote(Tmux.sco()) + " " + Tmux.quote(log) + "; echo DONE; sleep 30"
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(command), width: width, height: height, environment: environment)
        #expect(try tmux.wait(for: "Timeline 1/").ok)
        for key in keys { try tmux.send(key) }
        let shown = try tmux.wait(for: message)
        #expect(shown.ok, "\(shown.screen)")
        try tmux.send("q")
        #expect(try tmux.wait(for: "DONE").ok)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
    }

    func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
    }

    @Test func yWritesTheCitationAsOSC52() throws {
        let bytes = try recorded(["y"], until: "copied the citation of sco-founded")
        let citation = "Shanghai Cooperation Organisation founded (15 Jun 2001). ID: sco-founded. Sources: Article (2016) ¶1; "
            + "http://eng.sectsco.org/about_sco/ ; http://english.china.org.cn/english/2002/Jun/34117.htm."
        #expect(bytes.firstRange(of: osc52(citation)) != nil, "the OSC 52 sequence with the citation is in the session")
        var count = 0, rest = bytes[...]
        while let found = rest.firstRange(of: Array("\u{1B}]52;".utf8)) {
            count += 1
            rest = rest[found.upperBound...]
        }
        #expect(count == 1, "one copy, one sequence")
    }

    /// Over SSH there is no display to open a browser on: `o` copies the address instead.
    @Test func oOverSSHCopiesTheAddress() throws {
        let bytes = try recorded(["o"], until: "no display to open it on here", environment: ["SSH_CONNECTION": "10.0.0.1 5000 10.0.0.2 22"])
        #expect(bytes.firstRange(of: osc52("http://eng.sectsco.org/about_sco/")) != nil)
    }

    /// A source address on screen is written inside an OSC 8 hyperlink to the whole address;
    /// the Linux console, which would print the sequence, gets none.
    @Test func sourceAddressesAreHyperlinks() throws {
        let url = "http://english.china.org.cn/english/2002/Jun/34117.htm"
        // The first event's sources come after its states: a tall screen shows them.
        let bytes = try recorded([], until: "34117.htm", width: 140, height: 60)
        #expect(bytes.firstRange(of: Array("\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\".utf8)) != nil)
        let console = try recorded([], until: "34117.htm", environment: ["TERM": "linux"], width: 140, height: 60)
        #expect(console.firstRange(of: Array("\u{1B}]8;".utf8)) == nil)
    }
}
