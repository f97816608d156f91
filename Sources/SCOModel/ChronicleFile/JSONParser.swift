/// Why a file is not JSON, with the line and column where reading stopped.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let reason: String
    public var description: String { "line \(line), column \(column): \(reason)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes. Nesting is capped so that hostile input
/// (ten thousand open brackets) is an error, not a stack overflow.
public struct JSONParser {
    public static let maximumDepth = 200

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(JSONSyntaxError) -> JSONValue in
                try parser.checkEncoding()
                parser.skipWhitespace()
                let value = try parser.value(depth: 0)
                try parser.expectEnd()
                return value
            }
        }
        return try result.get()
    }

    /// Reads a document whose top level is an object, handing over each element of its array
    /// members as soon as it is read (`element(member, index, value, offset)`, with the byte
    /// offset reached) and every other member whole (`member(name, value)`), so a file of a
    /// million records is never one tree in memory. The whole file is checked to be UTF-8
    /// first, saying how far the check has come in `checked(offset)` every few megabytes.
    public static func stream(_ bytes: UnsafeBufferPointer<UInt8>, checked: (Int) -> Void = { _ in },
                              member: (String, JSONValue) -> Void,
                              element: (String, Int, JSONValue, Int) -> Void) throws(JSONSyntaxError) {
        var parser = JSONParser(bytes: bytes)
        try parser.checkEncoding(checked)
        parser.skipWhitespace()
        guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "{") else {
            member("", try parser.value(depth: 0))
            return
        }
        parser.position += 1
        try parser.members { (parser, key) throws(JSONSyntaxError) in
            guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "[") else {
                member(key, try parser.value(depth: 1))
                return
            }
            parser.position += 1
            var index = 0
            try parser.elements { (parser) throws(JSONSyntaxError) in
                element(key, index, try parser.value(depth: 2), parser.position)
                index += 1
            }
        }
        try parser.expectEnd()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private func checkEncoding(_ checked: (Int) -> Void = { _ in }) throws(JSONSyntaxError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw error("the file starts with a byte-order mark (EF BB BF); save it as UTF-8 without one", at: 0)
        }
        if bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) {
            throw error("this is a database, not a chronicle file; open a chronicle database with --db", at: 0)
        }
        if let bad = firstInvalidUTF8(checked) {
            throw error("invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))", at: bad)
        }
    }

    private mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position == bytes.count else { throw error("unexpected text after the end of the document") }
    }

    private func firstInvalidUTF8(_ checked: (Int) -> Void) -> Int? {
        var i = 0
        var mark = 1 << 22
        while i < bytes.count {
            if i >= mark {
                checked(i)
                mark = i + (1 << 22)
            }
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
                return i
            }
            i += length
        }
        return nil
    }

    private func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        let end = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = (String(decoding: bytes[lineStart..<end], as: UTF8.self)).count + 1
        return JSONSyntaxError(line: line, column: column, reason: reason)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private var found: String {
        guard position < bytes.count else { return "the end of the file" }
        let b = bytes[position]
        return b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        guard position < bytes.count else { throw error("expected a value, found the end of the file") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value, found \(found)")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard position + w.count <= bytes.count, bytes[position..<position + w.count].elementsEqual(w) else {
            throw error("expected a value, found \(found)")
        }
        position += w.count
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        try self.members { (parser, key) throws(JSONSyntaxError) in
            members.append((key, try parser.value(depth: depth + 1)))
        }
        return .object(members)
    }

    /// Walks the members of an object whose `{` was read, leaving the parser on each value.
    private mutating func members(_ read: (inout JSONParser, String) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a member name in quotes, found \(found)")
            }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':', found \(found)") }
            position += 1
            skipWhitespace()
            try read(&self, key)
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return }
            throw error("expected ',' or '}', found \(found)")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var elements: [JSONValue] = []
        try self.elements { (parser) throws(JSONSyntaxError) in
            elements.append(try parser.value(depth: depth + 1))
        }
        return .array(elements)
    }

    /// Walks the elements of an array whose `[` was read, leaving the parser on each one.
    private mutating func elements(_ read: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            try read(&self)
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return }
            throw error("expected ',' or ']', found \(found)")
        }
    }

    /// A string read into one byte buffer, runs and escapes alike, and decoded once at the end:
    /// appending to a String for each escape copied it each time, which made a value of many
    /// escapes (`\"` 300,000 times) take seconds.
    private mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        // Most strings have no escape: decoded straight from the file's bytes.
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { position = end + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        var runStart = position
        func flush(_ end: Int) {
            if end > runStart { out.append(contentsOf: bytes[runStart..<end]) }
        }
        func append(_ scalar: Unicode.Scalar) {
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character 0x\(String(b, radix: 16, uppercase: true)) inside a string (write it as \\u escape)") }
            if b == UInt8(ascii: "\\") {
                flush(position)
                position += 1
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), position + 1 < bytes.count,
                       bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("unpaired surrogate in \\u escape") }
                    append(scalar)
                default:
                    position -= 1
                    throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                runStart = position
                continue
            }
            position += 1
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
                throw error("expected four hex digits after \\u")
            }
            code = code * 16 + UInt32(digit)
            position += 1
        }
        return code
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            let s = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - s
        }
        let intStart = position
        guard digits() > 0 else { throw error("expected digits in a number") }
        if bytes[intStart] == UInt8(ascii: "0"), position - intStart > 1 { throw error("a number cannot start with 0") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("expected digits after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error("expected digits in the exponent") }
        }
        guard let n = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else { throw error("number out of range") }
        return .number(n)
    }
}
