/// How a whole record is kept in the database: its file form without the summary (which has
/// a column of its own for search), read back with the file's own reader.
enum StoreRecord {
    static func body(of record: any Record) -> String {
        guard case .object(let members) = ChronicleWriter.value(record) else { return "{}" }
        return JSONWriter.compact(.object(members.filter { $0.key != "summary" }))
    }

    static func decode(kind: RecordKind, body: String, summary: String) -> (any Record)? {
        guard case .object(let members)? = try? JSONParser.parse(Array(body.utf8)) else { return nil }
        let problems = ProblemList()
        return ChronicleReader.record(kind, from: .object(members + [("summary", .string(summary))]), path: "", problems: problems)
    }
}
