import GRDB

/// How a whole record is kept in the database: a column per field, lists as length-prefixed
/// strings (`5:Hello3:abc`), which any text — separators, controls and all — survives, and which
/// cost next to nothing to write and read back, unlike JSON.
enum StoreRecord {
    static let columns = "id, kind, title, short_title, date, place, document_kind, summary, aliases, people, institutions, documents, parent, parties, statuses, chaired, hosted, sources, names"
    static let columnCount = 19

    /// The values for `columns`, in order.
    static func values(of record: any Record) -> [StoreValue] {
        let event = record as? Event, document = record as? Document, institution = record as? Institution
        return [.text(record.id), .integer(record.kind.code), .text(record.title), .text(record.shortTitle), .text(record.date?.description), .text(record.place),
                .text(document?.documentKind.rawValue), .text(record.summary), .text(list(record.aliases)),
                .text(list(event?.people ?? [])), .text(list(event?.institutions ?? [])), .text(list(event?.documents ?? [])),
                .text(institution?.partOf ?? document?.adoptedAt), .text(list(document?.parties ?? [])),
                .text(list(institution?.statuses.map(item) ?? [])), .text(list(institution?.chaired ?? [])),
                .text(list(institution?.hosted ?? [])), .text(list(sourceItems(record.sources))),
                .text(list(institution?.names.map(item) ?? []))]
    }

    /// A name as one list item: its language, text, whether uncertain, and sources.
    private static func item(_ name: Name) -> String {
        list([name.language, name.text, name.uncertain ? "?" : "", list(sourceItems(name.sources)) ?? ""]) ?? ""
    }

    static func names(_ text: String?) -> [Name] {
        items(text).compactMap { item in
            let parts = items(item)
            guard parts.count == 4 else { return nil }
            return Name(language: parts[0], text: parts[1], uncertain: parts[2] == "?", sources: sources(items(parts[3])))
        }
    }

    private static func sourceItems(_ sources: [Source]) -> [String] {
        sources.map { source in
            switch source {
            case .paragraph(let n): return "p\(n)"
            case .citation(let text): return "c" + text
            }
        }
    }

    private static func sources(_ items: [String]) -> [Source] {
        items.compactMap { item -> Source? in
            switch item.first {
            case "p": return Int(item.dropFirst()).map(Source.paragraph)
            case "c": return .citation(String(item.dropFirst()))
            default: return nil
            }
        }
    }

    /// A status period as one list item: a list of its status, dates (empty when absent) and sources.
    private static func item(_ period: StatusPeriod) -> String {
        list([period.status.rawValue, period.from.description, period.to?.description ?? "", period.decided?.description ?? "",
              period.memorandum?.description ?? "", list(sourceItems(period.sources)) ?? ""]) ?? ""
    }

    static func statuses(_ text: String?) -> [StatusPeriod] {
        items(text).compactMap { item in
            let parts = items(item)
            guard parts.count == 6, let status = StateStatus(rawValue: parts[0]), let from = try? EDTFDate(parsing: parts[1]) else { return nil }
            func date(_ text: String) -> EDTFDate? { text.isEmpty ? nil : try? EDTFDate(parsing: text) }
            return StatusPeriod(status: status, from: from, to: date(parts[2]), decided: date(parts[3]), memorandum: date(parts[4]),
                                sources: sources(items(parts[5])))
        }
    }

    /// The columns as read through the table alias `r`.
    static let aliasedColumns = columns.split(separator: ",").map { "r." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")

    /// The record whose `columns` start at `offset` in the row. Read by position: GRDB looks a
    /// name up case-insensitively, which cost more than the rest of printing a list.
    static func record(from row: Row, at offset: Int = 0) -> (any Record)? {
        func text(_ k: Int) -> String { row[offset + k] }
        func optional(_ k: Int) -> String? { row[offset + k] }
        guard let kind = RecordKind(code: row[offset + 1]) else { return nil }
        let date = optional(4).flatMap { try? EDTFDate(parsing: $0) }
        let sources = sources(items(optional(17)))
        switch kind {
        case .event:
            guard let date else { return nil }
            return Event(id: text(0), title: text(2), shortTitle: optional(3), date: date, place: optional(5),
                         summary: text(7), aliases: items(optional(8)), institutions: items(optional(10)),
                         documents: items(optional(11)), people: items(optional(9)), sources: sources)
        case .institution:
            return Institution(id: text(0), title: text(2), shortTitle: optional(3), summary: text(7),
                               aliases: items(optional(8)), partOf: optional(12), seat: optional(5), statuses: statuses(optional(14)),
                               chaired: items(optional(15)), hosted: items(optional(16)), names: names(optional(18)), sources: sources)
        case .document:
            guard let documentKind = DocumentKind(rawValue: optional(6) ?? "") else { return nil }
            return Document(id: text(0), title: text(2), shortTitle: optional(3), documentKind: documentKind,
                            date: date, place: optional(5), parties: items(optional(13)), adoptedAt: optional(12),
                            summary: text(7), aliases: items(optional(8)), sources: sources)
        }
    }

    /// A list as one text, or NULL when empty (most lists are, and NULL costs no space).
    static func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.map { "\($0.utf8.count):\($0)" }.joined()
    }

    static func items(_ text: String?) -> [String] {
        guard let text else { return [] }
        var result: [String] = []
        var utf8 = Substring(text).utf8[...]
        while let colon = utf8.firstIndex(of: UInt8(ascii: ":")), let length = Int(Substring(utf8[utf8.startIndex..<colon])) {
            let start = utf8.index(after: colon)
            guard let end = utf8.index(start, offsetBy: length, limitedBy: utf8.endIndex) else { break }
            result.append(String(Substring(utf8[start..<end])))
            utf8 = utf8[end...]
        }
        return result
    }
}
