import Foundation
import GRDB

/// How far an import has come, for a progress bar.
public struct ImportProgress: Sendable {
    public let records: Int
    public let bytesRead: Int
    public let totalBytes: Int
}

/// Why an import failed. Nothing is left at the destination in any case.
public enum ImportError: Error, Sendable {
    case unreadable(file: String, reason: String)
    case invalid(ChronicleLoadError)
    case cannotWrite(file: String, reason: String)
}

/// Builds a chronicle database from a chronicle file, record by record: the file is mapped,
/// not read into memory, and each record is checked, stored and dropped before the next is
/// parsed. The database is written to a temporary file beside the destination and renamed
/// into place only when complete, so a failed import never leaves half a database.
public enum ChronicleImport {
    /// Problems beyond this many are counted, not listed: a systematic mistake in a million
    /// records should not print a million lines.
    static let problemLimit = 1_000

    /// Where the database is built before it is renamed into place; the command line removes
    /// it if the import is interrupted.
    public static func temporaryPath(for destination: String) -> String {
        destination + ".importing-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Where the search indexes and the links are built meanwhile, beside the temporary database.
    public static func indexPath(for destination: String) -> String {
        temporaryPath(for: destination) + ".index"
    }

    /// `format` nil: told from the file. A TimelineJS file or a CSV is read whole and turned
    /// into sco's format first (they hold what a person edits, not millions of records).
    public static func run(_ source: String, to destination: String, format: ChronicleFormat? = nil,
                           progress: (ImportProgress) -> Void = { _ in }) throws(ImportError) -> [RecordKind: Int] {
        do {
            try InputFile.check(source, limit: nil)
        } catch {
            throw .unreadable(file: source, reason: error.reason)
        }
        if let problem = ImportDestination.problem(source: source, destination: destination) {
            throw .cannotWrite(file: destination, reason: problem)
        }
        ImportDestination.removeLeftovers(of: destination)
        guard let mapped = MappedFile(source) else {
            throw .unreadable(file: source, reason: "file cannot be read (\(String(cString: strerror(errno))))")
        }
        let chosen = format ?? ChronicleFormat.detect(Array(mapped.bytes.prefix(1 << 16)), name: source)
        var converted: [UInt8]?
        if chosen != .sco {
            guard mapped.bytes.count <= InputFile.sizeLimit else {
                throw .unreadable(file: source, reason: "is more than \(InputFile.sizeLimit >> 30) GiB, the most a \(chosen.rawValue) file is read")
            }
            do {
                converted = try chosen.scoBytes(Array(mapped.bytes), file: source)
            } catch {
                throw .invalid(error)
            }
        }
        let temporary = temporaryPath(for: destination), index = indexPath(for: destination)
        for path in [temporary, index] { try? FileManager.default.removeItem(atPath: path) }
        var succeeded = false
        defer {
            try? FileManager.default.removeItem(atPath: index)
            if !succeeded { try? FileManager.default.removeItem(atPath: temporary) }
        }

        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: temporary, configuration: building(cache: 16_384))
        } catch {
            throw .cannotWrite(file: destination, reason: "\(error)")
        }
        func filled(_ bytes: UnsafeBufferPointer<UInt8>, release: @escaping @Sendable (Int) -> Void) -> Result<[RecordKind: Int], ImportError> {
            do {
                return .success(try queue.writeWithoutTransaction { db in
                    try db.inTransaction {
                        try fill(db, from: bytes, release: release, file: source, index: index, progress: progress)
                        return .commit
                    }
                    try copySideTables(from: index, into: db)
                    return try recordCounts(db)
                })
            } catch let error as ImportError {
                return .failure(error)
            } catch {
                return .failure(.cannotWrite(file: destination, reason: "\(error)"))
            }
        }
        let outcome = converted.map { bytes in bytes.withUnsafeBufferPointer { filled($0, release: { _ in }) } }
            ?? filled(mapped.bytes, release: mapped.release)
        let counts = try outcome.get()
        do {
            try queue.close()
            // rename(2) replaces an existing database in one step: a reader sees the old file or the new.
            guard rename(temporary, destination) == 0 else {
                throw ImportError.cannotWrite(file: destination, reason: String(cString: strerror(errno)))
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw .cannotWrite(file: destination, reason: "\(error)")
        }
        succeeded = true
        return counts
    }

