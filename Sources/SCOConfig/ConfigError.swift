/// Why a config file cannot be used, as `FILE:LINE: problem`, the form editors jump to.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String

    public var description: String { "\(file):\(line): \(problem)" }
}
