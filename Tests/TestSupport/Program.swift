import Foundation

/// The built `sco` executable, run as a user would run it, for tests of the command line.
public enum Program {
    /// The executable beside the test bundle (`swift test` builds it), or `SCO_BINARY`.
    public static var path: String {
        if let path = ProcessInfo.processInfo.environment["SCO_BINARY"] { return path }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("sco").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("sco").path
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public let stdoutBytes: [UInt8]
    }

    /// Runs `sco` with the arguments and waits for it; output is collected in temporary files
    /// so large outputs cannot fill a pipe and hang the test.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(executable: path, arguments, environment: environment)
    }

    /// Runs a shell command line (pipes, redirections) the same way.
    public static func shell(_ command: String) throws -> Result {
        try run(executable: "/bin/sh", ["-c", command], environment: [:])
    }

    private static func run(executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sco-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = "80"
        // Marks and config of the developer's own never reach a test.
        env["XDG_STATE_HOME"] = dir.appendingPathComponent("state").path
        env["XDG_CONFIG_HOME"] = dir.appendingPathComponent("config").path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let stdoutData = try Data(contentsOf: out)
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self), stdoutBytes: [UInt8](stdoutData))
    }
}
