/// SGR mouse reports, `ESC [ < button ; column ; row M` (`m` on release), read from the codes
/// `wgetch` returns: curses knows the `ESC [ <` start as the terminal's mouse key (KEY_MOUSE),
/// or, where terminfo names another, returns it as characters; the rest comes as characters.
enum MouseReport {
    enum Button: Equatable {
        case press, wheelUp, wheelDown
        /// A release, a drag, the middle or right button: read and passed over.
        case other
    }

    /// The report whose parameters start at `start` (after `ESC [ <`), and the index after it;
    /// nil when the codes there are not one. Numbers are at most five digits, so hostile input
    /// costs nothing.
    static func parse(_ codes: [Int32], from start: Int) -> (button: Button, x: Int, y: Int, end: Int)? {
        var numbers: [Int] = []
        var value = 0, digits = 0
        var i = start
        while i < codes.count {
            let c = codes[i]
            switch c {
            case 48...57:
                guard digits < 5 else { return nil }
                value = value * 10 + Int(c - 48)
                digits += 1
            case 59:
                guard digits > 0, numbers.count < 2 else { return nil }
                numbers.append(value)
                value = 0
                digits = 0
            case 77, 109:
                guard digits > 0, numbers.count == 2, value > 0, numbers[1] > 0 else { return nil }
                let b = numbers[0]
                let button: Button
                if c == 109 || b & 32 != 0 {
                    button = .other
                } else if b & 64 != 0 {
                    button = b & 3 == 0 ? .wheelUp : b & 3 == 1 ? .wheelDown : .other
                } else {
                    button = b & 3 == 0 ? .press : .other
                }
                return (button, numbers[1] - 1, value - 1, i + 1)
            default:
                return nil
            }
            i += 1
        }
        return nil
    }
}
