import SCOModel
import SCOText

/// The detail of one record laid out as lines for a given width. The app core needs the
/// lines to scroll and to keep the selected link in view; the view paints them. An
/// institution's events are lines too, read from the catalog only when they come on screen.
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

    /// Where a link of the detail goes: another record, or a source's web address.
    public enum Target: Hashable, Sendable {
        case record(String)
        case url(String)
    }

    public struct Line: Hashable, Sendable {
        public let spans: [Span]
        /// Index into `links` when this line is a link.
        public let link: Int?
    }

    /// The lines laid out whole: everything but an institution's events.
    private let head: [Line]
    /// The IDs the laid-out lines link to, in order on screen, and the line of each.
    private let headLinks: [Target]
    private let headLinkLines: [Int]
    /// An institution's events (its own and its parts'), one line each after the rest, laid
    /// out only when on screen: a body with a hundred thousand events scrolls through them all.
    public let events: InstitutionEvents
    /// The label of each body in `events`; empty for the institution itself, which is not marked.
    private let bodyLabels: [String]
    /// The entries of the events whose lines were last read, from `windowStart`.
    private var window: [Entry] = []
    private var windowStart = 0
    private let width: Int

    /// Links shown for each relation but an institution's events; the rest are counted ("and
    /// 41,200 more").
    public static let linksPerRelation = 100

    /// The longest line the detail is laid out for: on a 200-column screen, lines of 150
    /// columns are hard to follow back to their start, so a wide pane keeps a margin instead.
    public static let measure = 100

    public var lineCount: Int { head.count + events.count }

    public var linkCount: Int { headLinks.count + events.count }

    /// The line at `index`: an event's line off the lines last read shows as a placeholder.
    public func line(_ index: Int) -> Line {
        if index < head.count { return head[index] }
        let event = index - head.count
        let link = headLinks.count + event
        guard window.indices.contains(event - windowStart) else {
            return Line(spans: [Span(text: "  ▸ …", role: .dim, searchable: false)], link: link)
        }
        let entry = window[event - windowStart]
        let part = bodyLabels[Int(events.bodyIndexes[event])]
        return Self.relatedLine(entry.label, date: entry.date, note: part.isEmpty ? "" : " · " + part, width: width, link: link)
    }

    /// A related record's line: its title, then its date as far as the room allows. The date
    /// gives way first (whole, then compact, then its year, then gone), the title last.
    static func relatedLine(_ label: String, date: EDTFDate?, note: String = "", width: Int, link: Int) -> Line {
        let title = "▸ " + Sanitizer.sanitized(label)
        let room = width - 2 - DisplayWidth.of(title)
        let dates = date.map { [$0.display, $0.compact(width: DateColumn.whole, underItsYear: false), $0.compact(width: 4, underItsYear: false)] } ?? []
        let after = (dates.map { "  " + $0 + note } + [note, ""]).first { DisplayWidth.of($0) <= room } ?? ""
        let text = TextLayout.truncated(title, to: max(1, width - 2 - DisplayWidth.of(after)))
        return Line(spans: [Span(text: "  " + text, role: .link, searchable: false), Span(text: after, role: .dim, searchable: false)], link: link)
    }

    public func lineOfLink(_ link: Int) -> Int {
        link < headLinks.count ? headLinkLines[link] : head.count + link - headLinks.count
    }

    /// Where the link goes, when its line has been read.
    public func link(_ index: Int) -> Target? {
        if index < 0 { return nil }
        if index < headLinks.count { return headLinks[index] }
        let event = index - headLinks.count - windowStart
        return window.indices.contains(event) ? .record(window[event].id) : nil
    }

    /// The first web address among the sources.
    public var firstURL: String? {
        for case .url(let url) in headLinks { return url }
        return nil
    }

    /// The record the link goes to, when it goes to one.
    public func recordLink(_ index: Int) -> String? {
        if case .record(let id)? = link(index) { return id }
        return nil
    }

    /// The links whose lines fall in `lines`, as link indices (links go down the page in order).
    public func links(onLines lines: Range<Int>) -> Range<Int> {
        let first = (0..<linkCount).partitionPoint { lineOfLink($0) >= lines.lowerBound }
        let end = (first..<linkCount).partitionPoint { lineOfLink($0) >= lines.upperBound }
        return first..<end
    }

    /// Reads the entries of the events on `lines`, unless they are read already.
    public mutating func read(lines: Range<Int>, from catalog: any Catalog) {
        let low = max(0, lines.lowerBound - head.count), high = min(events.count, lines.upperBound - head.count)
        guard low < high, low < windowStart || high > windowStart + window.count else { return }
        let wanted = low..<high
        windowStart = wanted.lowerBound
        window = catalog.entries(rows: Array(events.rows[wanted]))
    }

    public init(record: any Record, catalog: any Catalog, width: Int) {
        var lines: [Line] = []
        var links: [Target] = []
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
        if let state = record as? Institution, let now = state.statuses.last {
            meta.append("state · \(now.status.rawValue)" + (now.to.map { " until \($0.display)" } ?? " since \(now.from.display)"))
        }
        if meta.isEmpty { meta.append(record.kind.rawValue) }
        add(meta.joined(separator: " · "), .meta, searchable: true)
        if !record.aliases.isEmpty { add("Also: " + record.aliases.joined(separator: ", "), .dim, searchable: true) }
        if let names = catalog.otherNames(of: record), !names.isEmpty {
            add((record.kind == .institution ? "Names: " : "Place in other languages: ") + names.line, .dim, searchable: true)
        }
        if let document = record as? Document, !document.parties.isEmpty {
            add("Parties: " + document.parties.joined(separator: ", "), .dim)
        }
        if let event = record as? Event, !event.people.isEmpty {
            add("People: " + event.people.joined(separator: ", "), .dim, searchable: true)
        }
        blank()
        add(record.summary, .text, searchable: true)
        // A source's web address is a line of its own that can be selected, copied and opened:
        // cut with `…` when it is too wide, never wrapped, so a terminal's link detection sees it whole.
        let label = catalog.declaredSources.paragraphLabel
        func addSources(_ sources: [Source], indent: Int) {
            for source in sources {
                for piece in SourceText.pieces(source.text(paragraphsOf: label)) {
                    switch piece {
                    case .text(let text):
                        add(text, .dim, indent: indent)
                    case .url(let url):
                        let pad = String(repeating: " ", count: indent)
                        linkLines.append(lines.count)
                        let shown = Sanitizer.sanitized(SourceText.readable(url))
                        lines.append(Line(spans: [Span(text: pad + TextLayout.truncated(shown, to: max(1, w - indent)), role: .link, searchable: false)],
                                          link: links.count))
                        links.append(.url(url))
                    }
                }
            }
        }
        // A state's statuses, each with the source of the change.
        if let state = record as? Institution, state.isState {
            blank()
            lines.append(Line(spans: [Span(text: "Status", role: .heading, searchable: false)], link: nil))
            // Each status names its sources by site, in a line: their addresses are links under
            // Sources below, and one link stop each here would bury the state's other links.
            for period in state.statuses {
                add(period.text, .text, searchable: true, indent: 1)
                var names: [String] = []
                for source in period.sources {
                    let text = source.text(paragraphsOf: label)
                    let name = SourceText.firstURL(in: text).map(SourceText.host) ?? text
                    if !names.contains(name) { names.append(name) }
                }
                add("sources: " + names.joined(separator: ", "), .dim, indent: 3)
            }
        }

        // An institution lists its own events and its parts', each marked with the body it
        // belongs to, after everything else: RATS's detail answers "which events involve RATS?".
        let events = record.kind == .institution ? catalog.institutionEvents(of: record.id) : InstitutionEvents(rows: [], bodyIndexes: [], bodies: [])
        var related = catalog.links(of: record.id, limit: DetailDocument.linksPerRelation)
        if record.kind == .institution { related.removeAll { $0.relation == .events } }
        let targets = Dictionary(catalog.entries(ids: related.map(\.target) + events.bodies).map { ($0.id, $0) },
                                 uniquingKeysWith: { a, _ in a })
        if !related.isEmpty {
            blank()
            lines.append(Line(spans: [Span(text: "Related", role: .heading, searchable: false)], link: nil))
            var relation: Relation?
            func countRest() {
                guard let relation, related.filter({ $0.relation == relation }).count == DetailDocument.linksPerRelation else { return }
                let more = catalog.mentionCount(of: record.id, relation) - DetailDocument.linksPerRelation
                if more > 0 { add("… and \(more.grouped) more (sco show \(record.id) lists all)", .dim, indent: 2) }
            }
            for link in related {
                if link.relation != relation {
                    countRest()
                    relation = link.relation
                    add(link.relation.heading, .dim, indent: 1)
                }
                guard let target = targets[link.target] else { continue }
                linkLines.append(lines.count)
                lines.append(Self.relatedLine(target.label, date: target.date, width: w, link: links.count))
                links.append(.record(link.target))
            }
            countRest()
        }
        blank()
        // The ID, with the sources: what a citation needs, and what `sco show` takes.
        lines.append(Line(spans: [Span(text: "ID ", role: .heading, searchable: false), Span(text: record.id, role: .dim, searchable: false)],
                          link: nil))
        lines.append(Line(spans: [Span(text: "Sources", role: .heading, searchable: false)], link: nil))
        addSources(record.sources, indent: 2)
        if events.count > 0 {
            blank()
            // The list row counts the institution's own events; the parts' are added plainly.
            let own = events.ownCount
            let counted = events.hasParts ? "\(own.grouped) its own + \((events.count - own).grouped) in its parts" : events.count.grouped
            lines.append(Line(spans: [Span(text: "Events · \(counted)", role: .heading, searchable: false)], link: nil))
        }
        self.init(head: lines, headLinks: links, headLinkLines: linkLines, events: events,
                  bodyLabels: events.bodies.enumerated().map { i, id in i == 0 ? "" : targets[id].map { Sanitizer.sanitized($0.label) } ?? id },
                  width: w)
    }

    /// A detail laid out elsewhere (a source's): its lines and links, then records read as
    /// they come on screen.
    init(head: [Line], headLinks: [Target], headLinkLines: [Int], events: InstitutionEvents, bodyLabels: [String], width: Int) {
        self.head = head
        self.headLinks = headLinks
        self.headLinkLines = headLinkLines
        self.events = events
        self.bodyLabels = bodyLabels
        self.width = width
    }
}

extension Range where Bound == Int {
    /// The first index at which `isPast` holds, for a predicate that is false and then true
    /// along the range: a binary search.
    func partitionPoint(_ isPast: (Int) -> Bool) -> Int {
        var low = lowerBound, high = upperBound
        while low < high {
            let mid = (low + high) / 2
            if isPast(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
