/// The kinds of file a chronicle can come from: sco's own JSON, TimelineJS's JSON, or a CSV
/// of events. The others are turned into sco's format and then checked as it is, so every
/// chronicle passes the same checks whatever it came as.
public enum ChronicleFormat: String, CaseIterable, Sendable {
    case sco, timelinejs, csv

    /// The format the bytes are in, told by their content (and a `.csv` name).
    public static func detect(_ bytes: [UInt8], name: String) -> ChronicleFormat {
        if name.lowercased().hasSuffix(".csv") || EventCSV.looksLike(bytes) { return .csv }
        return TimelineJS.looksLike(bytes) ? .timelinejs : .sco
    }

    /// The chronicle in sco's own format: the bytes as they are for sco, converted otherwise,
    /// or every problem found converting them.
    public func scoBytes(_ bytes: [UInt8], file: String) throws(ChronicleLoadError) -> [UInt8] {
        let problems = ProblemList(limit: 1_000)
        let converted: JSONValue?
        switch self {
        case .sco: return bytes
        case .csv:
            converted = EventCSV.chronicle(from: bytes, file: file, problems: problems)
        case .timelinejs:
            do {
                converted = TimelineJS.chronicle(from: try JSONParser.parse(bytes), problems: problems)
            } catch {
                throw ChronicleLoadError(file: file, problems: [ValidationProblem(path: "", message: "malformed JSON: \(error)")])
            }
        }
        guard problems.items.isEmpty, let converted else { throw ChronicleLoadError(file: file, problems: problems.items, total: problems.count) }
        return Array(JSONWriter.write(converted).utf8)
    }
}
