import Testing
@testable import SCOCore
import SCOModel
import TestSupport

/// The Sources pane: every source with the records citing it, each followable.
@Suite struct SourcesPaneTests {
    @Test func theArticleComesFirstWithEveryRecordCitingIt() throws {
        var d = try Driver()
        d.press(.character("6"))
        #expect(d.state.pane == .sources && d.state.selectionOrdinal.index == 1)
        let citing = Builtin.chronicle.allRecords.filter { $0.sources.contains { if case .paragraph = $0 { true } else { false } } }
        let rows = d.store.sourceRows()
        #expect(rows.first?.label == "Article (2016)" && rows.first?.records.count == citing.count)
        let document = try #require(d.state.detailDocument)
        #expect((0..<document.lineCount).contains { document.line($0).spans.map(\.text).joined() == "Cited by · \(citing.count)" })
        // Every web address cited is a source of its own, with exactly the records citing it.
        let rferl = try #require(rows.first { $0.key == "https://www.rferl.org/a/1104261.html" })
        let expected = Set(Builtin.chronicle.allRecords.filter { $0.sources.contains { $0.description.contains("rferl.org/a/1104261") } }.map(\.id))
        #expect(Set(d.store.entries(rows: rferl.records).map(\.id)) == expected)
        #expect(!rows.contains { $0.key.contains(" ; ") }, "a citation of several addresses is split into them")
    }

    @Test func enterOpensASourceAndFollowsACitingRecord() throws {
        var d = try Driver()
        d.press(.character("6"), .enter)
        #expect(d.state.focus == .detail)
        while d.state.detailDocument?.recordLink(d.state.detail.link) == nil { d.press(.down) }
        let target = try #require(d.state.detailDocument?.recordLink(d.state.detail.link))
        d.press(.enter)
        #expect(d.state.selectedID == target && d.state.pane != .sources)
        d.press(.character("["))
        #expect(d.state.pane == .sources)
    }

    /// What belongs to records says so on a source, and nothing pretends a source is a record.
    @Test func recordKeysSayWhatTheyDoOnASource() throws {
        var d = try Driver()
        d.press(.character("6"), .character("m"))
        #expect(d.state.marks.isEmpty && d.state.message?.hasPrefix("sources are not marked") == true)
        d.press(.character("e"))
        #expect(d.state.mode == .browse && d.state.message?.contains("not written out") == true)
        let (_, copied) = update(d.state, .copyCitation)
        #expect(copied == [.copy("The SCO and Uzbekistan. Uzbekistan's side, writing in the first person plural. 2016.")])
        d.press(.character("j"))
        let url = try #require(d.store.sourceRows()[1].key as String?)
        let (_, link) = update(d.state, .copyLink)
        #expect(link == [.copy(url)] && url.hasPrefix("http"), "Y on a cited address copies it")
        #expect(d.state.memory.place == nil)
    }
}
