/// Writes a chronicle in its own file format, so `sco export` output can be edited and read
/// back, and exporting what was read gives the same bytes.
public enum ChronicleWriter {
    /// The file form, written a record at a time so that no chronicle is ever one value in
    /// memory: `records(kind, each)` hands over the records of a kind in order.
    public static func write(title: String, sources: [DeclaredSource] = [], places: [Place] = [],
                             records: (RecordKind, (any Record) -> Void) -> Void, to emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            emit("{\n  \"title\": \(JSONWriter.quoted(title)),")
            // Declared sources come first, so a reader knows them before the records cite them.
            if !sources.isEmpty {
                emit("\n  \"sources\": [" + sources.map { "\n    " + JSONWriter.write(value($0), nestedAt: 2) }
                    .joined(separator: ",") + "\n  ],")
            }
            // Places too, so an import can name events by them as it reads.
            if !places.isEmpty {
                emit("\n  \"places\": [" + places.map { "\n    " + JSONWriter.write(value($0), nestedAt: 2) }
                    .joined(separator: ",") + "\n  ],")
            }
            for (k, kind) in RecordKind.allCases.enumerated() {
                emit("\n  \"\(kind.plural)\": [")
                var first = true
                records(kind) { record in
                    emit(first ? "\n    " : ",\n    ")
                    emit(JSONWriter.write(value(record), nestedAt: 2))
                    first = false
                }
                emit(first ? "]" : "\n  ]")
                emit(k == RecordKind.allCases.count - 1 ? "\n}\n" : ",")
            }
        }
    }

    static func value(_ record: any Record) -> JSONValue {
        switch record {
        case let event as Event: return value(event)
        case let institution as Institution: return value(institution)
        case let document as Document: return value(document)
        default: return .object([])
        }
    }

    static func value(_ e: Event) -> JSONValue {
        object([
            ("id", .string(e.id)), ("title", .string(e.title)), ("shortTitle", e.shortTitle.map(JSONValue.string)),
            ("date", e.date.map { .string($0.description) }), ("place", e.place.map(JSONValue.string)),
            ("summary", .string(e.summary)), ("aliases", strings(e.aliases)), ("institutions", strings(e.institutions)),
            ("documents", strings(e.documents)), ("people", strings(e.people)), ("sources", sources(e.sources)),
        ])
    }

    static func value(_ i: Institution) -> JSONValue {
        object([
            ("id", .string(i.id)), ("title", .string(i.title)), ("shortTitle", i.shortTitle.map(JSONValue.string)),
            ("summary", .string(i.summary)), ("aliases", strings(i.aliases)), ("partOf", i.partOf.map(JSONValue.string)),
            ("seat", i.seat.map(JSONValue.string)),
            ("statuses", i.statuses.isEmpty ? nil : .array(i.statuses.map(value))), ("chaired", strings(i.chaired)),
            ("hosted", strings(i.hosted)), ("names", i.names.isEmpty ? nil : .array(i.names.map(value))), ("sources", sources(i.sources)),
        ])
    }

    static func value(_ n: Name) -> JSONValue {
        object([("language", .string(n.language)), ("name", .string(n.text)), ("uncertain", n.uncertain ? .bool(true) : nil),
                ("sources", sources(n.sources))])
    }

    static func value(_ p: Place) -> JSONValue {
        object([("name", .string(p.name)), ("names", .array(p.names.map(value)))])
    }

    static func value(_ p: StatusPeriod) -> JSONValue {
        object([
            ("status", .string(p.status.rawValue)), ("from", .string(p.from.description)), ("to", p.to.map { .string($0.description) }),
            ("decided", p.decided.map { .string($0.description) }), ("memorandum", p.memorandum.map { .string($0.description) }),
            ("sources", sources(p.sources)),
        ])
    }

    static func value(_ d: Document) -> JSONValue {
        object([
            ("id", .string(d.id)), ("title", .string(d.title)), ("shortTitle", d.shortTitle.map(JSONValue.string)),
            ("kind", .string(d.documentKind.rawValue)), ("date", d.date.map { .string($0.description) }),
            ("place", d.place.map(JSONValue.string)), ("parties", strings(d.parties)),
            ("adoptedAt", d.adoptedAt.map(JSONValue.string)), ("summary", .string(d.summary)),
            ("aliases", strings(d.aliases)), ("sources", sources(d.sources)),
        ])
    }

    static func value(_ s: DeclaredSource) -> JSONValue {
        let automatic = DeclaredSource(id: s.id, title: s.title, date: s.date).label
        return object([
            ("id", .string(s.id)), ("title", .string(s.title)), ("label", s.label == automatic ? nil : .string(s.label)),
            ("author", s.author.map(JSONValue.string)), ("publisher", s.publisher.map(JSONValue.string)),
            ("date", s.date.map { .string($0.description) }), ("language", s.language.map(JSONValue.string)),
            ("url", s.url.map(JSONValue.string)), ("note", s.note.map(JSONValue.string)),
            ("paragraphs", s.paragraphs.map { .number(Double($0)) }),
        ])
    }

    /// Leaves out absent members, so files stay as short as their content.
    private static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(members.compactMap { key, value in value.map { (key, $0) } })
    }

    private static func strings(_ list: [String]) -> JSONValue? {
        list.isEmpty ? nil : .array(list.map(JSONValue.string))
    }

    static func sources(_ list: [Source]) -> JSONValue {
        .array(list.map { source in
            switch source {
            case .paragraph(let n): return .object([("paragraph", .number(Double(n)))])
            case .citation(let c): return .object([("citation", .string(c))])
            }
        })
    }
}
