import ArgumentParser
import Foundation
import SCOConfig

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file, or print a default one to start from.",
        discussion: """
            The browser reads $XDG_CONFIG_HOME/sco/config.toml (by default \
            ~/.config/sco/config.toml): key bindings, the theme, the mouse and the split. \
            With no option, this says where the file is and whether it is valid; a mistake is \
            reported as FILE:LINE: problem, with exit status 78.

            Examples:
              sco config
              mkdir -p ~/.config/sco && sco config --default > ~/.config/sco/config.toml
            """
    )

    @Flag(name: .customLong("default"), help: "Print a config file with every setting at its default, commented out.")
    var printDefault = false

    func run() throws {
        if printDefault {
            Output.write(DefaultConfig.text)
            return
        }
        guard let path = ConfigFile.path(environment: ProcessInfo.processInfo.environment) else {
            printError("sco: no place for a config file: neither XDG_CONFIG_HOME nor HOME is set")
            throw ExitCode(78)
        }
        do {
            _ = try ConfigFile.load(path)
        } catch {
            printError("sco: \(error)")
            throw ExitCode(78)
        }
        let exists = FileManager.default.fileExists(atPath: path)
        Output.write(exists ? "\(path): valid\n" : "\(path): not there, so the defaults are used (sco config --default prints them)\n")
    }
}
