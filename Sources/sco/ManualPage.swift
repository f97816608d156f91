import ArgumentParser
import SCOCore

/// The man page, in roff: the commands from their own help, the keys from the keymap, so it
/// never disagrees with `--help` or the help screen.
enum ManualPage {
    static var text: String {
        var page: [String] = [
            #".TH SCO 1 "2026-11-29" "sco \#(Version.current)" "User Commands""#,
            // No hyphenation and a ragged right margin: options and IDs stay whole.
            ".nh",
            ".ad l",
            ".SH NAME",
            #"sco \- browse the chronicle of the Shanghai Cooperation Organisation and Uzbekistan's part in it"#,
            ".SH SYNOPSIS",
            ".B sco",
            #"[\fB\-\-data\fR \fIfile\fR | \fB\-\-db\fR \fIfile\fR]"#,
            ".br",
            ".B sco",
            #"\fIcommand\fR [\fIoptions\fR]"#,
            ".SH DESCRIPTION",
            paragraph("""
                With no command, sco opens a full-screen browser of the chronicle: a timeline of events, \
                the institutions involved, and the documents adopted, each with a detail pane \
                of its links and sources. Records come from the chronicle built into the program, from a \
                chronicle file (--data), or from a database made by sco import (--db).
                """),
            paragraph("""
                The other commands print records for reading or for scripts. When standard output is not \
                a terminal, sco with no command prints the timeline as text.
                """),
            ".SH COMMANDS",
        ]
        for command in SCO.configuration.subcommands where command.configuration.shouldDisplay {
            let name = command._commandName
            page += [".TP", ".B sco \(escaped(name))", escaped(command.configuration.abstract)]
            let usage = SCO.usageString(for: command).replacingOccurrences(of: "\n", with: " ")
            page += [".br", "Usage: " + escaped(usage.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))]
        }
        page += [".PP", paragraph("Each command takes --help, which lists its options and examples.")]
        page += [".SH KEYS", paragraph("In the browser (the help screen, ?, lists the same keys):")]
        for line in Keymap.standard.helpLines {
            switch line {
            case .heading(let heading): page += [".SS " + escaped(heading.prefix(1).uppercased() + heading.dropFirst())]
            case .binding(let keys, let description): page += [".TP", ".B " + escaped(spelled(keys)), escaped(description)]
            case .blank: break
            }
        }
        page += [".SH QUERY LANGUAGE", paragraph("The search prompt, sco search and (for dates) sco list read one language:")]
        for (term, meaning) in queryTerms { page += [".TP", ".B " + escaped(term), escaped(meaning)] }
        page += [".PP", paragraph("""
            A term that is not understood is left out and named, never an error. Dates are EDTF: \
            2004, 2004-06, 2004-06-17, intervals (2003/2004), and level 1's uncertain (2004?), \
            approximate (2004~), unspecified (200X, 2004-XX), open (../2005, 2003/..) and set \
            ([2003,2004], {2003,2004}) forms.
            """)]
        page += [".SH ENVIRONMENT"]
        for (name, meaning) in environment { page += [".TP", ".B " + name, escaped(meaning)] }
        page += [".SH FILES"]
        for (name, meaning) in files { page += [".TP", ".I " + escaped(name), escaped(meaning)] }
        page += [".SH EXIT STATUS"]
        for (status, meaning) in exitStatuses { page += [".TP", ".B \(status)", escaped(meaning)] }
        page += [".SH SEE ALSO", "less(1), lnav(1), sqlite3(1)"]
        return page.joined(separator: "\n") + "\n"
    }

    static let queryTerms: [(String, String)] = [
        ("word", "Records with a word starting with it, in the title, aliases, place or summary; accents ignored, case too unless the query has a capital."),
        ("\"a phrase\"", "Those words in a row."),
        ("-word", "Leaves out records with the word."),
        ("from:2003  to:2010-06  date:2004", "Records whose dates overlap the span (a year, month or day)."),
        ("17 Jun 2004  Jun 2004  15–16 Jun 2009", "A date written as the screen writes it is a date: term, not words; a year alone stays a word."),
        ("kind:document", "One kind: event, institution or document."),
        ("in:tashkent", "Records whose place has the word."),
        ("inst:rats", "Events of the institutions named and of every part of them."),
        ("doc:charter", "Events linked to the documents named."),
        ("member:2010  observer:2005-07  partner:2026  state:2016", "States that held the status on some day of the date (member covers founding members, partner dialogue partners; state any status)."),
        ("src:article  src:kremlin.ru", "Records citing a declared source (the article, by any paragraph) or a citation holding the text."),
    ]

    static let environment: [(String, String)] = [
        ("TERM", "The terminal type; the browser needs one that curses knows."),
        ("LANG, LC_ALL, LC_CTYPE", "Without a UTF-8 locale the browser draws in ASCII."),
        ("NO_COLOR", "When set and not empty, the browser draws without colour."),
        ("ESCDELAY", "Milliseconds to wait after Esc for the rest of a key (25, or 100 over SSH)."),
        ("SSH_CONNECTION", "When set, Esc waits longer, so arrow keys are not split on a slow link."),
        ("BROWSER", "The program o opens a web address with (xdg-open when unset)."),
        ("DISPLAY, WAYLAND_DISPLAY", "A local display to open a browser on; without one, or over SSH, o copies the address instead."),
        ("XDG_CONFIG_HOME", "Where the config file is looked for (default ~/.config)."),
        ("XDG_STATE_HOME", "Where marks, recent searches and the last place are kept (default ~/.local/state)."),
        ("COLUMNS", "The width text output is cut to, when set; otherwise the terminal's width, and no cut when output is not a terminal."),
    ]

    static let files: [(String, String)] = [
        ("FILE.json", "A chronicle file, read whole with --data; sco validate checks it, sco export writes one."),
        ("FILE.sqlite", "A chronicle database made by sco import FILE --to FILE.sqlite, opened read-only with --db."),
        ("~/.config/sco/config.toml", "Key bindings, theme, mouse and split; sco config checks it, sco config --default prints every setting. A mistake stops the browser with FILE:LINE: problem (exit status 78)."),
        ("~/.local/state/sco/NAME.json", "Marks, recent searches and the last place, one file per chronicle (builtin.json for the built-in one); a damaged file is renamed NAME.json.damaged."),
    ]

    static let exitStatuses: [(Int, String)] = [
        (0, "Success."),
        (1, "No record with the ID given to show, or no match for a search (in every output format)."),
        (2, "The browser could not start: TERM is unset or dumb, or curses cannot open the terminal."),
        (64, "A usage error: an unknown command (the closest are suggested), an unknown option, a missing or invalid argument."),
        (65, "The chronicle is invalid: every problem is listed with its file and JSON path."),
        (66, "The chronicle file or database cannot be read."),
        (73, "sco import refused its target (its own input, a directory, a device, a file it did not make)."),
        (74, "Output failed (a full disk, a closed pipe)."),
        (78, "The config file is invalid: FILE:LINE: problem."),
    ]

    /// Text as roff reads it: backslashes, hyphens and quotes escaped, and a leading dot or quote kept
    /// from being read as a request.
    static func escaped(_ text: some StringProtocol) -> String {
        var s = String(text).replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .replacingOccurrences(of: "\"", with: "\\(dq")
        if s.hasPrefix(".") || s.hasPrefix("'") { s = "\\&" + s }
        return s
    }

    static func paragraph(_ text: String) -> String { escaped(text) }

    /// Arrow keys in words, as man pages name them: a page may be read without UTF-8.
    static func spelled(_ keys: String) -> String {
        keys.replacingOccurrences(of: "↓", with: "Down").replacingOccurrences(of: "↑", with: "Up")
            .replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "→", with: "Right")
    }
}

/// `sco manual`: prints the man page, for installers and packages; not listed in the help.
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manual", abstract: "Print the man page (roff): sco manual | man -l -")

    func run() throws {
        Output.write(ManualPage.text)
    }
}
