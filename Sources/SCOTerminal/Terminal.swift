import CNcursesw
import Foundation
import SCOCore
import SCORuntime
import SCOText
import SCOView

/// The only code that talks to ncurses: it starts and ends curses, reads keys, and draws
/// frames by sending only the cells that changed since the last one.
public final class Terminal: Screen {
    private var decoder = UTF8Decoder()
    private let theme: Theme
    /// Whether frames are reduced to ASCII (a non-UTF-8 locale, or `--ascii`).
    public let isASCII: Bool
    public private(set) var size: Size
    /// Whether the terminal is sent hyperlinks (OSC 8): terminals that show an unknown OSC as
    /// text (the Linux console) are not.
    private let hyperlinks: Bool
    /// The last press of the mouse's first button, to tell a double click: a second press on
    /// the same cell within `doubleClickTime`.
    /// Whether the hardware cursor is shown now, so it is switched only when that changes.
    private var cursorShown = false
    private var lastPress: (x: Int, y: Int, time: Double)?
    /// Whether the terminal reports the mouse.
    private let mouse: Bool
    /// Picks mouse reports out of the input, when the mouse is on.
    private var mouseInput: MouseInput?
    static let doubleClickTime = 0.4

    /// Starts curses on the controlling terminal as `terminalType` (nil: `TERM`), or explains
    /// why it cannot. Nothing is written to the terminal when it fails.
    public init(terminalType: String? = nil, ascii: Bool = false, palette: Palette = .auto, mouse: Bool = false,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        let utf8 = Terminal.chooseLocale(environment)
        isASCII = ascii || !utf8
        let screen = terminalType.map { type in type.withCString { sco_newterm($0) } } ?? sco_newterm(nil)
        guard let screen else {
            throw TerminalError(message: "cannot use terminal type \"\(terminalType ?? environment["TERM"] ?? "")\"")
        }
        set_term(screen)
        // LINES and COLUMNS size the first screen only: a resize must win over them.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        sco_install_fatal_handlers()
        raw()
        noecho()
        nonl()
        keypad(sco_stdscr(), true)
        // Reads never wait: the runtime waits on the descriptor, and asks only when it is ready.
        nodelay(sco_stdscr(), true)
        if environment["ESCDELAY"] == nil {
            set_escdelay(environment["SSH_CONNECTION"] != nil ? 100 : 25)
        }
        curs_set(0)
        // Clicks and the wheel, when asked for; turned off again on every way out.
        self.mouse = mouse
        if mouse {
            mouseInput = MouseInput(keyIsSGR: sco_mouse_key_is_sgr() != 0, keyMouse: KEY_MOUSE)
            sco_set_mouse_reporting(1)
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        var colors: Int32 = 0
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colors = sco_colors()
        }
        theme = Theme(colors: colors, palette: palette)
        size = Size(width: Int(sco_cols()), height: Int(sco_lines()))
        hyperlinks = !isASCII && Terminal.showsHyperlinks(terminalType ?? environment["TERM"] ?? "")
    }

    /// Terminals known to take OSC 8 as a hyperlink or to skip it unseen.
    static func showsHyperlinks(_ term: String) -> Bool {
        ["xterm", "tmux", "screen", "rxvt", "alacritty", "foot", "kitty", "wezterm", "vte", "gnome", "konsole", "st-", "iterm", "contour", "ghostty"]
            .contains { term.hasPrefix($0) }
    }

