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

/// Where command output goes: standard output, with the column budget of the terminal (or
/// of `COLUMNS`, or 80 when piped).
enum Output {
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }

    /// Writes all of `text` to standard output. A failed write (a full disk, a closed or
    /// broken pipe with SIGPIPE ignored) ends the program with one line and EX_IOERR (74):
    /// output that cannot be written must not be reported as a success, nor crash.
    static func write(_ text: String) {
        guard write(text, to: STDOUT_FILENO) else {
            let reason = String(cString: strerror(errno))
            write("sco: cannot write the output: \(reason)\n", to: STDERR_FILENO)
            exit(74)
        }
    }

    /// Writes all of `text` to a descriptor, through interruptions and short writes; false
    /// when the descriptor refuses it (errno says why).
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    static func json(_ value: JSONValue) {
        write(JSONWriter.write(value))
    }

    /// Text lines, each made safe and cut to the width.
    static func lines(_ lines: [String]) {
        let w = width
        write(lines.map { TextLayout.truncated(Sanitizer.sanitized($0), to: w) + "\n" }.joined())
    }
}
