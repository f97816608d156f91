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

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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
