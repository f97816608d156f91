/// The default chronicle, compiled into the binary so a copied `sco` runs alone on a server.
public enum BuiltinChronicle {
    /// The name used for the built-in chronicle in messages.
    public static let fileName = "<built-in sco.json>"

    /// The chronicle as a database image made from `sco.json` by `scripts/builtin-image`:
    /// opened in memory as it is, so the browser does not read and index the JSON at each start.
    /// Its file form is written from it when a command needs it (`BuiltinFile`).
    public static var image: [UInt8] { PackageResources.sco_sqlite }
}
