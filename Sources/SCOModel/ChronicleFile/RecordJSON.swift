/// The shape of one record in `sco list|show|search --format json`: flat, with every link as
/// IDs grouped by relation, so scripts never need to know the file format.
public enum RecordJSON {
    /// `links`, when given, are the record's as `store.links(of:)` reads them, read beforehand
    /// for a page of records at once.
    public static func value(_ record: any Record, in store: Store, links given: [Link]? = nil, extra: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(record.id)),
            ("kind", .string(record.kind.rawValue)),
            ("title", .string(record.title)),
            ("shortTitle", record.shortTitle.map(JSONValue.string) ?? .null),
            ("date", record.date.map { .string($0.description) } ?? .null),
            ("place", record.place.map(JSONValue.string) ?? .null),
            ("summary", .string(record.summary)),
            ("aliases", .array(record.aliases.map(JSONValue.string))),
        ]
        if let document = record as? Document {
            members.append(("documentKind", .string(document.documentKind.rawValue)))
            members.append(("parties", .array(document.parties.map(JSONValue.string))))
        }
        if let state = record as? Institution, state.isState {
            members.append(("statuses", .array(state.statuses.map { period in
                .object([("status", .string(period.status.rawValue)), ("from", .string(period.from.description)),
                         ("to", period.to.map { .string($0.description) } ?? .null),
                         ("decided", period.decided.map { .string($0.description) } ?? .null),
                         ("memorandum", period.memorandum.map { .string($0.description) } ?? .null),
                         ("sources", .array(period.sources.map { .string($0.text(paragraphsOf: store.declaredSources.paragraphLabel)) }))])
            })))
        }
        if let event = record as? Event {
            members.append(("people", .array(event.people.map(JSONValue.string))))
        }
        if let institution = record as? Institution, !institution.names.isEmpty {
            members.append(("names", .array(institution.names.map { name in
                .object([("language", .string(name.language)), ("name", .string(name.text)), ("uncertain", .bool(name.uncertain)),
                         ("sources", .array(name.sources.map { .string($0.text(paragraphsOf: store.declaredSources.paragraphLabel)) }))])
            })))
        }
        members.append(("sources", .array(record.sources.map { .string($0.text(paragraphsOf: store.declaredSources.paragraphLabel)) })))
        let links = given ?? store.links(of: record.id)
        members.append(("links", .object(Relation.allCases.compactMap { relation in
            let ids = links.filter { $0.relation == relation }.map { JSONValue.string($0.target) }
            return ids.isEmpty ? nil : (relation.rawValue, .array(ids))
        })))
        for (key, value) in extra { members.append((key, value)) }
        return .object(members)
    }
}
