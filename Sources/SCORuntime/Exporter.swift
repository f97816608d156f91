import Foundation
import SCOCore
import SCOModel

/// Writes lists to files off the loop, each on a thread and a catalog connection of its own,
/// and posts how it went. Quitting stops any export still running, and its temporary file is
/// removed: no half-written file is left behind.
final class Exporter: @unchecked Sendable {
    private let catalog: any Catalog
    private let mailbox: Mailbox
    private let running = DispatchGroup()
    private let lock = NSLock()
    private var cancellations: [Cancellation] = []

    init(catalog: any Catalog, mailbox: Mailbox) {
        self.catalog = catalog
        self.mailbox = mailbox
    }

    func start(_ records: ExportedRecords, _ format: TableFormat, path typed: String) {
        let path = typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst() : typed
        let cancellation = Cancellation()
        lock.lock()
        cancellations.append(cancellation)
        lock.unlock()
        running.enter()
        let thread = Thread { [catalog, mailbox, running] in
            defer { running.leave() }
            do {
                let reader = (try? catalog.backgroundReader()) ?? catalog
                let count = try ViewExport.write(records, format: format, to: path, from: reader, cancellation: cancellation)
                mailbox.post(.exported(path: typed, count: count))
            } catch {
                mailbox.post(.exportFailed((error as? ExportError)?.description ?? "\(typed): \(error)"))
            }
        }
        thread.name = "sco export"
        thread.start()
    }

    /// Waits for every export to finish.
    func waitUntilIdle() {
        running.wait()
    }

    /// Stops every export and waits until each has removed what it wrote.
    func stop() {
        lock.lock()
        for cancellation in cancellations { cancellation.cancel() }
        lock.unlock()
        running.wait()
    }
}
