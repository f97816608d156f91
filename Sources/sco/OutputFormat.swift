import ArgumentParser
import Foundation
import SCOModel
import SCOText

/// `--format text|json`: text for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: text (aligned, for reading) or json (stable, for scripts).")
    var format: OutputFormat = .text
}

extension TableFormat: ExpressibleByArgument {}

struct TableFormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: text (aligned, for reading), json (stable, for scripts), csv (RFC 4180), tsv or markdown (a table).")
    var format: TableFormat = .text
}

/// `--width`: how many columns text may take.
struct WidthOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Cut text lines to this many columns (default: the terminal's width; output that is not a terminal is not cut).",
                                            valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width takes 20 columns or more, not \(width)") }
    }

    /// --width, or `COLUMNS`, or the terminal's width; when standard output is not a terminal,
    /// no limit: a pipe or a file gets every character.
    var columns: Int { width ?? Output.terminalWidth ?? Output.unlimited }
}

/// Where command output goes: standard output.
enum Output {
    /// A width no line reaches: text written to a pipe or a file is not cut.
    static let unlimited = 1 << 40

    /// `COLUMNS` when it is set, or the terminal's width; nil when standard output is not a
    /// terminal.
    static var terminalWidth: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return nil
    }

    /// Writes all of `text` to standard output. A failed write (a full disk, a closed or
    /// broken pipe with SIGPIPE ignored) ends the program with one line and EX_IOERR (74):
    /// output that cannot be written must not be reported as a success, nor crash.
    static func write(_ text: String) {
        if let failure = Descriptor.writeAll(text, to: STDOUT_FILENO) { fail(failure) }
    }

    static func write(_ bytes: [UInt8]) {
        if let failure = Descriptor.writeAll(bytes, to: STDOUT_FILENO) { fail(failure) }
    }

    private static func fail(_ failure: Int32) -> Never {
        write("sco: cannot write the output: \(String(cString: strerror(failure)))\n", to: STDERR_FILENO)
        exit(74)
    }

    /// Writes all of `text` to a descriptor; false when the descriptor refuses it (errno says why).
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        guard let failure = Descriptor.writeAll(text, to: descriptor) else { return true }
        errno = failure
        return false
    }

    static func json(_ value: JSONValue) {
        write(JSONWriter.write(value))
    }

    /// Text lines, each made safe and cut to the width.
    static func lines(_ lines: [String], width: Int) {
        write(text(lines, width: width))
    }

    /// The lines as `lines` writes them.
    static func text(_ lines: [String], width: Int) -> String {
        lines.map { (width >= unlimited ? Sanitizer.sanitized($0) : TextLayout.truncated(Sanitizer.sanitized($0), to: width)) + "\n" }.joined()
    }
}

/// Output gathered into writes of about a megabyte: a write per record cost more than making
/// the record's text.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    mutating func append(_ piece: String) {
        bytes.append(contentsOf: piece.utf8)
        flushWhenFull()
    }

    /// A JSON value nested `level` deep, written straight into the buffer.
    mutating func append(_ value: JSONValue, nestedAt level: Int) {
        JSONWriter.write(value, nestedAt: level, into: &bytes)
        flushWhenFull()
    }

    private mutating func flushWhenFull() {
        if bytes.count >= 1 << 20 { flush() }
    }

    /// Writes what is gathered; the caller flushes once more at the end.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        Output.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
