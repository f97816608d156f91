import Foundation
import SCOCore
import SCOModel
import SCOView
import TOMLKit

/// Reads `$XDG_CONFIG_HOME/sco/config.toml`. Strict, so a typo is found at once rather than
/// silently ignored: an unknown setting, action, key, theme or colour stops the program with
/// the line to fix.
public enum ConfigFile {
    /// Config files are small; a larger one is a mistake, not a config.
    static let sizeLimit = 1 << 20

    /// Where the config file is looked for: `$XDG_CONFIG_HOME/sco/config.toml`, by default
    /// `~/.config/sco/config.toml`. Nil when there is no home.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/sco/config.toml" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.config/sco/config.toml" }
        return nil
    }

    /// The config in the file, or the default config when there is no file.
    public static func load(_ path: String) throws(ConfigError) -> Config {
        var info = stat()
        guard stat(path, &info) == 0 || errno != ENOENT else { return .standard }
        do {
            try InputFile.check(path, limit: sizeLimit)
        } catch {
            throw ConfigError(file: path, line: 1, problem: error.reason.replacingOccurrences(of: "give a chronicle file", with: "give a config file")
                .replacingOccurrences(of: "; use `sco import` for larger files", with: ""))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: 1, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = 1 + (String(decoding: data, as: UTF8.self).prefix { $0 != "\u{FFFD}" }.filter { $0 == "\n" }.count)
            throw ConfigError(file: path, line: line, problem: "is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        let lines = ConfigLines(text)
        func problem(_ line: Int, _ message: String) -> ConfigError { ConfigError(file: file, line: line, problem: message) }
        if let nul = text.firstIndex(of: "\u{0}") {
            throw problem(1 + text[..<nul].filter { $0 == "\n" }.count, "holds a NUL character")
        }
        // toml++ parses nesting by recursion: a file of 50,000 dotted parts or brackets would
        // overflow the stack, so nesting deeper than any sco setting is refused first.
        if let (line, depth) = deepestNesting(text), depth > 16 {
            throw problem(line, "nested \(depth) deep; sco's settings nest at most 3 deep")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let message = error.description.hasPrefix("Error while parsing ") ? String(error.description.dropFirst(20)) : error.description
            throw problem(max(1, error.source.begin.line), "not valid TOML: " + message)
        } catch {
            throw problem(1, "\(error)")
        }
        var config = Config.standard
        var rebindings: [Rebinding] = []
        for key in table.keys {
            let line = lines.line(of: [key])
            let value = table[key]
            switch key {
            case "mouse":
                guard let on = value?.bool else { throw problem(line, "mouse is true or false") }
                config.mouse = on
            case "split":
                if value?.string == "auto" {
                    config.listShare = nil
                } else if let share = value?.double ?? value?.int.map(Double.init), share >= 0.2, share <= 0.8 {
                    config.listShare = Int((share * 1000).rounded())
                } else {
                    throw problem(line, "split is the list's share of the width, from 0.2 to 0.8, or \"auto\"")
                }
            case "theme":
                guard let theme = value?.table else { throw problem(line, "theme is a table: [theme]") }
                config.palette = try palette(theme, lines: lines, problem: problem)
            case "keys":
                guard let keys = value?.table else { throw problem(line, "keys is a table: [keys]") }
                rebindings = try self.rebindings(keys, lines: lines, problem: problem)
            default:
                throw problem(line, "unknown setting \"\(key)\"; the settings are mouse, split, [theme] and [keys]")
            }
        }
        do {
            config.keymap = try Keymap.standard.rebound(rebindings)
        } catch {
            throw problem(error.line, error.message)
        }
        return config
    }

    private static func palette(_ theme: TOMLTable, lines: ConfigLines, problem: (Int, String) -> ConfigError) throws(ConfigError) -> Palette {
        var palette = Palette.auto
        if let name = theme["name"] {
            let line = lines.line(of: ["theme", "name"])
            guard let text = name.string, let named = Palette.named.first(where: { $0.name == text }) else {
                throw problem(line, "theme name is one of \(Palette.named.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
            palette = named.palette
        }
        for key in theme.keys where key != "name" {
            let line = lines.line(of: ["theme", key])
            guard let role = Role.allCases.first(where: { $0.configName == key }) else {
                throw problem(line, "unknown role \"\(key)\" in [theme]; the roles are \(Role.allCases.map(\.configName).joined(separator: ", "))")
            }
            guard let text = theme[key]?.string else { throw problem(line, "\(key) is a string such as \"bold 213\"") }
            switch LookName.parse(text) {
            case .success(let look): palette.set(role, look)
            case .failure(let error) where error.secondColour:
                throw problem(line, "\(key) has a second colour, \"\(error.word)\"; give one colour and any of bold, dim, underline, reverse")
            case .failure(let error):
                throw problem(line, "\"\(error.word)\" in \(key) is not a colour (0-255, black … white, bright-red …) nor bold, dim, underline, reverse, default")
            }
        }
        return palette
    }

    private static func rebindings(_ keys: TOMLTable, lines: ConfigLines, problem: (Int, String) -> ConfigError) throws(ConfigError) -> [Rebinding] {
        var found: [Rebinding] = []
        func read(_ table: TOMLTable, _ section: KeySection, _ name: String) throws(ConfigError) {
            for action in table.keys {
                let line = lines.line(of: name.split(separator: ".").map(String.init) + [action])
                let value = table[action]
                if section == .browse, let inner = value?.table {
                    guard let sub = KeySection(rawValue: "keys." + action), sub != .browse else {
                        throw problem(line, "[keys.\(action)] is not a table of keys; there are [keys], [keys.prompt] and [keys.help-screen]")
                    }
                    try read(inner, sub, sub.rawValue)
                    continue
                }
                var names: [String] = []
                if let single = value?.string {
                    names = [single]
                } else if let array = value?.array {
                    for element in array {
                        guard let name = element.string else { throw problem(line, "\(action) takes key names: [\"x\", \"ctrl-q\"]") }
                        names.append(name)
                    }
                } else {
                    throw problem(line, "\(action) takes key names: [\"x\", \"ctrl-q\"]")
                }
                found.append(Rebinding(section: section, action: action, keys: names, line: line))
            }
        }
        try read(keys, .browse, "keys")
        return found
    }

    /// The line with the most dots in a key or header, or brackets and braces open at once
    /// (outside strings), and how deep that is.
    static func deepestNesting(_ text: String) -> (line: Int, depth: Int)? {
        var deepest: (line: Int, depth: Int)?
        var open = 0, line = 1, dots = 0
        var quote: Character?
        var inKey = true
        for c in text {
            if c.isNewline {
                line += 1
                dots = 0
                inKey = open == 0
                continue
            }
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "#": inKey = false
            case "=": inKey = false
            case ".": if inKey { dots += 1 }
            case "[", "{": open += 1
            case "]", "}": open = max(0, open - 1)
            default: break
            }
            let depth = max(open, dots + 1)
            if depth > (deepest?.depth ?? 0) { deepest = (line, depth) }
        }
        return deepest
    }
}
