import Testing
import SCOCore
import SCOModel
import SCOText
import SCORuntime
import TestSupport
@testable import SCOView

/// The smaller things a new reader trips over: a sticky year over the next year's heading,
/// addresses shown encoded, Enter where there is no link.
@Suite struct SmallerFixesTests {
    @Test(arguments: ["%D1%88%D0%BE", "a%D0%BEb%20c", "%d1%88"])
    func encodedLettersAreShownAsLetters(_ encoded: String) {
        let shown = SourceText.readable("https://example.org/" + encoded)
        #expect(!shown.contains("%D") && !shown.contains("%d"), "\(shown)")
        #expect(shown.contains("%20") == encoded.contains("%20"), "an encoded space keeps its meaning")
    }

    /// Bytes that are not whole UTF-8, or decode to a control or format character (a
    /// bidirectional override), stay encoded.
    @Test(arguments: ["%D1", "%D1%", "%0A%0D", "%E2%80%AE", "%C2%9B", "%FF%FE", "%%D1%88", "%G1"])
    func whatCannotBeShownStaysEncoded(_ encoded: String) {
        let url = "https://example.org/" + encoded
        let shown = SourceText.readable(url)
        #expect(shown == url || !shown.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }, "\(shown)")
        #expect(Sanitizer.sanitized(shown) == shown)
    }

    @Test func theDetailShowsTheLettersAndTheLinkKeepsTheAddress() throws {
        let store = try Store(Fixtures.builtin())
        let runtime = Runtime(catalog: store)
        var s = State(catalog: store, size: Size(width: 200, height: 60))
        s = runtime.settle(s, .showPane(.institutions))
        while s.selectedID != "mongolia", s.position(of: .institutions).selected < 60 { s = runtime.settle(s, .moveDown) }
        var document = try #require(s.detailDocument)
        document.read(lines: 0..<document.lineCount, from: store)
        let text = (0..<document.lineCount).map { document.line($0).spans.map(\.text).joined() }
        #expect(text.contains { $0.contains("шос-объединила") }, "\(text)")
        #expect((0..<document.linkCount).contains { if case .url(let url)? = document.link($0) { url.contains("%D1%88%D0%BE%D1%81-") } else { false } })
    }

    /// Paging through the timeline at sizes where it happened: the top row never shows a
    /// year's heading stacked over the next year's.
    @Test(arguments: [Size(width: 60, height: 20), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theStickyYearNeverStacksOverTheNext(_ size: Size) throws {
        let store = try Store(Fixtures.builtin())
        let runtime = Runtime(catalog: store)
        var s = State(catalog: store, size: size)
        for _ in 0..<40 {
            let frame = render(s)
            let list = s.layout.list
            let top = frame[list.x + 1, list.y].style.role, next = frame[list.x + 1, list.y + 1].style.role
            #expect(!(top == .heading && next == .heading), "\(size): \(frame.line(list.y)) over \(frame.line(list.y + 1))")
            s = runtime.settle(s, .pageDown)
        }
    }

    @Test func enterWithNoLinkSaysSo() throws {
        let store = try Store(Fixtures.chronicle("edtf.json"))
        let runtime = Runtime(catalog: store)
        var s = runtime.settle(State(catalog: store, size: Size(width: 120, height: 40)), .open)
        #expect(s.focus == .detail)
        s = runtime.settle(s, .open)
        #expect(s.message == "nothing to follow: this record has no links", "\(s.message ?? "nothing said")")
    }
}
