import GRDB
import GRDBSQLite
import SCOText

/// One value bound to an insert.
enum StoreValue: Sendable {
    case text(String?)
    case integer(Int)
}

/// A record turned into the values its inserts bind, made on the thread that writes them.
struct StoreRow {
    let record: any Record
    let values: [StoreValue]
    /// Columns the record's list label takes, for the width of the list pane.
    let labelWidth: Int
    /// Columns its date takes as its list shows it: under its year in the timeline, whole
    /// among documents.
    let dateWidth: Int
    /// Columns its whole date and its ID take, as `sco list` prints them.
    let tableWidths: TableWidths

    init(_ record: any Record) {
        self.record = record
        values = StoreRecord.values(of: record)
        labelWidth = DisplayWidth.of(record.label)
        dateWidth = record.date.map { DisplayWidth.of(record.kind == .event ? $0.displayUnderItsYear : $0.display) } ?? 0
        tableWidths = TableWidths(date: record.date.map { DisplayWidth.of($0.display) } ?? 0, id: DisplayWidth.of(Sanitizer.sanitized(record.id)))
    }
}

/// A record's text as the search indexes take it. An import makes it on the parsing thread,
/// which has time to spare, for the indexing thread, which has none.
struct IndexedText: Sendable {
    /// All of the record's text, as `record_fts` indexes it.
    let text: StoreValue
    /// Its names (title, short title, aliases, people) and its place, as `name_fts` indexes them.
    let names: [StoreValue]
    /// How many words its text has (`SearchQuery.wordCount`).
    let words: Int

    init(_ record: any Record) {
        let heading = ([record.title, record.shortTitle].compactMap { $0 } + record.aliases + ((record as? Event)?.people ?? []))
            .joined(separator: " · ")
        let all = [heading, record.summary, record.place ?? ""].joined(separator: "\n")
        text = .text(SearchQuery.indexed(all))
        names = [.text(SearchQuery.indexed(heading)), .text(SearchQuery.indexed(record.place ?? ""))]
        words = SearchQuery.wordCount(all)
    }
}

extension Statement {

    /// Binds and runs through SQLite's own calls: GRDB's argument arrays cost more than the
    /// insert itself when a million records go in. `rowID`, when given, is bound first.
    func insert(_ values: [StoreValue], rowID: Int? = nil) throws {
        let statement = sqliteStatement
        sqlite3_reset(statement)
        let first: Int32 = rowID == nil ? 1 : 2
        if let rowID { sqlite3_bind_int64(statement, 1, Int64(rowID)) }
        for (i, value) in values.enumerated() {
            let index = Int32(i) + first
            switch value {
            case .integer(let n): sqlite3_bind_int64(statement, index, Int64(n))
            case .text(nil): sqlite3_bind_null(statement, index)
            case .text(var text?):
                text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        if let base = chars.baseAddress, !chars.isEmpty {
                            _ = sqlite3_bind_text(statement, index, base, Int32(chars.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                        } else {
                            _ = sqlite3_bind_text(statement, index, "", 0, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                        }
                    }
                }
            }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
        }
    }
}
