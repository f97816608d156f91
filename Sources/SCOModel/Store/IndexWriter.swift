import GRDB

/// Fills a database's search indexes (`record_fts`, `name_fts`), numbering records as the
/// store does, one after another from 1. An import runs it on a thread and a database file of
/// its own, beside the records, and copies the finished indexes over: FTS5 is half of an
/// import's work, and SQLite writes a file from one thread at a time.
final class IndexWriter {
    private let text: Statement
    private let names: Statement
    private var rowID = 0
    /// How many words all the records' text has, for the average kept in `meta`.
    private(set) var words = 0

    /// The tables of the indexes, for copying. With no content and no sizes kept, FTS5 keeps
    /// an index in these alone.
    static let shadowTables = ["record_fts_data", "record_fts_idx", "record_fts_config",
                               "name_fts_data", "name_fts_idx", "name_fts_config"]

    /// `db` already has the tables (`StoreSchema.create`).
    init(_ db: Database) throws {
        // FTS5 keeps this much of an index in memory before writing a segment, and merges
        // segments only at the end: both cut the cost of indexing a million records.
        try db.execute(sql: """
            INSERT INTO record_fts(record_fts, rank) VALUES ('hashsize', 33554432);
            INSERT INTO record_fts(record_fts, rank) VALUES ('automerge', 0);
            INSERT INTO name_fts(name_fts, rank) VALUES ('hashsize', 16777216);
            INSERT INTO name_fts(name_fts, rank) VALUES ('automerge', 0);
            """)
        text = try db.makeStatement(sql: "INSERT INTO record_fts(rowid, text) VALUES (?, ?)")
        names = try db.makeStatement(sql: "INSERT INTO name_fts(rowid, heading, place) VALUES (?, ?, ?)")
    }

    func add(_ record: IndexedText) throws {
        rowID += 1
        try text.insert([record.text], rowID: rowID)
        try names.insert(record.names, rowID: rowID)
        words += record.words
    }

    /// Called once every record is in. The segments are not merged into one ('optimize'): at a
    /// million records that took seconds and made no search measurably faster.
    func finish(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO record_fts(record_fts, rank) VALUES ('automerge', 4);
            INSERT INTO name_fts(name_fts, rank) VALUES ('automerge', 4);
            """)
    }
}