    /// Takes the user's locale. When none is set (LANG unset over ssh is common), tries
    /// C.UTF-8; a locale set to something other than UTF-8 is respected. Returns whether the
    /// terminal can be sent UTF-8.
    public static func chooseLocale(_ environment: [String: String]) -> Bool {
        let installed = setlocale(LC_ALL, "") != nil
        if isUTF8() { return true }
        // The locale that decides the character set: the first of these that is set.
        let chosen = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        // Unset, or a UTF-8 locale this machine does not have (en_GB.UTF-8 on a bare server):
        // the terminal speaks UTF-8 all the same, so C.UTF-8 stands in for it.
        let wantsUTF8 = chosen.map { !installed && $0.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8") } ?? true
        if wantsUTF8, setlocale(LC_CTYPE, "C.UTF-8") != nil { return isUTF8() }
        return false
    }

    static func isUTF8() -> Bool {
        String(cString: sco_codeset()).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Every key and resize waiting, without blocking. Bytes come from `wgetch` (function keys
    /// already decoded by terminfo) and characters are assembled here, so malformed input is
    /// skipped instead of stalling the reader. A tty that is gone (EIO after a hangup, end of
    /// file) ends the session.
    public func pendingEvents() -> [ScreenEvent] {
        var codes: [Int32] = []
        var gone = false
        while true {
            let code = wgetch(sco_stdscr())
            if code == ERR {
                gone = sco_input_gone() != 0
                break
            }
            codes.append(code)
        }
        var events: [ScreenEvent] = []
        let items = mouseInput.map { input -> [MouseInput.Item] in
            var input = input
            defer { mouseInput = input }
            return input.take(codes)
        } ?? codes.map(MouseInput.Item.code)
        for item in items {
            switch item {
            case .report(let button, let x, let y):
                if let event = mouseEvent(button, x: x, y: y) { events.append(.mouse(event)) }
            case .code(let code):
                if code == KEY_RESIZE {
                    size = Size(width: Int(sco_cols()), height: Int(sco_lines()))
                    events.append(.resize(size))
                } else if code > 0xFF {
                    if let key = KeyDecoder.function(code) { events.append(.key(key)) }
                } else if code >= 0, let scalar = decoder.feed(UInt8(code)), let key = KeyDecoder.character(scalar.value) {
                    events.append(.key(key))
                }
            }
        }
        if gone { events.append(.closed) }
        return events
    }

    /// A press becomes a click, or a double click when it follows one on the same cell soon
    /// enough; wheel turns pass through.
    private func mouseEvent(_ button: MouseInput.Button, x: Int, y: Int) -> Mouse? {
        switch button {
        case .wheelUp: return Mouse(.wheelUp, x: x, y: y)
        case .wheelDown: return Mouse(.wheelDown, x: x, y: y)
        case .other: return nil
        case .press:
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let time = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
            if let last = lastPress, last.x == x, last.y == y, time - last.time < Terminal.doubleClickTime {
                lastPress = nil
                return Mouse(.doubleClick, x: x, y: y)
            }
            lastPress = (x, y, time)
            return Mouse(.click, x: x, y: y)
        }
    }

    /// Draws the changed cells, then the cursor, in one update.
    public func apply(_ diff: FrameDiff) {
        if diff.isFull { werase(sco_stdscr()) }
        for change in diff.changes {
            let look = theme.look(change.cell.style)
            // A wide glyph's second cell is painted with the glyph, never on its own.
            for (i, column) in Glyph.columns(change.cell.text, width: DisplayWidth.of(change.cell.text)).enumerated() {
                var wide = column.map { wchar_t(bitPattern: $0) } + [0]
                _ = sco_put_cell(Int32(change.y), Int32(change.x + i), &wide, look.attributes, look.pair)
            }
        }
        if let cursor = diff.cursor {
            wmove(sco_stdscr(), Int32(cursor.y), Int32(cursor.x))
        }
        if diff.showsCursor != cursorShown {
            cursorShown = diff.showsCursor
            curs_set(cursorShown ? 1 : 0)
        }
        wnoutrefresh(sco_stdscr())
        doupdate()
        if hyperlinks, !diff.links.isEmpty { mark(diff.links) }
    }

    /// Writes each link's text again, as drawn, inside an OSC 8 hyperlink, with the cursor and
    /// its rendition saved and restored around it, so curses' idea of the screen stays true.
    private func mark(_ links: [Frame.Link]) {
        var out = "\u{1B}7"
        for link in links {
            out += "\u{1B}[\(link.y + 1);\(link.x + 1)H" + theme.rendition(link.style)
            out += "\u{1B}]8;;\(link.url)\u{1B}\\" + Sanitizer.sanitized(link.text) + "\u{1B}]8;;\u{1B}\\"
        }
        out += "\u{1B}8"
        writeRaw(out)
    }

    /// Bytes for the terminal outside curses (after `doupdate`, which has flushed its own). A
    /// terminal that refuses them is gone, which the next read reports.
    private func writeRaw(_ text: String) {
        _ = Descriptor.writeAll(text, to: STDOUT_FILENO)
    }

    /// OSC 52, which terminals answer by setting the local clipboard, through SSH and (with
    /// tmux's `set-clipboard on`) through tmux. Written after the frame, outside curses: it
    /// draws nothing. The text is made safe before it is encoded.
    public func copy(_ text: String) {
        let encoded = Data(Sanitizer.sanitized(text).utf8).base64EncodedString()
        writeRaw("\u{1B}]52;c;" + encoded + "\u{07}")
    }

    public func invalidate() {
        clearok(sco_curscr(), true)
    }

    /// Hands the terminal back to the shell while stopped (Ctrl-Z), and redraws on return.
    public func suspend() {
        if mouse { sco_set_mouse_reporting(0) }
        endwin()
        kill(getpid(), SIGTSTP)
        refresh()
        if mouse { sco_set_mouse_reporting(1) }
        size = Size(width: Int(sco_cols()), height: Int(sco_lines()))
    }

    /// Leaves the alternate screen and restores the tty modes.
    public func end() {
        if mouse { sco_set_mouse_reporting(0) }
        endwin()
    }
}

public struct TerminalError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
