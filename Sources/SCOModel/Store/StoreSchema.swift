import GRDB

/// The tables of a chronicle database. `span` repeats each record's kind and dates (as sort
/// keys) in rows of a few bytes, so search filters read pages that stay cached rather than the
/// wide records. Lists are stored by position, so any screen of any
/// list is one range read on a primary key; only the links a record's file entry cannot give
/// (who points at it) are stored, with their counts.
///
/// Search has two indexes that keep which records hold a word and nothing more (no positions,
/// counts or lengths: those took 60 % of the database): `record_fts` over all of a record's
/// text, and `name_fts` over its names (title, short title, aliases, people) and its place,
/// which also keeps which of the two holds the word, for title matches first and `in:`.
enum StoreSchema {
    static let format = "sco chronicle"
    static let version = 8
    /// Every table a chronicle database must have.
    static let tables = ["meta", "record", "span", "span_part", "listing", "timeline_year", "timeline_month", "mention", "mention_count", "status", "record_fts", "name_fts"]

    /// The meta key of the sources the chronicle declares, as JSON in the file's own form.
    static let sourcesKey = "sources"
    /// The places with names in other languages, as the chronicle file gives them (JSON).
    static let placesKey = "places"

    /// The meta key of a kind's widest list label. Databases made before it was kept lack it,
    /// and their lists take a fixed share of the width.
    static func labelWidthKey(_ kind: RecordKind) -> String { "label_width.\(kind.rawValue)" }

    /// The meta key of a kind's widest date, as its list shows it.
    static func dateWidthKey(_ kind: RecordKind) -> String { "date_width.\(kind.rawValue)" }

    /// The meta key of a kind's widest whole date and ID (`25,32`), for `sco list`.
    static func tableWidthsKey(_ kind: RecordKind) -> String { "table_widths.\(kind.rawValue)" }

    /// The meta key of the longest span of a dated record, in sort-key units: a date filter
    /// reads the records starting from that far before its first day, through an index.
    static let maxSpanKey = "max_span"
    /// The meta key of how many records have dates that one run of days does not describe
    /// (sets, and intervals with an open or unknown end): `span_part` lists their runs, which
    /// a date filter reads apart, as the index on start days cannot bound them.
    static let spanPartsKey = "span_parts"
    /// The meta key of the average number of words in a record's text (`SearchQuery.wordCount`).
    static let averageWordsKey = "average_words"

    static func create(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(ImportDestination.applicationID)")
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE record(
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                kind INTEGER NOT NULL,
                title TEXT NOT NULL,
                short_title TEXT,
                date TEXT,
                place TEXT,
                document_kind TEXT,
                summary TEXT NOT NULL,
                aliases TEXT,
                people TEXT,
                institutions TEXT,
                documents TEXT,
                parent TEXT,
                parties TEXT,
                statuses TEXT,
                chaired TEXT,
                hosted TEXT,
                sources TEXT,
                names TEXT);
            CREATE TABLE span(
                rowid INTEGER PRIMARY KEY,
                kind INTEGER NOT NULL,
                start_key INTEGER,
                end_key INTEGER);
            CREATE TABLE span_part(
                record INTEGER NOT NULL,
                first_key INTEGER NOT NULL,
                last_key INTEGER NOT NULL);
            CREATE TABLE listing(
                kind INTEGER NOT NULL,
                position INTEGER NOT NULL,
                record INTEGER NOT NULL,
                depth INTEGER NOT NULL,
                PRIMARY KEY(kind, position)) WITHOUT ROWID;
            CREATE TABLE timeline_year(year INTEGER PRIMARY KEY, count INTEGER NOT NULL);
            CREATE TABLE timeline_month(month INTEGER PRIMARY KEY, count INTEGER NOT NULL);
            CREATE TABLE status(
                record INTEGER NOT NULL,
                status INTEGER NOT NULL,
                first_key INTEGER NOT NULL,
                last_key INTEGER NOT NULL);
            """)
        try createSearchTables(db)
        try createLinkTables(db)
    }

    /// Who links to whom, in the list order of the linking records.
    static func createLinkTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE mention(
                target INTEGER NOT NULL,
                relation INTEGER NOT NULL,
                position INTEGER NOT NULL,
                source INTEGER NOT NULL,
                PRIMARY KEY(target, relation, position, source)) WITHOUT ROWID;
            CREATE TABLE mention_count(
                target INTEGER NOT NULL,
                relation INTEGER NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY(target, relation)) WITHOUT ROWID;
            """)
    }

    /// The search indexes alone: an import builds them in a file of their own (`IndexWriter`).
    static func createSearchTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE record_fts USING fts5(
                text, content = '', detail = none, columnsize = 0,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            CREATE VIRTUAL TABLE name_fts USING fts5(
                heading, place, content = '', detail = column, columnsize = 0,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            """)
    }

    /// Indexes built once all rows are in: sorting once is much cheaper than keeping an index
    /// in order through a million inserts.
    static func createIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE UNIQUE INDEX record_id ON record(id);
            CREATE INDEX listing_record ON listing(record);
            CREATE INDEX span_start ON span(start_key);
            """)
    }
}

extension RecordKind {
    /// The number stored for the kind: also the order of the kinds' lists.
    var code: Int {
        switch self {
        case .event: return 0
        case .institution: return 1
        case .document: return 2
        }
    }

    init?(code: Int) {
        guard RecordKind.allCases.indices.contains(code) else { return nil }
        self = RecordKind.allCases[code]
    }
}

extension StateStatus {
    /// The number stored for the status in the `status` table.
    var code: Int { StateStatus.allCases.firstIndex(of: self)! }
}

extension Relation {
    /// `allCases` is made anew at each use; codes are looked up often enough to keep it once.
    private static let all = Relation.allCases

    var code: Int { Relation.all.firstIndex(of: self)! }

    init?(code: Int) {
        guard Relation.all.indices.contains(code) else { return nil }
        self = Relation.all[code]
    }
}