    /// A database written by one import and read by no one until it is complete: no journal,
    /// no syncs, no locks taken and given back; `cache` KiB of pages.
    private static func building(cache: Int) -> Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -\(cache); PRAGMA locking_mode = EXCLUSIVE")
        }
        return configuration
    }

    /// Three threads: one parses, one stores the records, and one builds the search indexes in
    /// a file of their own at `indexPath`, copied in at the end. Each takes about a third of
    /// the work, so two cores are kept busy. Once every record is in, the storing thread writes
    /// the lists and the indexing thread resolves the links into its file, side by side.
    private static func fill(_ db: Database, from bytes: UnsafeBufferPointer<UInt8>, release: @escaping @Sendable (Int) -> Void,
                             file: String, index indexPath: String, progress: (ImportProgress) -> Void) throws {
        let writer = try StoreWriter(db, indexing: false)
        let channel = RecordChannel(capacity: 8), indexChannel = RecordChannel(capacity: 8)
        let parsed = ParseOutcome(), indexed = IndexOutcome()
        let input = SendableBytes(bytes: bytes)
        let finished = DispatchSemaphore(value: 0), indexFinished = DispatchSemaphore(value: 0)
        let linkJob = Handoff<LinkResolution>()
        let parser = Thread {
            parse(input.bytes, release: release, into: [channel, indexChannel], outcome: parsed)
            channel.close()
            indexChannel.close()
            finished.signal()
        }
        parser.stackSize = 16 << 20
        let indexer = Thread {
            do {
                let queue = try DatabaseQueue(path: indexPath, configuration: building(cache: 8_192))
                try queue.writeWithoutTransaction { db in
                    try StoreSchema.createSearchTables(db)
                    try db.inTransaction {
                        let index = try IndexWriter(db)
                        while let batch = indexChannel.receive() {
                            for item in batch { try index.add(item.text) }
                        }
                        try index.finish(db)
                        indexed.words = index.words
                        return .commit
                    }
                    guard let job = linkJob.take() else { return }
                    try db.inTransaction {
                        try StoreSchema.createLinkTables(db)
                        indexed.linkProblems = try job.store(into: db)
                        return .commit
                    }
                }
                try queue.close()
            } catch {
                indexed.failure = error
                indexChannel.cancel()
            }
            indexFinished.signal()
        }
        parser.start()
        indexer.start()
        var failure: Error?
        var next = 0
        while let batch = channel.receive() {
            do {
                for item in batch { try writer.add(StoreRow(item.record), origin: item.origin) }
            } catch {
                failure = error
                channel.cancel()
                break
            }
            if writer.count >= next, let last = batch.last {
                next = writer.count + 10_000
                progress(ImportProgress(records: writer.count, bytesRead: last.offset, totalBytes: bytes.count))
            }
        }
        finished.wait()
        let lists = failure == nil && parsed.problems.isEmpty && writer.problems.isEmpty ? writer.orderLists() : nil
        linkJob.give(lists?.links)
        if let lists {
            do {
                try writer.write(lists, title: parsed.title, sources: parsed.sources, places: parsed.places)
            } catch {
                failure = error
            }
        }
        indexFinished.wait()
        if let failure = failure ?? indexed.failure { throw failure }
        let all = parsed.problems + writer.problems + indexed.linkProblems
        guard all.isEmpty else {
            throw ImportError.invalid(ChronicleLoadError(file: file, problems: Array(all.prefix(problemLimit)),
                                                         total: parsed.problemCount + writer.problems.count + indexed.linkProblems.count))
        }
        try writer.keep(words: indexed.words)
        progress(ImportProgress(records: writer.count, bytesRead: bytes.count, totalBytes: bytes.count))
    }

    /// Reads and checks the records of the file, handing them over in batches.
    /// `release(offset)`: the bytes before `offset` will not be read again (unless to say where a problem is).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, release: (Int) -> Void, into channels: [RecordChannel],
                              outcome: ParseOutcome) {
        let problems = ProblemList(limit: problemLimit)
        var seen: Set<String> = []
        var batch: [RecordChannel.Item] = []
        var open = true
        /// Where each paragraph number is first cited.
        var firstCitations: [Int: String] = [:]
        do {
            try JSONParser.stream(bytes, checked: release, member: { key, value in
                guard key != "" else {
                    problems.add("", "expected an object, found \(value.typeName)")
                    return
                }
                let path = key.count > 60 ? String(key.prefix(60)) + "…" : key
                guard seen.insert(key).inserted else { return problems.add(path, "field appears more than once") }
                switch key {
                case "title":
                    if let text = Read.text(value, key, problems) { outcome.title = text }
                case "$schema":
                    _ = Read.string(value, key, problems)
                case "sources", "places", "events", "institutions", "documents":
                    if value != .null { problems.add(key, "expected an array, found \(value.typeName)") }
                default:
                    let near = Similarity.closest(to: key, in: ChronicleReader.topFields, limit: 1)
                    problems.add(path, "unknown field" + (near.first.map { " (did you mean \"\($0)\"?)" } ?? ""))
                }
            }, element: { key, index, value, offset in
                if key == "sources" {
                    if index == 0, !seen.insert(key).inserted { problems.add(key, "field appears more than once") }
                    if let fields = Fields(value, path: "sources[\(index)]", allowed: ChronicleReader.sourceFields, problems: problems) {
                        outcome.sources.append(ChronicleReader.declaredSource(fields))
                    }
                    return
                }
                if key == "places" {
                    if index == 0, !seen.insert(key).inserted { problems.add(key, "field appears more than once") }
                    if let fields = Fields(value, path: "places[\(index)]", allowed: ChronicleReader.placeFields, problems: problems) {
                        outcome.places.append(ChronicleReader.place(fields))
                    }
                    return
                }
                guard open, let kind = RecordKind(plural: key), key == kind.plural else { return }
                if index == 0, !seen.insert(key).inserted { problems.add(key, "field appears more than once") }
                guard let record = ChronicleReader.record(kind, from: value, path: "\(key)[\(index)]", problems: problems) else { return }
                // Paths are made only for a paragraph not cited before: few records cite one first.
                let sources = record.sources + ((record as? Institution)?.statuses.flatMap(\.sources) ?? [])
                if sources.contains(where: { if case .paragraph(let n) = $0 { firstCitations[n] == nil } else { false } }) {
                    for (path, source) in ChronicleReader.citations(of: record, at: "\(key)[\(index)]") {
                        if case .paragraph(let n) = source, firstCitations[n] == nil { firstCitations[n] = path }
                    }
                }
                release(offset)
                batch.append((record, IndexedText(record), index, offset))
                if batch.count == 256 {
                    open = channels.allSatisfy { $0.send(batch) }
                    batch = []
                }
            })
        } catch {
            problems.add("", "malformed JSON: \(error)")
        }
        if open, !batch.isEmpty { _ = channels.allSatisfy { $0.send(batch) } }
        // The declared sources may come after the records: paragraphs are checked at the end,
        // each number at the first place that cites it.
        let cited = firstCitations.sorted { $0.key < $1.key }.map { (path: $0.value, source: Source.paragraph($0.key)) }
        for (path, message) in ChronicleReader.paragraphProblems(cited, declared: outcome.sources) { problems.add(path, message) }
        outcome.problems = problems.items
        outcome.problemCount = problems.count
    }

    /// Replaces the search indexes and links of `db` (empty, as made by `StoreSchema.create`)
    /// by those of the database file at `path`, whole: with the same tables, SQLite copies their
    /// pages rather than their rows. Outside any transaction.
    private static func copySideTables(from path: String, into db: Database) throws {
        try db.execute(sql: "ATTACH DATABASE ? AS built", arguments: [path])
        defer { try? db.execute(sql: "DETACH DATABASE built") }
        try db.inTransaction {
            for table in IndexWriter.shadowTables + ["mention", "mention_count"] {
                try db.execute(sql: "DELETE FROM main.\(table); INSERT INTO main.\(table) SELECT * FROM built.\(table)")
            }
            return .commit
        }
    }

    private static func recordCounts(_ db: Database) throws -> [RecordKind: Int] {
        var counts: [RecordKind: Int] = [:]
        for kind in RecordKind.allCases {
            counts[kind] = try Int.fetchOne(db, sql: "SELECT count(*) FROM listing WHERE kind = ?", arguments: [kind.code]) ?? 0
        }
        return counts
    }
}

