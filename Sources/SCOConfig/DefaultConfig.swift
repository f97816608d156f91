import SCOCore
import SCOView

/// The text `sco config --default` prints: every setting with its default, commented out, so
/// the file documents itself and uncommenting a line changes only what is edited.
public enum DefaultConfig {
    public static var text: String {
        var out = """
            # sco's config: $XDG_CONFIG_HOME/sco/config.toml (by default ~/.config/sco/config.toml).
            # Every setting is optional; each is shown with its default, commented out.
            # A mistake stops sco before it draws, with FILE:LINE: problem (exit status 78).

            # The mouse (or sco --mouse): a click selects a tab, a row or a link, a double click
            # opens it, the wheel scrolls the pane under the pointer.
            # mouse = false

            # The list's share of the width, from 0.2 to 0.8, or "auto" to follow the titles.
            # split = "auto"

            [theme]
            # "auto" reads on dark and light backgrounds alike; "dark" and "light" colour dates
            # and links for that background; "none" uses no colour, only bold, underline, reverse.
            # name = "auto"
            # Any role's look: a colour (0-255, black ... white, bright-red ...) and bold, dim,
            # underline, reverse; "default" for none. The roles, as the auto theme draws them:

            """
        for role in Role.allCases {
            out += "# \(role.configName) = \"\(LookName.name(Palette.auto.look(role)))\"\n"
        }
        out += """

            # Keys: each action with its keys, as a list; [] leaves it without any. A key is one
            # character, or space, enter, esc, tab, shift-tab, backspace, delete, up, down, left,
            # right, pgup, pgdn, home, end, ctrl-a ... ctrl-z, f1 ... f24. One key may do one thing
            # where it is read; help and the status line follow these bindings.
            """
        for section in KeySection.allCases {
            out += "\n[\(section.rawValue)]\n"
            if section == .prompt { out += "# Printable keys type into the prompt, so bind control and function keys here.\n" }
            var seen: [String] = []
            for binding in Keymap.standard.bindings where section.contexts.contains(binding.context) {
                guard let name = binding.action.name, !seen.contains(name) else { continue }
                seen.append(name)
                var keys: [String] = []
                for other in Keymap.standard.bindings where section.contexts.contains(other.context) && other.action == binding.action {
                    for key in other.keys where !keys.contains(key.name) { keys.append(key.name) }
                }
                let list = "[" + keys.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
                    .joined(separator: ", ") + "]"
                out += "# \(name) = \(list)" + String(repeating: " ", count: max(1, 40 - name.count - list.count)) + "# \(binding.description)\n"
            }
        }
        return out
    }
}
