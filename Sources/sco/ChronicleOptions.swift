import ArgumentParser
import BuiltinChronicle
import Foundation
import SCOModel
import SCOText

/// `--data FILE` or `--db FILE`, shared by every subcommand that reads a chronicle.
struct ChronicleOptions: ParsableArguments {
    // Arrays, so that a repeated option is refused rather than the last one silently winning.
    @Option(name: .customLong("data"), help: ArgumentHelp("Read this chronicle JSON file instead of the built-in one (- for standard input).", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var dataFiles: [String] = []

    @Option(name: .customLong("db"), help: ArgumentHelp("Open a chronicle database made by `sco import` (read-only; nothing is loaded up front).",
                                                        valueName: "file"), completion: .file())
    var databases: [String] = []

    var data: String? { dataFiles.first }
    var db: String? { databases.first }

    func validate() throws {
        if dataFiles.count > 1 { throw ValidationError("--data is given \(dataFiles.count) times; give one chronicle file") }
        if databases.count > 1 { throw ValidationError("--db is given \(databases.count) times; give one database") }
        if data != nil, db != nil { throw ValidationError("give --data or --db, not both") }
    }

    /// Where this chronicle's marks, searches and place are kept; none for standard input,
    /// which is a different chronicle each time.
    var memoryFile: MemoryFile? {
        data == "-" ? nil : MemoryFile.forChronicle(at: db ?? data, environment: ProcessInfo.processInfo.environment)
    }

    /// The chronicle's store: the database named by --db, or the chronicle file (or the
    /// built-in one) loaded into memory. Exit status 65 for invalid data, 66 for a missing file.
    func open() throws -> Store {
        if let db {
            do {
                return try Store(opening: db)
            } catch {
                printError("sco: \(error)")
                throw ExitCode(FileManager.default.fileExists(atPath: db) ? 65 : 66)
            }
        }
        if data == nil {
            do {
                return try Store(image: BuiltinChronicle.image)
            } catch {
                printError("sco: the built-in chronicle: \(error)")
                throw ExitCode(70)
            }
        }
        let note = LoadingNote(file: data ?? "")
        defer { note.stop() }
        let chronicle = try load(note: note)
        note.phase = "indexing \(chronicle.events.count + chronicle.institutions.count + chronicle.documents.count) records"
        return try Store(chronicle)
    }

    /// The chronicle file (or the built-in one), or exit status 65 after printing every problem
    /// in it. A TimelineJS file or a CSV of events is read as well as sco's own format.
    func load(note: LoadingNote? = nil) throws -> Chronicle {
        let name = data == "-" ? "<stdin>" : data ?? BuiltinChronicle.fileName
        let bytes = try data.map { $0 == "-" ? try readStandardInput() : try readFile($0) } ?? builtinFile()
        note?.phase = "checking"
        do {
            let format = data == nil ? .sco : ChronicleFormat.detect(bytes, name: name)
            return try ChronicleReader.read(try format.scoBytes(bytes, file: name), file: name)
        } catch {
            note?.stop()
            for line in error.lines { printError(line) }
            throw ExitCode(65)
        }
    }
}

/// The built-in chronicle in its file form, written from its database image as `sco export`
/// writes a database (a test keeps it the same as `Resources/sco.json`); exit 70 if the image
/// cannot be opened, which a test also rules out.
func builtinFile() throws -> [UInt8] {
    let store: Store
    do {
        store = try Store(image: BuiltinChronicle.image)
    } catch {
        printError("sco: the built-in chronicle: \(error)")
        throw ExitCode(70)
    }
    var bytes: [UInt8] = []
    ChronicleWriter.write(title: store.title, sources: store.declaredSources, places: store.places,
                          records: { kind, each in store.forEachRecord(kind, each) }) { bytes += $0.utf8 }
    return bytes
}

/// The bytes of a file, or exit status 66 with the reason (as sysexits' EX_NOINPUT): only a
/// regular file of at most `InputFile.sizeLimit` bytes is read.
func readFile(_ path: String) throws -> [UInt8] {
    do {
        try InputFile.check(path)
    } catch {
        printError("sco: \(error)")
        throw ExitCode(66)
    }
    // readToEnd() answers nil for an empty file: that is an empty chronicle, not an error.
    guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
        printError("sco: \(path): file cannot be read")
        throw ExitCode(66)
    }
    try? handle.close()
    return [UInt8](data)
}

/// Standard input read whole, or exit status 66 when it is larger than a file may be.
func readStandardInput() throws -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else {
            printError("sco: <stdin>: cannot be read (\(String(cString: strerror(errno))))")
            throw ExitCode(66)
        }
        if count == 0 { return bytes }
        bytes += buffer[0..<count]
        guard bytes.count <= InputFile.sizeLimit else {
            printError("sco: <stdin>: more than \(InputFile.sizeLimit >> 30) GiB; give a file to `sco import` instead")
            throw ExitCode(66)
        }
    }
}

/// Writes a line to standard error, made safe for a terminal: messages often quote data.
func printError(_ line: String) {
    Output.write(Sanitizer.sanitized(line) + "\n", to: STDERR_FILENO)
}
