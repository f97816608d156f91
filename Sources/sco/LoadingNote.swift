import Foundation
import SCOText

/// What a large `--data` file is doing while it is read, checked and indexed before the
/// first screen: one line on a terminal's standard error, redrawn four times a second, and
/// the hint that `sco import` once makes the file open at once. Quiet for small files,
/// standard input and anything but a terminal.
final class LoadingNote: @unchecked Sendable {
    /// Files from this size are announced (reading and indexing them takes seconds).
    static let threshold = 8_000_000

    private let lock = NSLock()
    private var current = "reading"
    private var stopped = false
    private var thread: Thread?

    var phase: String {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    init(file: String) {
        let size = file.isEmpty || file == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        guard size >= LoadingNote.threshold, isatty(STDERR_FILENO) != 0 else { return }
        let shown = Sanitizer.sanitized(file)
        let megabytes = String(format: "%.0f MB", Double(size) / 1_000_000)
        let database = Sanitizer.sanitized(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent) + ".db"
        printError("sco: \(shown) is \(megabytes); to open it at once next time:")
        printError("  sco import \(shown) --to \(database)   then   sco --db \(database)")
        let started = Date()
        let ticker = Thread { [weak self] in
            // Written under the lock, so nothing is drawn after `stop` has cleared the line.
            while let self, self.lock.withLock({ () -> Bool in
                guard !self.stopped else { return false }
                let line = String(format: "\rsco: opening %@ (%@): %@… %.0f s\u{1B}[K", shown, megabytes, self.current,
                                  Date().timeIntervalSince(started))
                Output.write(line, to: STDERR_FILENO)
                return true
            }) {
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
        thread = ticker
        ticker.name = "sco loading note"
        ticker.start()
    }

    /// Clears the line; the browser then takes the screen.
    func stop() {
        lock.withLock {
            if !stopped, thread != nil { Output.write("\r\u{1B}[K", to: STDERR_FILENO) }
            stopped = true
        }
    }
}
