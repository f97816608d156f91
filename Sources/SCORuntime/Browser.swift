import Foundation

/// The local web browser: `$BROWSER` (its first entry, as the convention lists several with
/// `:`), or `xdg-open`. Started in the background with no terminal, so it never draws over the
/// screen nor waits on it.
public enum Browser {
    public static func open(_ url: String) {
        let command = ProcessInfo.processInfo.environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? "xdg-open"
        // The address is an argument of the shell, never part of its script.
        let script = "\(command) \"$1\" </dev/null >/dev/null 2>&1 &"
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", script, "sh", url]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// Whether a browser can be shown here: a graphical display, and no SSH between the
    /// reader and this machine (the browser would open on the server's display).
    public static var hasDisplay: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["SSH_CONNECTION"] == nil, environment["SSH_TTY"] == nil else { return false }
        return !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
    }
}
