import SCOText
import Foundation

/// Why a path cannot be read as a chronicle file.
public struct InputFileError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}

/// The checks every chronicle file passes before it is read: it exists, it is a regular file
/// (a directory, a device such as /dev/zero or a FIFO would hang or never end), and it is no
/// larger than the reader can hold.
public enum InputFile {
    /// The largest file read whole into memory (`--data`, `validate`); `import` streams a
    /// file of any size.
    public static let sizeLimit = 1 << 30

    /// Checks the path (following symlinks, as reading does) and returns the file's size.
    @discardableResult
    public static func check(_ path: String, limit: Int? = sizeLimit) throws(InputFileError) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputFileError(file: path, reason: errno == ENOENT ? "file does not exist" : "file cannot be read (\(String(cString: strerror(errno))))")
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what = type == S_IFDIR ? "a directory" : type == S_IFIFO ? "a FIFO" : type == S_IFCHR || type == S_IFBLK ? "a device" : "not a regular file"
            throw InputFileError(file: path, reason: "is \(what); give a chronicle file")
        }
        let size = Int(info.st_size)
        if let limit, size > limit {
            throw InputFileError(file: path, reason: "is \(size.grouped) bytes, more than the \(limit >> 20) MiB read into memory; use `sco import` for larger files")
        }
        return size
    }
}
