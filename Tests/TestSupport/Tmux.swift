import Foundation

/// A real terminal for end-to-end tests: a tmux server on its own socket running a command in
/// a pane of a fixed size. Tests type with `send`, read with `screen`, and wait for text with a
/// deadline rather than sleeping.
///
/// Each terminal has a home of its own for sco's config and memory (`XDG_CONFIG_HOME`,
/// `XDG_STATE_HOME`), empty unless the test names one, so no test sees another's marks or the
/// developer's own config.
public final class Tmux {
    public let socket: String
    private let home: URL

    public init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "sco-test-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent("sco-home-\(socket)")
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color",
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "XDG_STATE_HOME": home.appendingPathComponent("state").path]
        for (k, v) in environment { env[k] = v }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "env \(exports) \(command)"])
        try run(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    /// The `sco` binary with arguments, quoted for the shell.
    public static func sco(_ arguments: [String] = []) -> String {
        ([Program.path] + arguments).map(quote).joined(separator: " ")
    }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Sends tmux key names (`Enter`, `BSpace`, `Escape`, `C-c`) or literal text.
    public func send(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    public func type(_ text: String) throws {
        try run(["send-keys", "-t", "0", "-l", text])
    }

    /// Sends raw bytes, valid UTF-8 or not, as if typed.
    public func sendBytes(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try run(["send-keys", "-t", "0", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    public func screen(colors: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "0"] + (colors ? ["-e"] : []))
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen.
    @discardableResult
    public func wait(timeout: Double = 5, until predicate: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if predicate(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return (false, last)
    }

    public func wait(for text: String, timeout: Double = 5) throws -> (ok: Bool, screen: String) {
        try wait(timeout: timeout) { $0.contains(text) }
    }

    /// Whether the terminal shows its cursor, and where it is.
    public func cursor() throws -> (shown: Bool, x: Int, y: Int) {
        let out = try run(["display-message", "-p", "-t", "0", "#{cursor_flag} #{cursor_x} #{cursor_y}"])
        let parts = out.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard parts.count == 3 else { throw TmuxError(command: "cursor_flag", status: -1) }
        return (parts[0] == 1, parts[1], parts[2])
    }

    /// Polls the cursor until `predicate` holds or `timeout` passes; returns the last reading.
    @discardableResult
    public func waitForCursor(timeout: Double = 5, until predicate: ((shown: Bool, x: Int, y: Int)) -> Bool) throws -> (ok: Bool, cursor: (shown: Bool, x: Int, y: Int)) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try cursor()
        while !predicate(last) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            last = try cursor()
        }
        return (predicate(last), last)
    }

    /// The process running in the pane.
    public func panePID() throws -> Int32 {
        let out = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"])
        guard let pid = Int32(out.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw TmuxError(command: "pane_pid", status: -1) }
        return pid
    }

    /// The pane's terminal device, for writing to the screen behind the program's back.
    public func paneTTY() throws -> String {
        try run(["display-message", "-p", "-t", "0", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a tmux command through `system`, which waits with `waitpid`: Foundation's
    /// `Process` can wait forever when the tmux server daemon inherits its descriptors.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let command = (["tmux", "-L", socket] + arguments).map(Tmux.quote).joined(separator: " ")
        let status = system(command + " </dev/null >" + Tmux.quote(output.path) + " 2>/dev/null")
        guard status == 0 else { throw TmuxError(command: command, status: status) }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public let command: String
    public let status: Int32
    public var description: String { "\(command) exited with \(status)" }
}
