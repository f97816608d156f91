/// The tables of a config file that bind keys, and the screens each applies to: `[keys]` to
/// browsing (lists and detail), `[keys.prompt]` to the prompts, `[keys.help-screen]` to the help screen.
public enum KeySection: String, CaseIterable, Sendable {
    case browse = "keys"
    case prompt = "keys.prompt"
    case help = "keys.help-screen"

    public var contexts: [KeyContext] {
        switch self {
        case .browse: return [.global, .move, .list, .chart, .detail]
        case .prompt: return [.prompt]
        case .help: return [.help]
        }
    }
}

/// One line of a config file's key tables: an action and the keys it gets, in place of its own.
public struct Rebinding: Sendable {
    public let section: KeySection
    public let action: String
    public let keys: [String]
    /// Where it was written, for the error message.
    public let line: Int

    public init(section: KeySection, action: String, keys: [String], line: Int) {
        self.section = section
        self.action = action
        self.keys = keys
        self.line = line
    }
}

/// Why a config file's bindings cannot be used, and the line that says so.
public struct KeymapProblem: Error, Equatable, Sendable {
    public let line: Int
    public let message: String
}

extension Keymap {
    /// The keys that are read together, so that one key may do only one thing in each: a list
    /// with the keys that act anywhere, the detail likewise, the chart with the moves (its
    /// keys come first on the chart pane, before the list's and those that act anywhere), a
    /// prompt, the help screen.
    static let sharedContexts: [[KeyContext]] = [[.list, .move, .global], [.chart, .move], [.detail, .move, .global], [.prompt], [.help]]

    /// This keymap with the config file's bindings in place of the ones they name. An unknown
    /// action or key, a printable key in a prompt, or one key given two actions where both are
    /// read is refused with the line that caused it.
    public func rebound(_ rebindings: [Rebinding]) throws(KeymapProblem) -> Keymap {
        var bindings = self.bindings
        var lines: [KeyContext: [String: Int]] = [:]
        for rebinding in rebindings {
            guard let action = Action(name: rebinding.action) else {
                throw KeymapProblem(line: rebinding.line, message: "unknown action \"\(rebinding.action)\" (`sco config --default` lists them)")
            }
            let targets = bindings.indices.filter { rebinding.section.contexts.contains(bindings[$0].context) && bindings[$0].action == action }
            guard !targets.isEmpty else {
                let elsewhere = KeySection.allCases.filter { section in bindings.contains { section.contexts.contains($0.context) && $0.action == action } }
                throw KeymapProblem(line: rebinding.line, message: "\"\(rebinding.action)\" is not an action of [\(rebinding.section.rawValue)]"
                                    + (elsewhere.isEmpty ? "" : "; it is in [\(elsewhere[0].rawValue)]"))
            }
            var keys: [Key] = []
            for name in rebinding.keys {
                guard let key = Key(name: name) else {
                    throw KeymapProblem(line: rebinding.line, message: "unknown key \"\(name)\" for \(rebinding.action): write a character, or a name such as ctrl-q, enter, esc, tab, pgdn, f5")
                }
                if rebinding.section == .prompt, key.isText {
                    throw KeymapProblem(line: rebinding.line, message: "\"\(name)\" types text in a prompt; bind \(rebinding.action) to a control or function key")
                }
                if !keys.contains(key) { keys.append(key) }
            }
            for i in targets {
                let b = bindings[i]
                bindings[i] = Binding(keys, b.action, b.context, b.description, hint: b.hint)
                lines[b.context, default: [:]][rebinding.action] = rebinding.line
            }
        }
        // Whatever is rebound, there stays a way out: a key that quits, one that closes help,
        // and keys that keep and cancel a prompt.
        for (context, action, section) in [(KeyContext.global, Action.quit, KeySection.browse), (.help, .toggleHelp, .help),
                                           (.prompt, .promptSubmit, .prompt), (.prompt, .promptCancel, .prompt)] {
            guard let name = action.name, let line = lines[context]?[name],
                  !bindings.contains(where: { $0.context == context && $0.action == action && !$0.keys.isEmpty }) else { continue }
            throw KeymapProblem(line: line, message: "\(name) needs a key in [\(section.rawValue)], or there is no way out")
        }
        for contexts in Keymap.sharedContexts {
            var owners: [Key: Action] = [:]
            for binding in bindings where contexts.contains(binding.context) {
                for key in binding.keys {
                    if let owner = owners[key], owner != binding.action {
                        let line = contexts.lazy.compactMap { lines[$0]?[binding.action.name ?? ""] ?? lines[$0]?[owner.name ?? ""] }.first ?? 1
                        throw KeymapProblem(line: line, message: "\"\(key.name)\" is bound to both \(owner.name ?? "?") and \(binding.action.name ?? "?")")
                    }
                    owners[key] = binding.action
                }
            }
        }
        return Keymap(bindings)
    }
}
