/// Mouse reports picked out of the codes `wgetch` returns, so none of their bytes is ever
/// taken for a key. SGR reports (`ESC [ < button ; column ; row M`, `m` on release) and old
/// X10 ones (`ESC [ M` and three bytes) are both read: curses returns the start it knows from
/// terminfo (`kmous`) as KEY_MOUSE, and any other start as characters. A report cut between
/// two reads is kept until the rest arrives; one that is malformed is dropped whole.
struct MouseInput {
    enum Button: Equatable {
        case press, wheelUp, wheelDown
        /// A release, a drag, the middle or right button: read and passed over.
        case other
    }

    enum Item: Equatable {
        case code(Int32)
        case report(Button, x: Int, y: Int)
    }

    /// Whether this terminal's KEY_MOUSE is the SGR start (`ESC [ <`) rather than X10's.
    let keyIsSGR: Bool
    let keyMouse: Int32
    /// The start of a report that the last read cut short.
    private var carried: [Int32] = []

    /// The longest SGR report: three numbers of five digits, two semicolons and the end.
    static let longest = 20

    init(keyIsSGR: Bool, keyMouse: Int32) {
        self.keyIsSGR = keyIsSGR
        self.keyMouse = keyMouse
    }

    mutating func take(_ fresh: [Int32]) -> [Item] {
        let codes = carried + fresh
        carried = []
        var items: [Item] = []
        var i = 0
        while i < codes.count {
            let sgr: Int?, x10: Int?
            if codes[i] == keyMouse {
                (sgr, x10) = keyIsSGR ? (i + 1, nil) : (nil, i + 1)
            } else if codes[i] == 27, i + 2 < codes.count, codes[i + 1] == 91, codes[i + 2] == 60 || codes[i + 2] == 77 {
                (sgr, x10) = codes[i + 2] == 60 ? (i + 3, nil) : (nil, i + 3)
            } else {
                items.append(.code(codes[i]))
                i += 1
                continue
            }
            if let start = x10 {
                guard start + 3 <= codes.count else {
                    carried = Array(codes[i...])
                    return items
                }
                let b = Int(codes[start]) - 32
                items.append(.report(MouseInput.button(b, release: b & 64 == 0 && b & 3 == 3), x: Int(codes[start + 1]) - 33, y: Int(codes[start + 2]) - 33))
                i = start + 3
                continue
            }
            let start = sgr!
            var j = start
            while j < codes.count, (48...57).contains(codes[j]) || codes[j] == 59 { j += 1 }
            if j == codes.count, j - start < MouseInput.longest {
                carried = Array(codes[i...])
                return items
            }
            if j < codes.count, codes[j] == 77 || codes[j] == 109 {
                if let report = MouseInput.parse(Array(codes[start..<j]), release: codes[j] == 109) { items.append(report) }
                i = j + 1
            } else if let end = codes[j..<min(codes.count, max(j, start + MouseInput.longest))].firstIndex(where: { $0 == 77 || $0 == 109 }) {
                // A broken report (`ESC [ < 0 ; 1e ; 5 m`): dropped to its end, never typed.
                i = end + 1
            } else {
                // Not a report after all: what was read of it is dropped, and what follows is input.
                i = j
            }
        }
        return items
    }

    /// `button;column;row`, each at most five digits, columns and rows from 1.
    static func parse(_ body: [Int32], release: Bool) -> Item? {
        let parts = body.split(separator: 59, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 5, part.allSatisfy({ (48...57).contains($0) }) else { return nil }
            numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 48) })
        }
        guard numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        return .report(button(numbers[0], release: release), x: numbers[1] - 1, y: numbers[2] - 1)
    }

    static func button(_ b: Int, release: Bool) -> Button {
        if release || b & 32 != 0 { return .other }
        if b & 64 != 0 { return b & 3 == 0 ? .wheelUp : b & 3 == 1 ? .wheelDown : .other }
        return b & 3 == 0 ? .press : .other
    }
}
