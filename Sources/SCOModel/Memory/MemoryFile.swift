import Foundation
import SCOText

/// Where a chronicle's memory lives, `$XDG_STATE_HOME/sco/NAME.json`, and how it is read and
/// written: read once at start, written whole to a temporary file and renamed over the old
/// one, so a crash or a full disk leaves the last good copy. A file that cannot be read as
/// memory is set aside beside it, with a warning, and the reader starts afresh.
public struct MemoryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The file for a chronicle: `builtin.json` for the built-in one, otherwise the file's name
    /// and a hash of its full path, so two `events.json` in different folders stay apart.
    /// Nil when there is no home to keep it in.
    public static func forChronicle(at chroniclePath: String?, environment: [String: String]) -> MemoryFile? {
        let directory: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directory = state + "/sco"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            directory = home + "/.local/state/sco"
        } else {
            return nil
        }
        guard let chroniclePath else { return MemoryFile(path: directory + "/builtin.json") }
        let full = URL(fileURLWithPath: chroniclePath).resolvingSymlinksInPath().path
        let base = (full as NSString).lastPathComponent.unicodeScalars
            .map { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "." || $0 == "-" || $0 == "_") ? Character($0) : "_" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in full.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return MemoryFile(path: directory + "/" + String(String(base).prefix(64)) + "-" + String(hash, radix: 16) + ".json")
    }

    /// The memory kept, and a warning for the reader when the file had to be set aside.
    public func load() -> (memory: Memory, warning: String?) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (Memory(), nil) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return (Memory(), "\(path) is not a regular file; marks and searches are not kept this time")
        }
        let limit = 64 << 20
        do {
            guard Int(info.st_size) <= limit else { throw MemoryError.damaged("larger than \(limit >> 20) MiB") }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return (try MemoryFile.decode(data), nil)
        } catch {
            let aside = path + ".damaged"
            let reason = (error as? MemoryError).map { "\($0)" } ?? "unreadable"
            guard rename(path, aside) == 0 else {
                return (Memory(), "\(path) is damaged (\(reason)) and could not be set aside: \(String(cString: strerror(errno)))")
            }
            return (Memory(), "\(path) was damaged (\(reason)); set aside as \(aside), starting afresh")
        }
    }

    /// Writes the memory whole, or leaves the old file as it was; the reason when it could not.
    public func save(_ memory: Memory) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return "cannot make \(directory)"
        }
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return "cannot write \(temporary): \(String(cString: strerror(errno)))" }
        let failure = Descriptor.writeAll(MemoryFile.encode(memory), to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno)
        close(descriptor)
        if let failure {
            unlink(temporary)
            return "cannot write \(path): \(String(cString: strerror(failure)))"
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot write \(path): \(reason)"
        }
        return nil
    }

    static func encode(_ memory: Memory) -> String {
        var object: [String: Any] = ["version": 1, "marks": memory.marks, "searches": memory.searches]
        if let place = memory.place { object["place"] = ["pane": place.pane, "record": place.record] }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads memory, keeping only what could have been written: IDs and searches without
    /// control characters, searches no longer than are kept.
    static func decode(_ data: Data) throws -> Memory {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw MemoryError.damaged("not a JSON object") }
        guard object["version"] as? Int == 1 else { throw MemoryError.damaged("not version 1") }
        guard let marks = object["marks"] as? [String], let searches = object["searches"] as? [String] else {
            throw MemoryError.damaged("marks or searches missing")
        }
        let clean = { (text: String) in !text.isEmpty && Sanitizer.sanitized(text) == text }
        var memory = Memory(marks: marks.filter(clean),
                            searches: Array(searches.filter { clean($0) && $0.count <= Memory.searchLength }.prefix(Memory.searchLimit)))
        if let place = object["place"] as? [String: String], let pane = place["pane"], let record = place["record"], clean(record) {
            memory.place = Memory.Place(pane: pane, record: record)
        }
        return memory
    }
}

enum MemoryError: Error, CustomStringConvertible {
    case damaged(String)
    var description: String {
        switch self {
        case .damaged(let reason): return reason
        }
    }
}
