/// A line of the help screen, generated from a keymap's bindings.
public enum HelpLine: Hashable, Sendable {
    case heading(String)
    case binding(keys: String, description: String)
    case blank

    static func lines(for bindings: [Binding]) -> [HelpLine] {
        var lines: [HelpLine] = []
        for context in KeyContext.allCases {
            // An action a config left without keys is not listed.
            let inContext = bindings.filter { $0.context == context && !$0.keys.isEmpty }
            guard !inContext.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.rawValue))
            for binding in inContext {
                lines.append(.binding(keys: binding.keys.map(\.label).joined(separator: " "), description: binding.description))
            }
        }
        lines.append(.blank)
        lines.append(.binding(keys: "any letter", description: "In the search prompt: typed into the query"))
        lines.append(.blank)
        lines.append(.heading("Reading the lists"))
        lines.append(.binding(keys: "e d i s", description: "Results and Marks: the row's kind (\(KindLetter.legend))"))
        lines.append(.binding(keys: "place", description: "Results: why a row matched when its title does not show it (title, name: an alias or a person, place, summary); equally good matches go by date"))
        lines.append(.binding(keys: "29 May →", description: "A date that runs on past its year; the detail shows it whole"))
        return lines
        return lines
    }
}
