import Foundation
import GRDB

/// What `sco import` may write to. It creates a new file, or replaces a file that is already
/// a chronicle database; it never replaces its own input, a directory, a device, a FIFO or
/// any other file. A symbolic link is refused too, rather than replaced by a regular file
/// (which would silently cut the link) or followed to a file the user did not name.
public enum ImportDestination {
    /// `PRAGMA application_id` of a chronicle database: "SCO1".
    static let applicationID: Int32 = 0x5343_4F31

    /// Why the destination cannot be written, or nil when it can.
    public static func problem(source: String, destination: String) -> String? {
        var target = stat()
        guard lstat(destination, &target) == 0 else {
            return errno == ENOENT ? nil : "cannot be checked (\(String(cString: strerror(errno))))"
        }
        var input = stat()
        if stat(source, &input) == 0, input.st_dev == target.st_dev, input.st_ino == target.st_ino {
            return "is the file being imported; give another name for the database"
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return "is a symbolic link; give the path of the database itself"
        case S_IFDIR: return "is a directory; give a file name for the database"
        case S_IFIFO: return "is a FIFO; give a file name for the database"
        case S_IFCHR, S_IFBLK: return "is a device; give a file name for the database"
        default: return "is not a regular file; give a file name for the database"
        }
        return isChronicleDatabase(destination) ? nil
            : "exists and is not a chronicle database; `sco import` replaces only databases it made"
    }

    /// Whether a file is a chronicle database: SQLite's header, then sco's application ID, or
    /// (for databases made before the ID was set) sco's format in the `meta` table.
    static func isChronicleDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
              header.prefix(16) == Data("SQLite format 3\u{0}".utf8) else { return false }
        let id = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        if id == applicationID { return true }
        var configuration = Configuration()
        configuration.readonly = true
        return (try? DatabaseQueue(path: path, configuration: configuration).read { db in
            try db.tableExists("meta") && String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") == StoreSchema.format
        }) ?? false
    }

    /// Removes what killed imports left beside the destination: temporary databases (and their
    /// indexes) whose process is gone. One whose process still runs belongs to another import
    /// and is kept.
    public static func removeLeftovers(of destination: String) {
        let url = URL(fileURLWithPath: destination)
        let prefix = url.lastPathComponent + ".importing-"
        let folder = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0.isASCII && $0.isNumber }), pid > 0,
                  rest == "\(pid)" || rest == "\(pid).index" else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
}
