import BuiltinChronicle
import Foundation
import SCOModel

/// Files kept beside the tests, found from the source tree.
public enum Fixtures {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package's own folder.
    public static let root = directory.deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    public static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))) }

    public static func chronicle(_ name: String) throws -> Chronicle {
        try ChronicleReader.read(bytes(name), file: name)
    }

    /// A chronicle in its file form, as `sco export --format json` writes it.
    public static func exported(_ chronicle: Chronicle) -> String {
        var text = ""
        ChronicleWriter.write(title: chronicle.title, sources: chronicle.sources, places: chronicle.places, records: { kind, each in chronicle.records(of: kind).forEach(each) }) { text += $0 }
        return text
    }

    /// The built-in chronicle's source file, as the repository holds it.
    public static var builtinBytes: [UInt8] {
        (try? [UInt8](Data(contentsOf: root.appendingPathComponent("Resources/sco.json")))) ?? []
    }

    /// The chronicle shipped in the binary, read from its source file.
    public static func builtin() throws -> Chronicle {
        try ChronicleReader.read(builtinBytes, file: BuiltinChronicle.fileName)
    }

    /// A generated chronicle, as `sco generate` makes it.
    public static func generated(events: Int, seed: UInt64) throws -> Chronicle {
        var text = ""
        SyntheticChronicle(events: events, seed: seed).write { text += $0 }
        return try ChronicleReader.read(Array(text.utf8), file: "generated")
    }
}
