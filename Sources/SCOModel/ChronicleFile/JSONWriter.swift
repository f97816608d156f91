import SCOText

/// Writes JSON the one way sco writes it: two-space indent, members in the order given, and
/// every control, C1 and bidi character escaped, so exported files are stable byte for byte
/// and safe to print on a terminal. Built as bytes and decoded once: appending to a String
/// piece by piece cost more than everything else `sco generate` and `export` do.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The value as it reads nested `level` deep in a larger document (its inner lines
    /// indented to match), without a line end: what a writer of a long array puts after its
    /// own indentation.
    public static func write(_ value: JSONValue, nestedAt level: Int) -> String {
        var out: [UInt8] = []
        write(value, indent: level, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, added to the bytes of a longer output.
    public static func write(_ value: JSONValue, nestedAt level: Int, into out: inout [UInt8]) {
        write(value, indent: level, into: &out)
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        func pad(_ level: Int) { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n):
            out.append(contentsOf: (n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)).utf8)
        case .string(let s): quote(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if elements.allSatisfy(isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, element) in elements.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    write(element, indent: 0, into: &out)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, element) in elements.enumerated() {
                pad(indent + 1)
                write(element, indent: indent + 1, into: &out)
                out.append(contentsOf: (i == elements.count - 1 ? "\n" : ",\n").utf8)
            }
            pad(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            if members.count == 1, isScalar(members[0].value) {
                out.append(UInt8(ascii: "{"))
                quote(members[0].key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(members[0].value, indent: 0, into: &out)
                out.append(UInt8(ascii: "}"))
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (i, member) in members.enumerated() {
                pad(indent + 1)
                quote(member.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(member.value, indent: indent + 1, into: &out)
                out.append(contentsOf: (i == members.count - 1 ? "\n" : ",\n").utf8)
            }
            pad(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The same value on one line without spaces, for storing records in the database.
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        compact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func compact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                compact(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                quote(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                compact(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(value, indent: 0, into: &out)
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + s.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape: no control, quote or backslash, and none of the lead bytes
        // (C2, D8, E2) of the C1, Arabic-mark and bidi characters that are escaped.
        let plain = { (byte: UInt8) in byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xC2 && byte != 0xD8 && byte != 0xE2 }
        let copied = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy(plain) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            default:
                if Sanitizer.needsReplacement(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else if scalar.isASCII {
                    out.append(UInt8(scalar.value))
                } else {
                    UTF8.encode(scalar, into: { out.append($0) })
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
