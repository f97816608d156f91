import SCOText
/// One thing wrong with a chronicle file, located by JSON path (`events[3].date`) or, for a
/// file that is not JSON at all, by line and column.
public struct ValidationProblem: Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Every problem found in one file. Loading is all or nothing: a chronicle with any problem
/// is never shown half-loaded.
public struct ChronicleLoadError: Error, Sendable, CustomStringConvertible {
    public let file: String
    /// The problems listed: all of them, or the first ones of a very long list.
    public let problems: [ValidationProblem]
    /// How many problems there are in all.
    public let total: Int

    public init(file: String, problems: [ValidationProblem], total: Int? = nil) {
        self.file = file
        self.problems = problems
        self.total = max(total ?? problems.count, problems.count)
    }

    /// One line per problem, each starting with the file name, as compilers print them.
    public var lines: [String] {
        problems.map { "\(file): \($0)" } + (total > problems.count ? ["\(file): … and \((total - problems.count).grouped) more problems not listed"] : [])
    }

    public var description: String { lines.joined(separator: "\n") }
}