/// What the parsing thread found besides records; read only after it has finished.
private final class ParseOutcome: @unchecked Sendable {
    var title = "Chronicle"
    var sources: [DeclaredSource] = []
    var places: [Place] = []
    var problems: [ValidationProblem] = []
    var problemCount = 0
}

/// What the indexing thread did; read only after it has finished.
private final class IndexOutcome: @unchecked Sendable {
    var words = 0
    var linkProblems: [ValidationProblem] = []
    var failure: Error?
}

/// One value handed from one thread to another, once; nil when there is nothing to hand.
private final class Handoff<Value>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var value: Value?

    func give(_ value: Value?) {
        self.value = value
        ready.signal()
    }

    func take() -> Value? {
        ready.wait()
        return value
    }
}

/// The mapped file, read by the parsing thread while the storing thread waits for records.
private struct SendableBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}

/// Batches of records from the parsing thread to the storing thread. The parser waits while
/// `capacity` batches are waiting, so memory stays bounded however large the file.
final class RecordChannel: @unchecked Sendable {
    typealias Item = (record: any Record, text: IndexedText, origin: Int, offset: Int)

    private let condition = NSCondition()
    private let capacity: Int
    private var batches: [[Item]] = []
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Hands over a batch; false once the receiver has given up.
    func send(_ batch: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, or nil when the sender has closed and nothing is left.
    func receive() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !closed { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        batches = []
        condition.broadcast()
        condition.unlock()
    }
}
