import Foundation
import SCOText

/// The records a list shows, for writing them out: a whole kind's list, rows found by a
/// search, or marked records (in their order).
public enum ExportedRecords: Hashable, Sendable {
    case kind(RecordKind)
    case rows([Int64])
    /// Records by ID, in the order given (the marks).
    case ids([String])
}

/// Why a view could not be written; the file named is never left half-written.
public struct ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Writes a list's records to a new file, whole or not at all: the rows go to a temporary file
/// beside it, which is then linked under the name (which fails if anything has that name by
/// then) and removed. An existing file, directory, device, FIFO or link is never written to.
public enum ViewExport {
    public static func write(_ records: ExportedRecords, format: TableFormat, to path: String, from catalog: any Catalog,
                             cancellation: Cancellation = Cancellation()) throws(ExportError) -> Int {
        var written = 0
        try writeNew(path, cancellation: cancellation) { descriptor throws(ExportError) in
            let table = RecordTable(format: format)
            try put(table.header, descriptor, path)
            let total: Int
            switch records {
            case .kind(let kind): total = catalog.count(of: kind)
            case .rows(let rows): total = rows.count
            case .ids(let ids): total = ids.count
            }
            for start in stride(from: 0, to: total, by: 10_000) {
                guard !cancellation.isCancelled else { throw ExportError(path: path, reason: "stopped") }
                let range = start..<min(total, start + 10_000)
                let entries: [Entry]
                switch records {
                case .kind(let kind): entries = catalog.entries(kind, at: range)
                case .rows(let rows): entries = catalog.entries(rows: Array(rows[range]))
                case .ids(let ids): entries = catalog.entries(ids: Array(ids[range]))
                }
                var chunk = ""
                for entry in entries {
                    chunk += table.row(RecordTable.fields(entry), index: written)
                    written += 1
                }
                try put(chunk, descriptor, path)
            }
            try put(table.footer(rows: written), descriptor, path)
        }
        return written
    }

    /// Writes text to a new file by the same rules as a list: whole or not at all, and never
    /// over anything that has the name.
    public static func write(_ text: String, to path: String, cancellation: Cancellation = Cancellation()) throws(ExportError) {
        try writeNew(path, cancellation: cancellation) { descriptor throws(ExportError) in try put(text, descriptor, path) }
    }

    /// Makes `path` a new file holding what `fill` writes: the bytes go to a temporary file
    /// beside it, synced, then linked under the name (which fails if anything has the name by
    /// then), and the temporary name is removed whatever happens.
    static func writeNew(_ path: String, cancellation: Cancellation, _ fill: (Int32) throws(ExportError) -> Void) throws(ExportError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            throw ExportError(path: path, reason: "exists; choose a new name (nothing is written over)")
        }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".sco-export-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ExportError(path: path, reason: String(cString: strerror(errno))) }
        defer { unlink(temporary) }
        defer { close(descriptor) }
        try fill(descriptor)
        guard !cancellation.isCancelled else { throw ExportError(path: path, reason: "stopped") }
        guard fsync(descriptor) == 0 else { throw ExportError(path: path, reason: String(cString: strerror(errno))) }
        guard link(temporary, path) == 0 else {
            throw ExportError(path: path, reason: errno == EEXIST ? "exists; choose a new name (nothing is written over)" : String(cString: strerror(errno)))
        }
    }

    private static func put(_ text: String, _ descriptor: Int32, _ path: String) throws(ExportError) {
        if let failure = Descriptor.writeAll(text, to: descriptor) { throw ExportError(path: path, reason: String(cString: strerror(failure))) }
    }
}
