/// Keys as a config file names them: `x`, `ctrl-q`, `enter`, `shift-tab`, `pgdn`, `f5`.
extension Key {
    private static let named: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backspace", .backspace), ("delete", .delete), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
    ]
    private static let aliases = ["escape": "esc", "return": "enter", "backtab": "shift-tab", "del": "delete",
                                  "pageup": "pgup", "pagedown": "pgdn"]

    /// The key a name means, or nil: one character stands for itself, case and all.
    public init?(name: String) {
        if name.count == 1, let c = name.first {
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) }) else { return nil }
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        let canonical = Key.aliases[lower] ?? lower
        if let key = Key.named.first(where: { $0.0 == canonical })?.1 {
            self = key
        } else if canonical.hasPrefix("ctrl-"), canonical.count == 6, let c = canonical.last, c.isASCII, c.isLetter {
            // Terminals send these chords as the bytes of other keys: Ctrl-M and Ctrl-J are
            // Enter, Ctrl-I is Tab, Ctrl-H is Backspace. Naming them so keeps conflicts visible.
            switch c {
            case "m", "j": self = .enter
            case "i": self = .tab
            case "h": self = .backspace
            default: self = .control(c)
            }
        } else if canonical.hasPrefix("f"), let n = Int(canonical.dropFirst()), (1...24).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }

    /// How a config file writes the key; `Key(name:)` reads it back.
    public var name: String {
        if let named = Key.named.first(where: { $0.1 == self }) { return named.0 }
        switch self {
        case .character(let c): return String(c)
        case .control(let c): return "ctrl-\(c)"
        case .function(let n): return "f\(n)"
        default: return label
        }
    }

    /// Whether the key types text in a prompt, where it cannot be bound.
    var isText: Bool {
        if case .character = self { return true }
        return false
    }
}
