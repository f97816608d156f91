/// The text of a prompt and where its cursor is, edited as a shell's line is: one value for the
/// search prompt and the go-to-date prompt, so both edit alike.
public struct PromptText: Hashable, Sendable {
    public private(set) var text = ""
    /// Characters after the cursor: 0 when it is at the end, where typing (and a paste)
    /// appends in constant time.
    public private(set) var charactersAfterCursor = 0

    /// Whether the text is a suggestion that typing replaces, as a selected field's is (the
    /// export prompt's file name); moving the cursor takes it as it is.
    public private(set) var isSuggestion = false

    public init(_ text: String = "") {
        self.text = text
    }

    public init(suggesting text: String) {
        self.text = text
        isSuggestion = !text.isEmpty
    }

    /// The text before and after the cursor.
    public var aroundCursor: (before: Substring, after: Substring) {
        let cursor = text.index(text.endIndex, offsetBy: -charactersAfterCursor)
        return (text[..<cursor], text[cursor...])
    }

    /// Applies an editing action: whether the text changed, or nil for an action that is not
    /// an edit.
    mutating func apply(_ action: Action) -> Bool? {
        if isSuggestion {
            isSuggestion = false
            switch action {
            case .promptInsert, .promptDeleteBackward, .promptDeleteForward, .promptDeleteWord, .promptClear:
                replace("", "")
                if case .promptInsert = action { break }
                return true
            default: break
            }
        }
        switch action {
        case .promptInsert(let c):
            if charactersAfterCursor == 0 {
                text.append(c)
            } else {
                let (before, after) = aroundCursor
                replace(String(before) + String(c), String(after))
            }
            return true
        case .promptDeleteBackward:
            let (before, after) = aroundCursor
            guard !before.isEmpty else { return false }
            if after.isEmpty { text.removeLast() } else { replace(String(before.dropLast()), String(after)) }
            return true
        case .promptDeleteForward:
            let (before, after) = aroundCursor
            guard !after.isEmpty else { return false }
            replace(String(before), String(after.dropFirst()))
            return true
        case .promptDeleteWord:
            // The word before the cursor, and the spaces after it, as in a shell.
            let (before, after) = aroundCursor
            var kept = before
            while kept.last?.isWhitespace == true { kept.removeLast() }
            while let last = kept.last, !last.isWhitespace { kept.removeLast() }
            guard kept.count < before.count else { return false }
            replace(String(kept), String(after))
            return true
        case .promptClear:
            guard charactersAfterCursor < text.count else { return false }
            replace("", String(aroundCursor.after))
            return true
        case .promptLeft: charactersAfterCursor = min(text.count, charactersAfterCursor + 1)
        case .promptRight: charactersAfterCursor = max(0, charactersAfterCursor - 1)
        case .promptHome: charactersAfterCursor = text.count
        case .promptEnd: charactersAfterCursor = 0
        default: return nil
        }
        return false
    }

    private mutating func replace(_ before: String, _ after: String) {
        text = before + after
        charactersAfterCursor = after.count
    }
}
