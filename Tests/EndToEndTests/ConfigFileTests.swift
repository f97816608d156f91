import Foundation
import Testing
import TestSupport

/// `$XDG_CONFIG_HOME/sco/config.toml` as the real program reads it, in a real terminal.
@Suite(.serialized) struct ConfigFileTests {
    func configHome(_ scratch: Scratch, _ text: String) throws -> String {
        try FileManager.default.createDirectory(atPath: scratch.path("config/sco"), withIntermediateDirectories: true)
        try text.write(toFile: scratch.path("config/sco/config.toml"), atomically: false, encoding: .utf8)
        return scratch.path("config")
    }

    /// A rebinding changes what the key does, what help lists and what the status line hints.
    @Test func rebindingChangesTheKeyAndTheHelp() throws {
        let scratch = try Scratch()
        let home = try configHome(scratch, "[keys]\nquit = [\"x\", \"ctrl-q\"]\nhelp = [\"f1\"]\n")
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(Tmux.sco() + "; echo EXIT=$?; sleep 30"), width: 120, height: 30,
                            environment: ["XDG_CONFIG_HOME": home])
        let started = try tmux.wait(for: "Timeline 1/")
        #expect(started.ok && started.screen.contains("x quit") && started.screen.contains("F1 help"), "\(started.screen)")
        try tmux.send("q")
        #expect(try tmux.wait(for: "q: not a key here — F1 for help").ok, "q no longer quits")
        try tmux.send("F1")
        #expect(try tmux.wait(for: "Help 1–").ok)
        try tmux.send("G")
        let help = try tmux.wait(for: "x Ctrl-q")
        #expect(help.ok, "help lists the new keys: \(help.screen)")
        #expect(!help.screen.contains("q Ctrl-c"))
        try tmux.send("Escape", "x")
        #expect(try tmux.wait(for: "EXIT=0").ok)
    }

    /// A mistake stops the browser before it draws: `FILE:LINE: problem`, exit status 78, and the
    /// terminal as it was.
    @Test func aMistakeStopsTheBrowserWithItsLine() throws {
        let scratch = try Scratch()
        let home = try configHome(scratch, "mouse = false\n[keys]\nquit = [\"j\"]\n")
        let script = try scratch.script("run.sh", """
            stty -g > \(Tmux.quote(scratch.path("before")))
            \(Tmux.sco())
            echo EXIT=$?
            stty -g > \(Tmux.quote(scratch.path("after")))
            sleep 30
            """)
        let tmux = try Tmux(command: script, width: 120, height: 30, environment: ["XDG_CONFIG_HOME": home])
        let ended = try tmux.wait(for: "EXIT=")
        #expect(ended.screen.contains("sco: \(home)/sco/config.toml:3: \"j\" is bound to both"), "\(ended.screen)")
        #expect(ended.screen.contains("EXIT=78"))
        #expect(scratch.waitForFile("after"))
        #expect(scratch.read("before") == scratch.read("after"))
    }

    @Test func configCommand() throws {
        let scratch = try Scratch()
        let printed = try Program.run(["config", "--default"])
        #expect(printed.status == 0 && printed.stdout.contains("# quit = [\"q\", \"ctrl-c\"]"))
        let absent = try Program.run(["config"], environment: ["XDG_CONFIG_HOME": scratch.path("none")])
        #expect(absent.status == 0 && absent.stdout.contains("not there, so the defaults are used"))
        let home = try configHome(scratch, printed.stdout)
        let valid = try Program.run(["config"], environment: ["XDG_CONFIG_HOME": home])
        #expect(valid.status == 0 && valid.stdout.hasSuffix("config.toml: valid\n"))
        try "[theme]\nname = \"sepia\"\n".write(toFile: home + "/sco/config.toml", atomically: false, encoding: .utf8)
        let invalid = try Program.run(["config"], environment: ["XDG_CONFIG_HOME": home])
        #expect(invalid.status == 78 && invalid.stderr.contains("config.toml:2: theme name is one of"))
        // Not a file: a directory where the file should be.
        try FileManager.default.removeItem(atPath: home + "/sco/config.toml")
        try FileManager.default.createDirectory(atPath: home + "/sco/config.toml", withIntermediateDirectories: false)
        let directory = try Program.run(["config"], environment: ["XDG_CONFIG_HOME": home])
        #expect(directory.status == 78 && directory.stderr.contains("config.toml:1: is a directory; give a config file"), "\(directory.stderr)")
    }
}
