/// A source's text cut into web addresses and the words between them, so each address can be
/// shown, selected, copied and opened whole.
public enum SourceText {
    public enum Piece: Equatable {
        case text(String)
        case url(String)
    }

    /// A web address as people read it: `%D1%88…` shown as the letters it encodes. Only what
    /// decodes to whole UTF-8 without control characters is decoded (an encoded `%20`, `%2F`
    /// or `%25` stays, since decoding it changes what the address means); copying and opening
    /// keep the exact address.
    public static func readable(_ url: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count)
        var iterator = Array(url.utf8)[...]
        var decodedAny = false
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2, let high = hex(iterator[iterator.startIndex]),
               let low = hex(iterator[iterator.startIndex + 1]), high * 16 + low >= 0x80 {
                bytes.append(high * 16 + low)
                iterator = iterator.dropFirst(2)
                decodedAny = true
            } else {
                bytes.append(byte)
            }
        }
        guard decodedAny, let decoded = String(validating: bytes, as: UTF8.self),
              !decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        else { return url }
        return decoded
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    public static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var words: [Substring] = []
        func flush() {
            var joined = Substring(words.joined(separator: " "))
            while let last = joined.last, last == ";" || last == "," { joined = joined.dropLast() }
            while let first = joined.first, first == ";" || first == "," { joined = joined.dropFirst() }
            if !joined.allSatisfy(\.isWhitespace) { pieces.append(.text(String(joined))) }
            words = []
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if let url = webAddress(word) {
                flush()
                pieces.append(.url(url))
            } else {
                words.append(word)
            }
        }
        flush()
        return pieces
    }

    /// The word as a web address: `http://` or `https://` and then only the printable ASCII
    /// characters an address may hold. An address with a control character or an escape is
    /// refused: it stays text, which the sanitiser makes safe, and is never emitted as a link.
    public static func webAddress(_ word: Substring) -> String? {
        guard word.hasPrefix("http://") || word.hasPrefix("https://"), word.count > 8,
              word.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\"" && $0 != "<" && $0 != ">" && $0 != "\\" })
        else { return nil }
        // Sentence punctuation after an address is not part of it.
        var url = word
        while let last = url.last, ".,;)".contains(last), !(last == ")" && url.contains("(")) { url = url.dropLast() }
        return String(url)
    }
}

extension SourceText {
    /// The first web address in a source's text.
    /// A web address's host without `www.` (`tass.com`), to name a source in little room.
    public static func host(of url: String) -> String {
        let rest = url.split(separator: "://", maxSplits: 1).last.map(String.init) ?? url
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(host.hasPrefix("www.") ? host.dropFirst(4) : host)
    }

    public static func firstURL(in text: String) -> String? {
        for case .url(let url) in pieces(text) { return url }
        return nil
    }
}
