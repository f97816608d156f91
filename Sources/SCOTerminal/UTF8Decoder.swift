/// Assembles input bytes into characters. ncurses' own `get_wch` can wait forever after a
/// stray continuation byte, leaving the program deaf; this decoder drops whatever is not
/// UTF-8 and starts again at the next byte that can begin a character.
struct UTF8Decoder {
    private var pending: [UInt8] = []
    private var expected = 0

    /// Feeds one byte; returns a scalar when one is complete.
    mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if !pending.isEmpty {
            if (0x80...0xBF).contains(byte) {
                pending.append(byte)
                guard pending.count == expected else { return nil }
                defer { pending.removeAll() }
                return String(validating: pending, as: UTF8.self)?.unicodeScalars.first
            }
            pending.removeAll()
        }
        switch byte {
        case 0x00...0x7F:
            return Unicode.Scalar(byte)
        case 0xC2...0xDF:
            expected = 2
        case 0xE0...0xEF:
            expected = 3
        case 0xF0...0xF4:
            expected = 4
        default:
            return nil
        }
        pending = [byte]
        return nil
    }
}
