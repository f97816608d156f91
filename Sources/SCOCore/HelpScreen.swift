/// The help screen's lines, generated from the keymap.
public enum HelpScreen {
    public enum Line: Hashable, Sendable {
        case heading(String)
        case binding(keys: String, description: String)
        case blank
    }

    public static let lines: [Line] = {
        var lines: [Line] = []
        for context in KeyContext.allCases {
            let bindings = Keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.rawValue))
            for binding in bindings {
                lines.append(.binding(keys: binding.keys.map(\.label).joined(separator: " "), description: binding.description))
            }
        }
        lines.append(.blank)
        lines.append(.binding(keys: "any letter", description: "In the search prompt: typed into the query"))
        return lines
    }()
}
