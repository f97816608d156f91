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

    /// What `load` found: the memory, a warning for the reader, and whether the file may be
    /// written (not when something other than a file is in its place, or it cannot be read).
    public struct Loaded: Sendable {
        public let memory: Memory
        public let warning: String?
        public let writable: Bool
    }

    /// The largest memory file read: ten thousand marks and a hundred searches take well under it.
    static let sizeLimit = 4 << 20

    /// The memory kept. A file that is not memory is set aside (`settingAside`) under a name of
    /// its own, so an earlier damaged copy is never written over.
    public func load(settingAside: Bool = true) -> Loaded {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? Loaded(memory: Memory(), warning: nil, writable: true)
                : Loaded(memory: Memory(), warning: "\(path): \(String(cString: strerror(errno))); marks and searches are not kept this time", writable: false)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return Loaded(memory: Memory(), warning: "\(path) is not a regular file; marks and searches are not kept this time", writable: false)
        }
        guard access(path, R_OK) == 0 else {
            return Loaded(memory: Memory(), warning: "\(path): \(String(cString: strerror(errno))); marks and searches are not kept this time", writable: false)
        }
        do {
            guard Int(info.st_size) <= MemoryFile.sizeLimit else { throw MemoryError.damaged("larger than \(MemoryFile.sizeLimit >> 20) MiB") }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return Loaded(memory: try MemoryFile.decode([UInt8](data)), warning: nil, writable: true)
        } catch {
            let reason = (error as? MemoryError).map { "\($0)" } ?? "unreadable"
            guard settingAside else { return Loaded(memory: Memory(), warning: "\(path) is damaged (\(reason))", writable: false) }
            var aside = path + ".damaged"
            var n = 1
            while access(aside, F_OK) == 0 {
                n += 1
                aside = path + ".damaged-\(n)"
            }
            guard rename(path, aside) == 0 else {
                return Loaded(memory: Memory(), warning: "\(path) is damaged (\(reason)) and could not be set aside: \(String(cString: strerror(errno)))", writable: false)
            }
            return Loaded(memory: Memory(), warning: "\(path) was damaged (\(reason)); set aside as \(aside)", writable: true)
        }
    }

    /// Writes this session's changes since `base` (what it last read or wrote) over what the
    /// file holds now, so two sessions on one chronicle keep each other's marks; the file is
    /// replaced whole, or left as it was. Returns what was written, or why nothing was.
    public func save(_ memory: Memory, since base: Memory) -> Result<Memory, MemoryWriteError> {
        // Only a file (or a link to one, which the rename replaces) is written over: never a
        // FIFO, a device or a directory someone put in its place.
        var info = stat(), target = stat()
        if lstat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            guard type == S_IFREG || type == S_IFLNK && stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFREG else {
                return .failure(MemoryWriteError(reason: "\(path) is not a regular file; it is left as it is"))
            }
        }
        let current = load(settingAside: false)
        let merged = current.writable ? Memory.merged(base: base, ours: memory, theirs: current.memory) : memory
        if let reason = write(merged) { return .failure(MemoryWriteError(reason: reason)) }
        return .success(merged)
    }

    /// Writes the memory whole, or leaves the old file as it was; the reason when it could not.
    func write(_ memory: Memory) -> String? {
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

    /// Written and read with the chronicle's own JSON reader and writer: Foundation's, whose
    /// first use searches every protocol conformance in the binary, made a browser's start
    /// and quit 2 ms slower.
    static func encode(_ memory: Memory) -> String {
        var members: [(key: String, value: JSONValue)] = [("marks", .array(memory.marks.map(JSONValue.string)))]
        if let place = memory.place {
            members.append(("place", .object([("pane", .string(place.pane)), ("record", .string(place.record))])))
        }
        members += [("searches", .array(memory.searches.map(JSONValue.string))), ("version", .number(1))]
        return JSONWriter.compact(.object(members)) + "\n"
    }

    /// Reads memory, keeping only what could have been written: IDs and searches without
    /// control characters, searches no longer than are kept.
    static func decode(_ bytes: [UInt8]) throws -> Memory {
        guard case .object(let object)? = try? JSONParser.parse(bytes) else { throw MemoryError.damaged("not a JSON object") }
        func member(_ key: String) -> JSONValue? { object.first { $0.key == key }?.value }
        guard member("version") == .number(1) else { throw MemoryError.damaged("not version 1") }
        // A list that is missing is empty; one that is not a list of strings is damage.
        func texts(_ key: String) -> [String]? {
            guard let value = member(key) else { return [] }
            guard case .array(let items) = value else { return nil }
            var texts: [String] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                texts.append(text)
            }
            return texts
        }
        guard let marks = texts("marks"), let searches = texts("searches") else {
            throw MemoryError.damaged("marks or searches are not lists of text")
        }
        let clean = { (text: String) in !text.isEmpty && Sanitizer.sanitized(text) == text }
        var memory = Memory(marks: Array(marks.filter(clean).prefix(Memory.markLimit)),
                            searches: Array(searches.filter { clean($0) && $0.count <= Memory.searchLength }.prefix(Memory.searchLimit)))
        if case .object(let place)? = member("place"),
           case .string(let pane)? = place.first(where: { $0.key == "pane" })?.value,
           case .string(let record)? = place.first(where: { $0.key == "record" })?.value, clean(record) {
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

public struct MemoryWriteError: Error, Sendable {
    public let reason: String
}
