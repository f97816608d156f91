import Foundation

/// Text snapshots kept beside the tests. A mismatch is reported as a line diff; setting
/// `SNAPSHOT_RECORD=1` rewrites the files instead, and a missing file is recorded and reported.
public enum Snapshot {
    /// Compares `actual` with the stored snapshot `name` in the `__Snapshots__` folder next to
    /// `file`; returns a description of the difference, or nil when they match.
    public static func difference(_ actual: String, named name: String, file: String = #filePath) -> String? {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let url = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return record ? nil : "recorded a new snapshot at \(url.path); run again to compare"
        }
        return expected == actual ? nil : diff(expected: expected, actual: actual, name: name)
    }

    static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out = ["snapshot \(name) differs (SNAPSHOT_RECORD=1 to re-record):"]
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : nil, y = i < a.count ? a[i] : nil
            if x != y {
                out.append(String(format: "%3d - %@", i + 1, x.map { "|\($0)|" } ?? "(none)"))
                out.append(String(format: "%3d + %@", i + 1, y.map { "|\($0)|" } ?? "(none)"))
            }
        }
        return out.joined(separator: "\n")
    }
}
