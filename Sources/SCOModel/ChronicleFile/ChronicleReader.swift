/// Turns the bytes of a chronicle file into a `Chronicle`, or into the complete list of what
/// is wrong with it. The format is documented in README.md and `Resources/sco.schema.json`.
public enum ChronicleReader {
    static let topFields = ["$schema", "title", "sources", "places", "events", "institutions", "documents"]
    static let placeFields = ["name", "names"]
    static let sourceFields = ["id", "title", "label", "author", "publisher", "date", "language", "url", "note", "paragraphs"]
    static let eventFields = ["id", "title", "shortTitle", "date", "place", "summary", "aliases",
                              "institutions", "documents", "people", "sources"]
    static let institutionFields = ["id", "title", "shortTitle", "summary", "aliases", "partOf", "seat", "statuses", "chaired",
                                    "hosted", "names", "sources"]
    static let documentFields = ["id", "title", "shortTitle", "kind", "date", "place", "parties", "adoptedAt",
                                 "summary", "aliases", "sources"]

    public static func read(_ bytes: [UInt8], file: String) throws(ChronicleLoadError) -> Chronicle {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw ChronicleLoadError(file: file, problems: [ValidationProblem(path: "", message: "malformed JSON: \(error)")])
        }
        let problems = ProblemList()
        let parts = decode(json, problems: problems)
        // Links and IDs are checked even when fields have problems, so one run lists them all.
        if let parts {
            checkReferences(parts, problems: problems)
        }
        guard problems.items.isEmpty, let parts else {
            throw ChronicleLoadError(file: file, problems: problems.items)
        }
        return Chronicle(title: parts.title, events: parts.events, institutions: parts.institutions, documents: parts.documents,
                         sources: parts.sources, places: parts.places)
    }

    /// The records in file order, before the chronicle sorts them, so paths name file positions.
    private struct Parts {
        let title: String
        let sources: [DeclaredSource]
        let places: [Place]
        let events: [Event]
        let institutions: [Institution]
        let documents: [Document]
    }

    private static func decode(_ json: JSONValue, problems: ProblemList) -> Parts? {
        guard let top = Fields(json, path: "", allowed: topFields, problems: problems) else { return nil }
        let title = top.optional("title", Read.text) ?? "Chronicle"
        let sources = list(top, "sources", allowed: sourceFields, declaredSource)
        let places = list(top, "places", allowed: placeFields, place)
        let events = list(top, "events", allowed: eventFields, event)
        let institutions = list(top, "institutions", allowed: institutionFields, institution)
        let documents = list(top, "documents", allowed: documentFields, document)
        return Parts(title: title, sources: sources, places: places, events: events, institutions: institutions, documents: documents)
    }

    static func event(_ fields: Fields) -> Event {
        Event(id: fields.required("id", Read.id) ?? "", title: fields.required("title", Read.text) ?? "",
              shortTitle: fields.optional("shortTitle", Read.text),
              date: fields.required("date", Read.date) ?? EDTFDate(start: .init(year: 0, month: nil, day: nil)),
              place: fields.optional("place", Read.text), summary: fields.required("summary", Read.text) ?? "",
              aliases: fields.optional("aliases", Read.strings) ?? [],
              institutions: fields.optional("institutions", Read.ids) ?? [],
              documents: fields.optional("documents", Read.ids) ?? [],
              people: fields.optional("people", Read.strings) ?? [],
              sources: fields.required("sources", Read.sources) ?? [])
    }

    static func declaredSource(_ fields: Fields) -> DeclaredSource {
        let url = fields.optional("url", Read.text)
        if let url, SourceText.webAddress(Substring(url)) != url {
            fields.problems.add(Fields.join(fields.path, "url"), "\(quoted(url)) is not a web address (http:// or https://, printable ASCII, no spaces)")
        }
        return DeclaredSource(id: fields.required("id", Read.id) ?? "", title: fields.required("title", Read.text) ?? "",
                              label: fields.optional("label", Read.text), author: fields.optional("author", Read.text),
                              publisher: fields.optional("publisher", Read.text), date: fields.optional("date", Read.date),
                              language: fields.optional("language", Read.text), url: url, note: fields.optional("note", Read.text),
                              paragraphs: fields.optional("paragraphs", Read.paragraphNumber))
    }

    static func institution(_ fields: Fields) -> Institution {
        Institution(id: fields.required("id", Read.id) ?? "", title: fields.required("title", Read.text) ?? "",
                    shortTitle: fields.optional("shortTitle", Read.text),
                    summary: fields.required("summary", Read.text) ?? "",
                    aliases: fields.optional("aliases", Read.strings) ?? [],
                    partOf: fields.optional("partOf", Read.id), seat: fields.optional("seat", Read.text),
                    statuses: fields.optional("statuses", Read.statuses) ?? [], chaired: fields.optional("chaired", Read.ids) ?? [],
                    hosted: fields.optional("hosted", Read.ids) ?? [], names: fields.optional("names", Read.names) ?? [],
                    sources: fields.required("sources", Read.sources) ?? [])
    }

    static func place(_ fields: Fields) -> Place {
        Place(name: fields.required("name", Read.text) ?? "", names: fields.required("names", Read.names) ?? [])
    }

    static func document(_ fields: Fields) -> Document {
        Document(id: fields.required("id", Read.id) ?? "", title: fields.required("title", Read.text) ?? "",
                 shortTitle: fields.optional("shortTitle", Read.text),
                 documentKind: fields.required("kind", Read.documentKind) ?? .agreement,
                 date: fields.optional("date", Read.date), place: fields.optional("place", Read.text),
                 parties: fields.optional("parties", Read.strings) ?? [],
                 adoptedAt: fields.optional("adoptedAt", Read.id),
                 summary: fields.required("summary", Read.text) ?? "",
                 aliases: fields.optional("aliases", Read.strings) ?? [],
                 sources: fields.required("sources", Read.sources) ?? [])
    }

    /// One record of a kind read from its JSON, or nil after adding its problems to `problems`.
    /// It is read first without paths (a path for each field of a million records cost more
    /// than reading them), and again with them only when something is wrong.
    static func record(_ kind: RecordKind, from value: JSONValue, path: @autoclosure () -> String, problems: ProblemList) -> (any Record)? {
        let quiet = ProblemList(limit: 0)
        if let record = read(kind, from: value, path: "", problems: quiet), quiet.count == 0 { return record }
        let before = problems.count
        let record = read(kind, from: value, path: path(), problems: problems)
        return problems.count == before ? record : nil
    }

    private static func read(_ kind: RecordKind, from value: JSONValue, path: String, problems: ProblemList) -> (any Record)? {
        switch kind {
        case .event: return Fields(value, path: path, allowed: eventFields, problems: problems).map(event)
        case .institution: return Fields(value, path: path, allowed: institutionFields, problems: problems).map(institution)
        case .document: return Fields(value, path: path, allowed: documentFields, problems: problems).map(document)
        }
    }

    private static func list<T>(_ top: Fields, _ key: String, allowed: [String], _ make: (Fields) -> T) -> [T] {
        top.optional(key) { value, path, problems -> [T]? in
            guard case .array(let elements) = value else {
                problems.add(path, "expected an array, found \(value.typeName)")
                return nil
            }
            return elements.enumerated().compactMap { i, element in
                Fields(element, path: "\(path)[\(i)]", allowed: allowed, problems: problems).map(make)
            }
        } ?? []
    }

    /// IDs must be unique across kinds, and every link must point at a record of the right kind.
    private static func checkReferences(_ parts: Parts, problems: ProblemList) {
        var firstUse: [String: String] = [:]
        checkSources(parts, problems: problems)
        var kinds: [String: RecordKind] = [:]
        // A record whose ID was missing or invalid has its problem already; it claims nothing.
        func claim(_ id: String, _ kind: RecordKind, _ path: String) {
            guard !id.isEmpty else { return }
            if let earlier = firstUse[id] {
                problems.add(path, "duplicate ID \(quoted(id)) (first used at \(earlier))")
            } else {
                firstUse[id] = path
                kinds[id] = kind
            }
        }
        let eventOrder = parts.events.enumerated(), institutions = parts.institutions
        let documentOrder = parts.documents.enumerated()
        for (i, e) in eventOrder { claim(e.id, .event, "events[\(i)].id") }
        for (i, r) in institutions.enumerated() { claim(r.id, .institution, "institutions[\(i)].id") }
        for (i, d) in documentOrder { claim(d.id, .document, "documents[\(i)].id") }

        var idsByKind: [RecordKind: [String]] = [:]
        for (id, kind) in kinds { idsByKind[kind, default: []].append(id) }
        var suggestionsLeft = 100
        func check(_ id: String, _ kind: RecordKind, _ path: String) {
            guard let actual = kinds[id] else {
                // Suggestions cost an edit distance per candidate: offered for the first problems only.
                suggestionsLeft -= 1
                let near = suggestionsLeft >= 0 ? Similarity.closest(to: id, in: idsByKind[kind] ?? [], limit: 3) : []
                problems.add(path, "unknown \(kind.rawValue) ID \(quoted(id))" +
                             (near.isEmpty ? "" : " (closest: \(near.joined(separator: ", ")))"))
                return
            }
            if actual != kind { problems.add(path, "\(quoted(id)) is \(actual.withArticle), not \(kind.withArticle)") }
        }
        for (i, e) in eventOrder {
            for (j, id) in e.institutions.enumerated() { check(id, .institution, "events[\(i)].institutions[\(j)]") }
            for (j, id) in e.documents.enumerated() { check(id, .document, "events[\(i)].documents[\(j)]") }
        }
        for (i, r) in institutions.enumerated() {
            if let parent = r.partOf {
                check(parent, .institution, "institutions[\(i)].partOf")
                if parent == r.id { problems.add("institutions[\(i)].partOf", "an institution cannot be part of itself") }
            }
            for (j, id) in r.chaired.enumerated() { check(id, .event, "institutions[\(i)].chaired[\(j)]") }
            for (j, id) in r.hosted.enumerated() { check(id, .event, "institutions[\(i)].hosted[\(j)]") }
        }
        let index = Dictionary(institutions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parents = Dictionary(institutions.compactMap { r in r.partOf.map { (r.id, $0) } }, uniquingKeysWith: { a, _ in a })
        for ring in PartOfRings.find(parents: parents, order: institutions.map(\.id)) {
            problems.add("institutions[\(index[ring[0]] ?? 0)].partOf", PartOfRings.message(ring))
        }
        for (i, d) in documentOrder {
            if let event = d.adoptedAt { check(event, .event, "documents[\(i)].adoptedAt") }
        }
    }


    /// Declared sources have IDs of their own; one at most is cited by paragraph, and then no
    /// record cites a paragraph it does not have.
    private static func checkSources(_ parts: Parts, problems: ProblemList) {
        var seen: [String: Int] = [:]
        for (i, source) in parts.sources.enumerated() {
            if let first = seen[source.id] {
                problems.add("sources[\(i)].id", "duplicate source ID \(quoted(source.id)) (first used at sources[\(first)].id)")
            } else {
                seen[source.id] = i
            }
        }
        let numbered = parts.sources.enumerated().filter { $0.element.paragraphs != nil }
        for (i, _) in numbered.dropFirst() {
            problems.add("sources[\(i)].paragraphs", "only one source can be cited by paragraph; sources[\(numbered[0].offset)] already is")
        }
        for (path, message) in paragraphProblems(citations(parts), declared: parts.sources) { problems.add(path, message) }
    }

    /// What is wrong with the paragraphs cited (at their paths) given the declared sources:
    /// a paragraph with no source numbered in paragraphs, or past the end of the one that is.
    static func paragraphProblems(_ cited: [(path: String, source: Source)], declared: [DeclaredSource]) -> [(String, String)] {
        guard !declared.isEmpty else { return [] }
        let numbered = declared.first { $0.paragraphs != nil }
        return cited.compactMap { path, source in
            guard case .paragraph(let n) = source else { return nil }
            guard let numbered, let count = numbered.paragraphs else {
                return (path + ".paragraph", "no declared source is cited by paragraph: give the article \"paragraphs\"")
            }
            return n > count ? (path + ".paragraph", "¶\(n) is past the end: \(numbered.label) has \(count) paragraphs") : nil
        }
    }

    /// Every source cited in the file, records' and statuses', with its path.
    private static func citations(_ parts: Parts) -> [(path: String, source: Source)] {
        var cited: [(String, Source)] = []
        for (kind, records) in [("events", parts.events as [any Record]), ("institutions", parts.institutions), ("documents", parts.documents)] {
            for (i, record) in records.enumerated() { cited += citations(of: record, at: "\(kind)[\(i)]") }
        }
        return cited
    }

    /// The sources one record cites, its statuses' included, each with its path.
    static func citations(of record: any Record, at path: String) -> [(path: String, source: Source)] {
        var cited = record.sources.enumerated().map { ("\(path).sources[\($0)]", $1) }
        for (j, period) in ((record as? Institution)?.statuses ?? []).enumerated() {
            cited += period.sources.enumerated().map { ("\(path).statuses[\(j)].sources[\($0)]", $1) }
        }
        return cited
    }
}
