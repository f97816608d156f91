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

    /// Where a relative file name is found; the working directory when nil.
    private let directory: String?

    init(catalog: any Catalog, mailbox: Mailbox, directory: String?) {
        self.catalog = catalog
        self.mailbox = mailbox
        self.directory = directory
    }

    func start(_ records: ExportedRecords, _ format: TableFormat, path typed: String) {
        run(path: typed) { reader, path, cancellation throws(ExportError) in
            let count = try ViewExport.write(records, format: format, to: path, from: reader, cancellation: cancellation)
            return .exported(path: path, count: count)
        }
    }

    /// Writes the membership chart as an SVG picture, read on a connection of its own.
    func startChart(path typed: String) {
        run(path: typed) { reader, path, cancellation throws(ExportError) in
            let chart = MembershipChart(catalog: reader)
            try ViewExport.write(ChartSVG.membership(chart, title: reader.title), to: path, cancellation: cancellation)
            return .chartExported(path: path, states: chart.rows.count)
        }
    }

    /// Runs one export on a thread of its own, and posts its outcome.
    private func run(path typed: String, _ work: @escaping @Sendable (any Catalog, String, Cancellation) throws(ExportError) -> Action) {
        // The whole path, so the message after says exactly where the file went.
        let path = typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst()
            : typed.hasPrefix("/") ? typed : (directory ?? FileManager.default.currentDirectoryPath) + "/" + typed
        let cancellation = Cancellation()
        lock.lock()
        cancellations.append(cancellation)
        lock.unlock()
        running.enter()
        let thread = Thread { [catalog, mailbox, running] in
            defer { running.leave() }
            do throws(ExportError) {
                let reader = (try? catalog.backgroundReader()) ?? catalog
                mailbox.post(try work(reader, path, cancellation))
            } catch {
                // The reason first: on a narrow status line the path is what gives way.
                mailbox.post(.exportFailed("\(error.reason): \(error.path)"))
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
