import SCOModel
import SCOText

/// The detail of one record laid out as lines for a given width. The app core needs the
/// lines to scroll and to keep the selected link in view; the view paints them.
public struct DetailDocument: Sendable {
    /// What a span of text is, so the view can give it a color role.
    public enum Role: Hashable, Sendable {
        case title, meta, text, heading, link, dim
    }

    public struct Span: Hashable, Sendable {
        public let text: String
        public let role: Role
        /// Whether search matches in this span are highlighted.
        public let searchable: Bool
    }

    public struct Line: Hashable, Sendable {
        public let spans: [Span]
        /// Index into `links` when this line is a link.
        public let link: Int?
    }

    public let lines: [Line]
    /// The IDs the detail links to, in order on screen.
    public let links: [String]
    /// The line of each link.
    public let linkLines: [Int]

    /// Links shown for each relation; the rest are counted ("and 41,200 more"), so the detail
    /// of a body with a hundred thousand events opens as fast as any other.
    public static let linksPerRelation = 100

    /// The longest line the detail is laid out for: on a 200-column screen, lines of 150
    /// columns are hard to follow back to their start, so a wide pane keeps a margin instead.
    public static let measure = 100

    public init(record: any Record, catalog: any Catalog, width: Int) {
        var lines: [Line] = []
        var links: [String] = []
        var linkLines: [Int] = []
        let w = max(1, width)
        func add(_ text: String, _ role: Role, searchable: Bool = false, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for piece in TextLayout.wrapped(Sanitizer.sanitized(text), to: max(1, w - indent)) {
                lines.append(Line(spans: [Span(text: pad + piece, role: role, searchable: searchable)], link: nil))
            }
        }
        func blank() { lines.append(Line(spans: [], link: nil)) }

        add(record.title, .title, searchable: true)
        var meta: [String] = []
        if let date = record.date { meta.append(date.display) }
        if let place = record.place { meta.append(record.kind == .institution ? "seat: \(place)" : place) }
        if let document = record as? Document { meta.append(document.documentKind.rawValue) }
        if meta.isEmpty { meta.append(record.kind.rawValue) }
        add(meta.joined(separator: " · "), .meta, searchable: true)
        if !record.aliases.isEmpty { add("Also: " + record.aliases.joined(separator: ", "), .dim, searchable: true) }
        if let document = record as? Document, !document.parties.isEmpty {
            add("Parties: " + document.parties.joined(separator: ", "), .dim)
        }
        if let event = record as? Event, !event.people.isEmpty {
            add("People: " + event.people.joined(separator: ", "), .dim, searchable: true)
        }
        blank()
        add(record.summary, .text, searchable: true)

        // An institution with parts lists its parts' events with its own, each marked with the
        // body it belongs to: RATS's detail answers "which events involve RATS?" on one screen.
        let family = record.kind == .institution ? catalog.familyEvents(of: record.id, limit: DetailDocument.linksPerRelation) : nil
        var related = catalog.links(of: record.id, limit: DetailDocument.linksPerRelation)
        if let family {
            related = related.filter { $0.relation != .events } + family.events.map { Link(.events, $0.event) }
        }
        let bodies = Dictionary(family?.events.map { ($0.event, $0.body) } ?? [], uniquingKeysWith: { a, _ in a })
        let targets = Dictionary(catalog.entries(ids: related.map(\.target) + Array(Set(bodies.values))).map { ($0.id, $0) },
                                 uniquingKeysWith: { a, _ in a })
        if !related.isEmpty {
            blank()
            lines.append(Line(spans: [Span(text: "Related", role: .heading, searchable: false)], link: nil))
            var relation: Relation?
            func countRest() {
                if relation == .events, let family {
                    let more = family.total - family.events.count
                    if more > 0 { add("… and \(more.grouped) more: /inst:\"\(record.label)\" lists them all", .dim, indent: 2) }
                    return
                }
                guard let relation, related.filter({ $0.relation == relation }).count == DetailDocument.linksPerRelation else { return }
                let more = catalog.mentionCount(of: record.id, relation) - DetailDocument.linksPerRelation
                if more > 0 { add("… and \(more.grouped) more (sco show \(record.id) lists all)", .dim, indent: 2) }
            }
            for link in related {
                if link.relation != relation {
                    countRest()
                    relation = link.relation
                    add(link.relation == .events && family != nil ? "Events, its own and its parts'" : link.relation.heading, .dim, indent: 1)
                }
                guard let target = targets[link.target] else { continue }
                // Which part the event belongs to, when it is not the institution itself.
                let part = bodies[link.target].flatMap { $0 == record.id ? nil : targets[$0] }.map { " · " + Sanitizer.sanitized($0.label) } ?? ""
                let date = (target.date.map { "  " + $0.display } ?? "") + part
                let text = TextLayout.truncated("▸ " + Sanitizer.sanitized(target.label), to: max(1, w - 2 - DisplayWidth.of(date)))
                linkLines.append(lines.count)
                lines.append(Line(spans: [Span(text: "  " + text, role: .link, searchable: false),
                                          Span(text: date, role: .dim, searchable: false)], link: links.count))
                links.append(link.target)
            }
            countRest()
        }
        blank()
        lines.append(Line(spans: [Span(text: "Sources", role: .heading, searchable: false)], link: nil))
        for source in record.sources { add(source.description, .dim, indent: 2) }
        self.lines = lines
        self.links = links
        self.linkLines = linkLines
    }
}
