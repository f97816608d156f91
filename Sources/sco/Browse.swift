import ArgumentParser
import Foundation
import SCOConfig
import SCOCore
import SCOModel
import SCORuntime
import SCOTerminal
import SCOView

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the interactive browser (the default).",
        discussion: """
            Keys are listed on the help screen (press ?). When standard output is not a terminal, \
            the timeline is printed as plain text instead. An unknown TERM falls back to \
            xterm-256color; TERM=dumb or unset is refused (exit status 2).

            Examples:
              sco
              sco --data my-chronicle.json
              sco --db chronicle.sqlite        (made by sco import)
              sco --ascii
            """
    )

    @OptionGroup var chronicle: ChronicleOptions

    @Flag(name: .long, help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(inversion: .prefixedNo, help: "Take mouse clicks and the wheel (default: the config file's mouse setting, else off).")
    var mouse: Bool?

    func run() throws {
        let store = try chronicle.open()
        // A chronicle read from standard input leaves the keys to come from the terminal, as
        // `less` does.
        if chronicle.data == "-", isatty(STDOUT_FILENO) != 0 {
            let tty = open("/dev/tty", O_RDONLY)
            if tty >= 0 {
                dup2(tty, STDIN_FILENO)
                close(tty)
            }
        }
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            RecordText.writeTable(of: .event, in: store, width: Output.terminalWidth ?? Output.unlimited) { _ in nil }
            return
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            printError("sco: this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the browser; use `sco list` or `sco show ID`")
            throw ExitCode(2)
        }
        let config = try loadConfig()
        let (terminal, note) = try openTerminal(term, palette: config.palette, mouse: config.mouse)
        var state = State(catalog: store, size: terminal.size, keymap: config.keymap, split: Split(listShare: config.listShare))
        state.canOpenLinks = Browser.hasDisplay
        var memoryFile = chronicle.memoryFile
        var warning: String?
        if let file = memoryFile {
            let loaded = file.load()
            state.remember(loaded.memory, warning: loaded.warning)
            warning = loaded.warning.map { "sco: \($0)" }
            if !loaded.writable { memoryFile = nil }
        }
        let runtime = Runtime(catalog: store, memory: memoryFile)
        let last = runtime.run(state, on: terminal)
        let notKept = runtime.keepMemory(of: last)
        terminal.end()
        for line in [note, warning, notKept.map { "sco: marks and searches not kept: \($0)" }].compactMap({ $0 }) { printError(line) }
    }

    /// The terminal as TERM names it, or as xterm-256color when this machine has no terminfo
    /// entry for it (a kitty or wezterm user on a server), with a note to print after exit.
    private func openTerminal(_ term: String, palette: Palette, mouse: Bool) throws -> (Terminal, String?) {
        if let terminal = try? Terminal(ascii: ascii, palette: palette, mouse: mouse) { return (terminal, nil) }
        do {
            let terminal = try Terminal(terminalType: "xterm-256color", ascii: ascii, palette: palette, mouse: mouse)
            return (terminal, "sco: unknown terminal type \"\(term)\"; used xterm-256color")
        } catch {
            printError("sco: \(error); try `sco list` or `sco show ID`")
            throw ExitCode(2)
        }
    }

    /// The user's config, read before the terminal is touched: a mistake in it is reported
    /// as `FILE:LINE: problem` on a terminal left as it was, with exit status 78 (EX_CONFIG).
    private func loadConfig() throws -> Config {
        var config = Config.standard
        if let path = ConfigFile.path(environment: ProcessInfo.processInfo.environment) {
            do {
                config = try ConfigFile.load(path)
            } catch {
                printError("sco: \(error)")
                throw ExitCode(78)
            }
        }
        if let mouse { config.mouse = mouse }
        return config
    }
}
