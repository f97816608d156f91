import SCOModel
import SCOText

extension DetailDocument {
    /// A source's detail: what is known of it (its web addresses as links), then every record
    /// citing it, one line each, read only when on screen, as an institution's events are.
    init(source: SourceRow, width: Int) {
        var lines: [Line] = []
        var links: [Target] = []
        var linkLines: [Int] = []
        let w = max(1, width)
        func add(_ text: String, _ role: Role, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for piece in TextLayout.wrapped(Sanitizer.sanitized(text), to: max(1, w - indent)) {
                lines.append(Line(spans: [Span(text: pad + piece, role: role, searchable: false)], link: nil))
            }
        }
        func addText(_ text: String, _ role: Role) {
            for piece in SourceText.pieces(text) {
                switch piece {
                case .text(let words):
                    add(words, role)
                case .url(let url):
                    linkLines.append(lines.count)
                    lines.append(Line(spans: [Span(text: TextLayout.truncated(url, to: w), role: .link, searchable: false)], link: links.count))
                    links.append(.url(url))
                }
            }
        }
        if let declared = source.declared {
            add(declared.label, .title)
            add(["source", declared.date?.display, declared.language].compactMap { $0 }.joined(separator: " · "), .meta)
            lines.append(Line(spans: [], link: nil))
            add("Title: " + declared.title, .text)
            if let author = declared.author { add("Author: " + author, .text) }
            if let publisher = declared.publisher { add("Publisher: " + publisher, .text) }
            if let paragraphs = declared.paragraphs { add("Cited by paragraph: ¶1–¶\(paragraphs)", .text) }
            if let url = declared.url { addText(url, .text) }
            if let note = declared.note {
                lines.append(Line(spans: [], link: nil))
                add(note, .text)
            }
        } else {
            add("Citation", .title)
            add("source", .meta)
            lines.append(Line(spans: [], link: nil))
            addText(source.label, .text)
        }
        lines.append(Line(spans: [], link: nil))
        lines.append(Line(spans: [Span(text: "Cited by · \(source.records.count.grouped)", role: .heading, searchable: false)], link: nil))
        let citing = InstitutionEvents(rows: source.records, bodyIndexes: Array(repeating: 0, count: source.records.count), bodies: [source.key])
        self.init(head: lines, headLinks: links, headLinkLines: linkLines, events: citing, bodyLabels: [""], width: w)
    }
}
