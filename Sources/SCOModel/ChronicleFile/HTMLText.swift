import SCOText

/// Plain text from the HTML that TimelineJS allows in a slide's text: tags removed (a `<br>` or
/// a block's end becomes a space), the contents of `script` and `style` dropped, entities
/// decoded, runs of space made one, and control characters made harmless by the sanitiser, so
/// nothing a file holds can reach the terminal as a sequence. Linear in the text.
enum HTMLText {
    static func plain(_ html: String) -> String {
        // UTF-8 bytes, made a String once: appending to a String's scalars copied it each time.
        var out: [UInt8] = []
        func put(_ scalar: Unicode.Scalar) { out.append(contentsOf: UTF8.encode(scalar)!) }
        var scalars = Array(html.unicodeScalars)[...]
        var skipping: String?
        while let c = scalars.first {
            // A comment runs to `-->`, whatever `>` it holds.
            if c == "<", scalars.starts(with: "<!--".unicodeScalars) {
                let body = scalars.dropFirst(4)
                var end = body.startIndex
                while end < body.endIndex, !body[end...].starts(with: "-->".unicodeScalars) { end += 1 }
                scalars = end < body.endIndex ? body[(end + 3)...] : body[body.endIndex...]
                continue
            }
            // A tag ends at the first `>`, and never holds a `<`: stopping the search at either
            // keeps the pass linear however many stray `<` there are.
            if c == "<", let end = scalars.dropFirst().firstIndex(where: { $0 == ">" || $0 == "<" }), scalars[end] == ">",
               let name = tagName(scalars[scalars.index(after: scalars.startIndex)..<end]) {
                let closing = scalars.dropFirst().first == "/"
                if let skip = skipping {
                    if closing, name == skip { skipping = nil }
                } else if !closing, name == "script" || name == "style" {
                    skipping = name
                } else if ["br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"].contains(name) {
                    put(" ")
                }
                scalars = scalars[scalars.index(after: end)...]
                continue
            }
            scalars = scalars.dropFirst()
            if skipping != nil { continue }
            if c == "&", let (decoded, rest) = entity(scalars) {
                decoded.unicodeScalars.forEach(put)
                scalars = rest
                continue
            }
            // Line breaks in HTML source are spaces, as a browser shows them.
            put(c == "\n" || c == "\r" ? " " : c)
        }
        let safe = Sanitizer.sanitized(String(decoding: out, as: UTF8.self))
        return safe.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The lowercased name of a tag from what is between `<` and `>`, or nil when it is not a
    /// tag (`a < b > c`), so plain comparisons survive.
    private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> String? {
        var body = inside
        if body.first == "/" { body = body.dropFirst() }
        if body.first == "!" { return "!" }
        guard let first = body.first, first.properties.isAlphabetic, first.isASCII else { return nil }
        return String(String.UnicodeScalarView(body.prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })).lowercased()
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—", "hellip": "…",
        "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "sect": "§", "times": "×",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä",
        "aring": "å", "ccedil": "ç", "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ocirc": "ô",
        "ouml": "ö", "oslash": "ø", "uacute": "ú", "ucirc": "û", "uuml": "ü", "szlig": "ß", "Eacute": "É", "Auml": "Ä",
        "Ouml": "Ö", "Uuml": "Ü", "Ccedil": "Ç",
    ]

    /// A character reference after `&` (`amp;`, `#39;`, `#x1B;`), decoded, and what follows it.
    private static func entity(_ rest: ArraySlice<Unicode.Scalar>) -> (String, ArraySlice<Unicode.Scalar>)? {
        guard let semicolon = rest.prefix(12).firstIndex(of: ";") else { return nil }
        let name = String(String.UnicodeScalarView(rest[rest.startIndex..<semicolon]))
        let after = rest[rest.index(after: semicolon)...]
        if let text = named[name] ?? named[name.lowercased()].flatMap({ ["amp", "lt", "gt", "quot"].contains(name.lowercased()) ? $0 : nil }) {
            return (text, after)
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return ("\u{FFFD}", after) }
        return (String(Character(scalar)), after)
    }

    /// Text made safe to put inside HTML, for writing a TimelineJS file.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}
