import Foundation
import Testing
import TestSupport

/// What an installed sco brings besides the browser: its version, its man page and its
/// completions (`scripts/install` and `scripts/package` write them from these commands).
@Suite struct InstallTests {
    @Test func versionIsTheOneTheManPageGives() throws {
        let version = try Program.run(["--version"])
        #expect(version.status == 0 && version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let page = try Program.run(["manual"])
        #expect(page.stdout.contains(#""sco \#(version.stdout.dropLast())""#))
        let help = try Program.run(["--help"])
        #expect(help.stdout.contains("  manual "), "every command is listed, the man page's too")
    }

    /// `man` renders the page at 80 columns with no warning, every section there, every key of
    /// the help screen in it, and no line wider than 80.
    @Test func manRendersCleanlyAt80Columns() throws {
        let scratch = try Scratch()
        let page = scratch.path("sco.1")
        #expect(try Program.shell("'\(Program.path)' manual > '\(page)'").status == 0)
        let warnings = try Program.shell("MANWIDTH=80 LANG=C.UTF-8 man --warnings=all -l '\(page)' 2>&1 >/dev/null")
        #expect(warnings.stdout.isEmpty, "\(warnings.stdout)")
        let rendered = try Program.shell("MANWIDTH=80 LANG=C.UTF-8 man -l '\(page)' | col -b")
        let lines = rendered.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "QUERY LANGUAGE", "ENVIRONMENT", "FILES", "EXIT STATUS"] {
            #expect(lines.contains { $0 == section }, "no \(section) section")
        }
        for shown in ["sco list", "sco search", "Go to a date", "Show or hide the histogram", "inst:rats", "NO_COLOR", "65", "74",
                      "Delete the word before the cursor", "Down j"] {
            #expect(rendered.stdout.contains(shown), "\(shown) is not in the man page")
        }
    }

    /// Bash completes `sco show ` with the IDs of the chronicle the line names, or of the
    /// built-in one; a chronicle that cannot be read completes nothing and prints nothing.
    @Test func bashCompletesRecordIDs() throws {
        let scratch = try Scratch()
        let script = scratch.path("sco.bash")
        #expect(try Program.shell("'\(Program.path)' --generate-completion-script bash > '\(script)'").status == 0)
        let bin = URL(fileURLWithPath: Program.path).deletingLastPathComponent().path
        func complete(_ words: [String]) throws -> (ids: [String], stderr: String) {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            let line = words.joined(separator: " ")
            let result = try Program.shell("""
                PATH='\(bin)':$PATH bash -c 'source "$0"; COMP_WORDS=(\(quoted.replacingOccurrences(of: "'", with: "\"")));
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="\(line)"; COMP_POINT=${#COMP_LINE}; _sco;
                printf "%s\\n" "${COMPREPLY[@]}"' '\(script)'
                """)
            return (result.stdout.split(separator: "\n").map(String.init), result.stderr)
        }
        let builtin = try complete(["sco", "show", "rats-c"])
        #expect(builtin.ids == ["rats-council", "rats-council-28", "rats-council-begins"], "\(builtin)")
        let all = try complete(["sco", "show", ""])
        #expect(all.ids.count == (try Fixtures.builtin()).events.count + (try Fixtures.builtin()).institutions.count + (try Fixtures.builtin()).documents.count)
        let other = try complete(["sco", "show", "--data", Fixtures.path("edtf.json"), "open"])
        #expect(other.ids == ["open-end", "open-start"], "\(other)")
        let broken = try complete(["sco", "show", "--data", Fixtures.path("invalid/malformed.json"), ""])
        #expect(broken.ids.isEmpty && broken.stderr.isEmpty, "\(broken)")
        let missing = try complete(["sco", "show", "--db", scratch.path("none.sqlite"), ""])
        #expect(missing.ids.isEmpty && missing.stderr.isEmpty, "\(missing)")
        let kinds = try complete(["sco", "list", ""])
        #expect(Set(["events", "institutions", "documents"]).isSubset(of: Set(kinds.ids)), "\(kinds)")
    }
}
