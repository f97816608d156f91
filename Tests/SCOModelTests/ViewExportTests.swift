import Foundation
import Testing
import TestSupport
@testable import SCOModel

/// The browser's `e`: a list written to a new file, whole or not at all, never over anything.
@Suite struct ViewExportTests {
    let store: Store
    init() throws { store = try Store(try Fixtures.builtin()) }

    @Test(arguments: [TableFormat.csv, .tsv, .markdown, .json])
    func writesTheWholeListInItsFormat(_ format: TableFormat) throws {
        let scratch = try Scratch()
        let path = scratch.path("events.\(format == .markdown ? "md" : format.rawValue)")
        let count = try ViewExport.write(.kind(.event), format: format, to: path, from: store)
        #expect(count == store.count(of: .event))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        switch format {
        case .json:
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
            #expect(rows.map { $0["id"] } == store.entries(.event, at: 0..<count).map(\.id))
        case .csv:
            #expect(text.components(separatedBy: "\r\n").dropLast().count == count + 1)
        default:
            #expect(text.split(separator: "\n").count == count + (format == .markdown ? 2 : 1))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("")).count == 1, "no temporary file left")
    }

    @Test func searchResultsAreWrittenInTheirOrder() throws {
        let scratch = try Scratch()
        let rows = try store.matches(SearchQuery("tashkent")).rows
        let path = scratch.path("results.tsv")
        #expect(try ViewExport.write(.rows(rows), format: .tsv, to: path, from: store) == rows.count)
        let ids = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        #expect(ids == store.entries(rows: rows).map(\.id))
    }

    /// Whatever has the name already, a file, a directory, a link (even a dangling one), a FIFO
    /// or a device, is left as it was; a missing directory or a stop leaves nothing behind.
    @Test func nothingIsWrittenOverAndNothingIsLeftHalfWritten() throws {
        let scratch = try Scratch()
        let file = scratch.path("taken.csv")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createDirectory(atPath: scratch.path("dir.csv"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.csv"), withDestinationPath: file)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling.csv"), withDestinationPath: scratch.path("nowhere.csv"))
        #expect(mkfifo(scratch.path("fifo.csv"), 0o600) == 0)
        for taken in [file, scratch.path("dir.csv"), scratch.path("link.csv"), scratch.path("dangling.csv"), scratch.path("fifo.csv"), "/dev/null", "/dev/full"] {
            do {
                _ = try ViewExport.write(.kind(.event), format: .csv, to: taken, from: store)
                Issue.record("\(taken) was written")
            } catch {
                #expect(error.reason.hasPrefix("exists"), "\(taken): \(error)")
            }
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
        #expect(throws: ExportError.self) { try ViewExport.write(.kind(.event), format: .csv, to: scratch.path("missing/x.csv"), from: store) }
        let stopped = Cancellation()
        stopped.cancel()
        #expect(throws: ExportError(path: scratch.path("stopped.csv"), reason: "stopped")) {
            try ViewExport.write(.kind(.event), format: .csv, to: scratch.path("stopped.csv"), from: store, cancellation: stopped)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path("")).sorted()
        #expect(left == ["dangling.csv", "dir.csv", "fifo.csv", "link.csv", "taken.csv"])
    }

    @Test func theNameChoosesTheFormat() {
        #expect(TableFormat(fileName: "a.CSV") == .csv && TableFormat(fileName: "b.md") == .markdown && TableFormat(fileName: "c.markdown") == .markdown)
        #expect(TableFormat(fileName: "d.json") == .json && TableFormat(fileName: "e.tsv") == .tsv && TableFormat(fileName: "f.txt") == nil)
    }
}
