import SCOView

/// A role's look as a config file writes it: words for a colour and attributes, in any order,
/// as `"bold 213"`, `"underline blue"`, `"reverse"` or `"default"`.
enum LookName {
    static let colors = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The look, or the word that is not understood (a second colour among them).
    static func parse(_ text: String) -> Result<Look, LookNameError> {
        var look = Look()
        var colored = false
        for word in text.split(separator: " ").map({ $0.lowercased() }) {
            switch word {
            case "bold": look.bold = true
            case "dim": look.dim = true
            case "underline": look.underline = true
            case "reverse": look.reverse = true
            case "default", "plain": look.color = nil
            default:
                if colored { return .failure(LookNameError(word: word, secondColour: true)) }
                colored = true
                if let n = Int(word), (0...255).contains(n) {
                    look.color = n
                } else if let i = colors.firstIndex(of: word) {
                    look.color = i
                } else if word.hasPrefix("bright-"), let i = colors.firstIndex(of: String(word.dropFirst(7))) {
                    look.color = 8 + i
                } else {
                    return .failure(LookNameError(word: word))
                }
            }
        }
        return .success(look)
    }

    /// How `parse` reads the look back, for the default file.
    static func name(_ look: Look) -> String {
        var words: [String] = []
        if let color = look.color { words.append(color < 8 ? colors[color] : color < 16 ? "bright-" + colors[color - 8] : String(color)) }
        if look.bold { words.append("bold") }
        if look.dim { words.append("dim") }
        if look.underline { words.append("underline") }
        if look.reverse { words.append("reverse") }
        return words.isEmpty ? "default" : words.joined(separator: " ")
    }
}

struct LookNameError: Error {
    let word: String
    var secondColour = false
}

extension Role {
    /// The role's name in a config file's `[theme]`.
    var configName: String {
        rawValue.reduce(into: "") { name, c in name += c.isUppercase ? "-" + c.lowercased() : String(c) }
    }
}
