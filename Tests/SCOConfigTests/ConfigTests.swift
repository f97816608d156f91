import Foundation
import Testing
@testable import SCOConfig
import SCOCore
import SCOModel
import SCOView
import TestSupport

/// The config file: what it changes, and the line it names for each kind of mistake.
@Suite struct ConfigTests {
    func parse(_ text: String) throws -> Config { try ConfigFile.parse(text, file: "config.toml") }

    func problem(_ text: String) -> ConfigError? {
        do {
            _ = try ConfigFile.parse(text, file: "config.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theDefaultFileIsTheDefaultConfigCommentedOrNot() throws {
        let commented = try parse(DefaultConfig.text)
        #expect(commented.keymap.helpLines == Keymap.standard.helpLines && commented.palette == .auto && !commented.mouse)
        let uncommented = DefaultConfig.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("# ") && $0.contains(" = ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
        let config = try parse(uncommented)
        let store = try Store(Fixtures.builtin())
        #expect(config.palette == .auto && config.listShare == nil)
        for binding in Keymap.standard.bindings where binding.action != .close {
            for key in binding.keys {
                let state = stateFor(binding.context, store)
                #expect(config.keymap.action(for: key, in: state) == Keymap.standard.action(for: key, in: state), "\(key.name) in \(binding.context)")
            }
        }
    }

    /// A state whose keys are read in the context.
    func stateFor(_ context: KeyContext, _ store: Store) -> State {
        var state = State(catalog: store, size: Size(width: 100, height: 30))
        switch context {
        case .prompt: state = update(state, .startSearch).state
        case .help: state = update(state, .toggleHelp).state
        case .chart: state = update(state, .showPane(.chart)).state
        default: break
        }
        return state
    }

    @Test func rebindingChangesTheKeyAndTheHelp() throws {
        let config = try parse("""
            [keys]
            quit = ["x", "ctrl-q"]
            search = "f"
            [keys.help-screen]
            help = ["esc", "f1"]
            """)
        let state = State(catalog: try Store(Fixtures.builtin()), size: Size(width: 100, height: 30), keymap: config.keymap)
        #expect(config.keymap.action(for: .character("x"), in: state) == .quit)
        #expect(config.keymap.action(for: .control("q"), in: state) == .quit)
        #expect(config.keymap.action(for: .character("q"), in: state) == .unbound(.character("q")))
        #expect(config.keymap.action(for: .character("f"), in: state) == .startSearch)
        #expect(config.keymap.helpLines.contains(.binding(keys: "x Ctrl-q", description: "Quit")))
        #expect(!config.keymap.helpLines.contains(.binding(keys: "q Ctrl-c", description: "Quit")))
        #expect(config.keymap.hints(for: state).contains { $0.keys == "x" && $0.label == "quit" })
        #expect(config.keymap.key(for: .startSearch) == "f")
        let help = update(state, .toggleHelp).state
        #expect(config.keymap.action(for: .function(1), in: help) == .toggleHelp)
        #expect(config.keymap.action(for: .character("q"), in: help) == .unbound(.character("q")))
    }

    @Test func anActionLeftWithoutKeysLeavesHelp() throws {
        let config = try parse("[keys]\nzoom = []\n")
        #expect(!config.keymap.helpLines.contains { if case .binding(_, let d) = $0 { return d.hasPrefix("Zoom") } else { return false } })
    }

    @Test func themeMouseAndSplit() throws {
        let config = try parse("""
            mouse = true
            split = 0.35
            [theme]
            name = "light"
            heading = "bold blue"
            link = "bright-red underline"
            """)
        #expect(config.mouse && config.listShare == 350)
        #expect(config.palette.look(.heading) == Look(color: 4, bold: true))
        #expect(config.palette.look(.link) == Look(color: 9, underline: true))
        #expect(config.palette.look(.date) == Palette.light.look(.date))
        #expect(try parse("[theme]\nname = \"none\"\n").palette == .none)
        let state = State(catalog: try Store(Fixtures.builtin()), size: Size(width: 120, height: 30), split: Split(listShare: config.listShare))
        #expect(state.layout.list.width == 42, "35% of 120 columns")
        #expect(try parse("split = \"auto\"").listShare == nil)
    }

    /// Every kind of mistake names its line.
    @Test(arguments: [
        ("mouse = true\nsplit = [", 2, "not valid TOML: array"),
        ("\n[keys]\nfly = [\"x\"]\n", 3, "unknown action \"fly\""),
        ("[keys]\n\nquit = [\"ctrl-shift-q\"]\n", 3, "unknown key \"ctrl-shift-q\""),
        ("[keys]\nquit = [\"j\"]\n", 2, "\"j\" is bound to both"),
        ("[keys]\nsearch = [\"x\"]\nquit = [\"x\"]\n", 3, "\"x\" is bound to both"),
        ("[keys.prompt]\nsubmit = [\"s\"]\n", 2, "types text in a prompt"),
        ("[keys.help-screen]\nsearch = [\"s\"]\n", 2, "not an action of [keys.help-screen]; it is in [keys]"),
        ("[keys]\nquit = 3\n", 2, "takes key names"),
        ("[keys]\nquit = [3]\n", 2, "takes key names"),
        ("[keys.other]\nquit = [\"x\"]\n", 1, "[keys.other] is not a table of keys"),
        ("colour = 1\n", 1, "unknown setting \"colour\""),
        ("mouse = \"yes\"\n", 1, "mouse is true or false"),
        ("split = 0.9\n", 1, "split is the list's share"),
        ("# theme\n[theme]\nname = \"solarized\"\n", 3, "theme name is one of"),
        ("[theme]\nheading = \"bold purple\"\n", 2, "\"purple\" in heading is not a colour"),
        ("[theme]\nheadline = \"bold\"\n", 2, "unknown role \"headline\""),
        ("[theme]\nheading = 5\n", 2, "heading is a string"),
        ("theme = 1\n", 1, "theme is a table"),
        ("a = 1\nb = 2\u{0}\n", 2, "NUL"),
        ("[keys]\nquit = [\"\u{1B}\"]\n", 2, "control characters"),
        ("[keys]\nquit = [\"\\u001b\"]\n", 2, "unknown key"),
        // Line numbers through CRLF, dotted keys, inline tables, arrays of tables, headers.
        ("[keys]\r\nquit = [\"x\"]\r\n\r\n[keys.help-screen]\r\n# c\r\nhelp=[\"zz\"]\r\n", 6, "unknown key \"zz\""),
        ("mouse = true\nkeys.fly = [\"x\"]\n", 2, "unknown action \"fly\""),
        ("mouse = true\ntheme.heading = \"bold plum\"\n", 2, "\"plum\" in heading"),
        ("\n\nkeys = { quit = [\"j\"] }\n", 3, "\"j\" is bound to both"),
        ("[keys]\nprompt.submit = [\"s\"]\n", 2, "types text in a prompt"),
        ("mouse = true\n\n\n\n[nope]\n", 5, "unknown setting \"nope\""),
        ("[keys]\nquit = [\"x\"]\n[keys.nope]\nquit = 1\n", 3, "[keys.nope] is not a table of keys"),
        ("\n[[keys]]\nquit = 1\n", 2, "keys is a table"),
        // Keys that terminals send as the bytes of others, and ways out that must stay.
        ("[keys]\nquit = [\"ctrl-m\"]\n", 2, "\"enter\" is bound to both"),
        ("[keys]\nnext-pane = [\"ctrl-i\"]\nquit = [\"tab\"]\n", 3, "\"tab\" is bound to both"),
        ("[keys.prompt]\nsubmit = [\"ctrl-j\"]\ncancel = [\"ctrl-j\"]\n", 3, "\"enter\" is bound to both"),
        ("[keys]\nquit = []\n", 2, "quit needs a key in [keys]"),
        ("[keys.help-screen]\nhelp = []\n", 2, "help needs a key in [keys.help-screen]"),
        ("[keys.prompt]\ncancel = []\n", 2, "cancel needs a key in [keys.prompt]"),
        ("[theme]\nlink = \"red blue\"\n", 2, "link has a second colour, \"blue\""),
    ])
    func mistakesNameTheirLine(_ text: String, _ line: Int, _ message: String) {
        let error = problem(text)
        #expect(error?.line == line, "\(error?.description ?? "no error")")
        #expect(error?.problem.contains(message) == true, "\(error?.description ?? "no error")")
        #expect(error?.description.hasPrefix("config.toml:\(line): ") == true)
    }

    /// The file itself: absent is the default; a directory, a FIFO, a huge file or bytes that
    /// are not UTF-8 are refused, each with the file's name.
    @Test func theFileItself() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sco-config-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try ConfigFile.load(dir + "/absent.toml").keymap.helpLines == Keymap.standard.helpLines)
        #expect(throws: ConfigError.self) { try ConfigFile.load(dir) }
        #expect(mkfifo(dir + "/fifo", 0o600) == 0)
        #expect(throws: ConfigError.self) { try ConfigFile.load(dir + "/fifo") }
        try Data(repeating: 0x23, count: ConfigFile.sizeLimit + 1).write(to: URL(fileURLWithPath: dir + "/huge.toml"))
        #expect(throws: ConfigError.self) { try ConfigFile.load(dir + "/huge.toml") }
        try Data("mouse = true\n# caf\u{E9}\n".utf8.map { $0 } .dropLast(0)).write(to: URL(fileURLWithPath: dir + "/ok.toml"))
        #expect(try ConfigFile.load(dir + "/ok.toml").mouse)
        try Data([0x6D, 0x3D, 0x31, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: dir + "/latin.toml"))
        do {
            _ = try ConfigFile.load(dir + "/latin.toml")
            Issue.record("not UTF-8 was taken")
        } catch {
            #expect(error.description == dir + "/latin.toml:2: is not UTF-8 text")
        }
    }

    /// The example in README.md is a valid config that does what it says.
    @Test func theReadmeExampleIsValid() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```toml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let config = try parse(String(readme[start.upperBound..<end.lowerBound]))
        #expect(config.mouse && config.listShare == 400 && config.palette.look(.heading) == Look(color: 25, bold: true))
        #expect(config.keymap.key(for: .quit) == "x")
    }

    /// Nesting deep enough to overflow a recursive parser is refused before parsing.
    @Test(arguments: [String(repeating: "a.", count: 50_000) + "a = 1\n", "[" + String(repeating: "a.", count: 50_000) + "a]\n",
                      "x = " + String(repeating: "[", count: 50_000) + "\n", "x = " + String(repeating: "{a=", count: 30_000) + "\n"])
    func deepNestingIsRefused(_ text: String) {
        #expect(problem(text)?.problem.contains("nested") == true, "\(problem(text)?.description.prefix(80) ?? "no error")")
    }

    @Test func keyNamesReadBack() {
        let keys: [Key] = [.character("x"), .character("Q"), .character(" "), .character("é"), .control("q"), .enter, .escape, .tab, .backTab,
                           .backspace, .delete, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .function(12)]
        for key in keys { #expect(Key(name: key.name) == key, "\(key.name)") }
        #expect(Key(name: "Ctrl-Q") == .control("q") && Key(name: "ESCAPE") == .escape && Key(name: "PageDown") == .pageDown)
        for bad in ["", "ctrl-", "ctrl-1", "f0", "f25", "xy", "\u{1B}", "\u{7F}", "\u{85}", "\n"] { #expect(Key(name: bad) == nil, "\(bad)") }
        #expect(Key(name: "ctrl-m") == .enter && Key(name: "ctrl-j") == .enter && Key(name: "ctrl-i") == .tab && Key(name: "ctrl-h") == .backspace)
    }

    @Test func everyBindableActionHasOneName() {
        let names = Action.named.map(\.name)
        #expect(Set(names).count == names.count)
        for binding in Keymap.standard.bindings { #expect(binding.action.name != nil, "\(binding.action)") }
    }

    /// The standard keymap passes its own conflict check.
    @Test func theStandardKeymapHasNoConflicts() throws {
        _ = try Keymap.standard.rebound([])
    }
}
