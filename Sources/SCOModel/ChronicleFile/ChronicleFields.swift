import Foundation
import SCOText
/// Problems gathered while reading one file; shared by all the readers of its parts so that
/// one run reports everything wrong, not only the first thing.
final class ProblemList {
    private(set) var items: [ValidationProblem] = []
    /// Every problem found, listed or not.
    private(set) var count = 0
    private let limit: Int

    /// Keeps the first `limit` problems and counts the rest.
    init(limit: Int = .max) {
        self.limit = limit
    }

    func add(_ path: String, _ message: String) {
        count += 1
        if items.count < limit { items.append(ValidationProblem(path: path, message: message)) }
    }
}

/// The members of one JSON object, checked against the names its record kind allows.
struct Fields {
    let path: String
    let problems: ProblemList
    /// The allowed members, a dozen at most: looked up in a row, which costs less than hashing.
    private let members: [(key: String, value: JSONValue)]

    /// Reads `value` as an object, reporting a wrong type, unknown members (with the nearest
    /// allowed name) and repeated members.
    init?(_ value: JSONValue, path: String, allowed: [String], problems: ProblemList) {
        self.path = path
        self.problems = problems
        guard case .object(let list) = value else {
            problems.add(path, "expected an object, found \(value.typeName)")
            return nil
        }
        var members: [(key: String, value: JSONValue)] = []
        for (key, member) in list {
            var memberPath: String { Fields.join(path, key.count > 60 ? String(key.prefix(60)) + "…" : key) }
            if members.contains(where: { $0.key == key }) {
                problems.add(memberPath, "field appears more than once")
                continue
            }
            guard allowed.contains(key) else {
                let near = Similarity.closest(to: key, in: allowed, limit: 1)
                problems.add(memberPath, "unknown field" + (near.first.map { " (did you mean \"\($0)\"?)" } ?? ""))
                continue
            }
            members.append((key, member))
        }
        self.members = members
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { member(key) != nil }

    /// A member that must be there; reports it missing otherwise.
    func required<T>(_ key: String, _ read: (JSONValue, String, ProblemList) -> T?) -> T? {
        guard let value = member(key), value != .null else {
            problems.add(Fields.join(path, key), "missing required field")
            return nil
        }
        return read(value, Fields.join(path, key), problems)
    }

    /// A member that may be absent or null.
    func optional<T>(_ key: String, _ read: (JSONValue, String, ProblemList) -> T?) -> T? {
        guard let value = member(key), value != .null else { return nil }
        return read(value, Fields.join(path, key), problems)
    }
}

/// Readers for the value types of the format; each reports its own problems.
enum Read {
    static func string(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> String? {
        guard case .string(let s) = value else {
            problems.add(path, "expected a string, found \(value.typeName)")
            return nil
        }
        // Every value is shown, wrapped and searched while the reader waits: a cap keeps each
        // of those steps short, whatever a file holds.
        guard s.utf8.count <= valueLimit else {
            problems.add(path, "is \(s.utf8.count.grouped) bytes long; a value holds at most \(valueLimit.grouped) bytes")
            return nil
        }
        // SQLite's text and C strings end at a NUL: what follows it would silently vanish.
        guard !Read.holdsNUL(s) else {
            problems.add(path, "holds a NUL character (\\u0000), which cannot be kept; remove it")
            return nil
        }
        return s
    }

    static func text(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> String? {
        guard let s = string(value, path, problems) else { return nil }
        guard !s.allSatisfy(\.isWhitespace) else {
            problems.add(path, "must not be empty")
            return nil
        }
        return s
    }

    static func strings(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> [String]? {
        array(of: "strings", text)(value, path, problems)
    }

    /// A reader for an array whose elements `element` reads, each at its own path.
    static func array<T>(of noun: String, _ element: @escaping (JSONValue, String, ProblemList) -> T?)
        -> (JSONValue, String, ProblemList) -> [T]? {
        { value, path, problems in
            guard case .array(let elements) = value else {
                problems.add(path, "expected an array of \(noun), found \(value.typeName)")
                return nil
            }
            return elements.enumerated().compactMap { element($1, "\(path)[\($0)]", problems) }
        }
    }

    static func id(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> String? {
        guard let s = string(value, path, problems) else { return nil }
        guard isValidID(s) else {
            if s.count > idLimit {
                problems.add(path, "\(quoted(s)) is too long: an ID has at most \(idLimit) characters")
            } else {
                problems.add(path, "\(quoted(s)) is not a valid ID: use lowercase letters, digits and single hyphens (like \"rats-council\")")
            }
            return nil
        }
        return s
    }

    static func ids(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> [String]? {
        array(of: "IDs", id)(value, path, problems)
    }

    static func date(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> EDTFDate? {
        guard let s = string(value, path, problems) else { return nil }
        do {
            return try EDTFDate(parsing: s)
        } catch {
            problems.add(path, error.description)
            return nil
        }
    }

    static func sources(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> [Source]? {
        if case .array(let elements) = value, elements.isEmpty { problems.add(path, "must name at least one source") }
        return array(of: "sources", source)(value, path, problems)
    }

    static func source(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> Source? {
        guard let fields = Fields(value, path: path, allowed: ["paragraph", "citation"], problems: problems) else { return nil }
        let paragraph = fields.optional("paragraph", paragraphNumber)
        let citation = fields.optional("citation", text)
        switch (paragraph, citation) {
        case let (n?, nil): return .paragraph(n)
        case let (nil, c?): return .citation(c)
        case (_?, _?):
            problems.add(path, "give either \"paragraph\" or \"citation\", not both")
        case (nil, nil):
            if !fields.has("paragraph"), !fields.has("citation") {
                problems.add(path, "a source needs \"paragraph\" (a number) or \"citation\" (text)")
            }
        }
        return nil
    }

    static func paragraphNumber(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> Int? {
        guard case .number(let n) = value else {
            problems.add(path, "expected a number, found \(value.typeName)")
            return nil
        }
        guard n == n.rounded(), n >= 1, n <= 100_000 else {
            problems.add(path, "expected a paragraph number (1 or more), found \(n)")
            return nil
        }
        return Int(n)
    }

    static func documentKind(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> DocumentKind? {
        guard let s = string(value, path, problems) else { return nil }
        guard let kind = DocumentKind(rawValue: s) else {
            let names = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(path, "\(quoted(s)) is not a document kind (one of: \(names))")
            return nil
        }
        return kind
    }

    static let statusFields = ["status", "from", "to", "decided", "memorandum", "sources"]

    /// A state's statuses, oldest first, each ending no earlier than it begins.
    /// Names in other languages: each a language tag, the name, its sources, and whether it is
    /// uncertain.
    static func names(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> [Name]? {
        array(of: "names") { element, at, problems -> Name? in
            guard let fields = Fields(element, path: at, allowed: ["language", "name", "uncertain", "sources"], problems: problems) else { return nil }
            let language = fields.required("language", text), name = fields.required("name", text)
            let uncertain = fields.optional("uncertain", boolean) ?? false, sources = fields.required("sources", Read.sources)
            if let language, !Name.isLanguageTag(language) {
                problems.add(Fields.join(at, "language"), "\(quoted(language)) is not a language tag (like \"ru\", \"zh\" or \"uz-Latn\")")
                return nil
            }
            guard let language, let name, let sources else { return nil }
            return Name(language: language, text: name, uncertain: uncertain, sources: sources)
        }(value, path, problems)
    }

    static func boolean(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> Bool? {
        guard case .bool(let b) = value else {
            problems.add(path, "expected true or false, found \(value.typeName)")
            return nil
        }
        return b
    }

    static func statuses(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> [StatusPeriod]? {
        guard case .array(let elements) = value else {
            problems.add(path, "expected an array of statuses, found \(value.typeName)")
            return nil
        }
        var periods: [StatusPeriod] = []
        for (i, element) in elements.enumerated() {
            let at = "\(path)[\(i)]"
            guard let fields = Fields(element, path: at, allowed: statusFields, problems: problems) else { continue }
            let status = fields.required("status", stateStatus), from = fields.required("from", date)
            let to = fields.optional("to", date), decided = fields.optional("decided", date)
            let memorandum = fields.optional("memorandum", date), sources = fields.required("sources", Read.sources)
            guard let status, let from, let sources else { continue }
            var valid = true
            for (key, date) in [("from", from), ("to", to)] where date != nil && date?.single == nil {
                problems.add(at + "." + key, "\(date?.description ?? "") is not one date: a status begins and ends on a day, month or year (like 2017-06-09)")
                valid = false
            }
            if let to, to.start.sortKey <= from.start.sortKey {
                problems.add(at + ".to", "\(to.description) is not after \"from\" (\(from.description))")
                valid = false
            }
            if status == .foundingMember, !periods.isEmpty {
                problems.add(at + ".status", "only a state's first status can be founding member")
                valid = false
            }
            if let last = periods.last {
                if from.start.sortKey < last.from.start.sortKey {
                    problems.add(at + ".from", "\(from.description) comes before the status above it (\(last.from.description)): list statuses oldest first")
                    valid = false
                } else if let end = last.to, from.start.sortKey < end.start.sortKey {
                    problems.add(at + ".from", "\(from.description) is before the status above it ends (\(end.description)): a state holds one status at a time")
                    valid = false
                } else if last.to == nil {
                    problems.add("\(path)[\(i - 1)].to", "missing: the status below begins on \(from.description), so this one ends then")
                    valid = false
                }
            }
            guard valid else { continue }
            periods.append(StatusPeriod(status: status, from: from, to: to, decided: decided, memorandum: memorandum, sources: sources))
        }
        return periods
    }

    static func stateStatus(_ value: JSONValue, _ path: String, _ problems: ProblemList) -> StateStatus? {
        guard let s = string(value, path, problems) else { return nil }
        guard let status = StateStatus(rawValue: s) else {
            let names = StateStatus.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(path, "\(quoted(s)) is not a status (one of: \(names))")
            return nil
        }
        return status
    }

    /// The longest value of any field, in bytes of UTF-8 (256 KiB: a long article's worth).
    static let valueLimit = 262_144

    /// The longest ID, in characters.
    static let idLimit = 200

    /// Lowercase ASCII letters, digits and single hyphens inside, at most `idLimit` of them:
    /// checked on the bytes, where a Character count and a substring search cost more than
    /// the rest of reading a record.
    static func isValidID(_ s: String) -> Bool {
        let utf8 = s.utf8
        guard !utf8.isEmpty, utf8.count <= idLimit, utf8.first != UInt8(ascii: "-"), utf8.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return true
    }

    /// Whether a string holds a NUL, found with `memchr` on its bytes.
    static func holdsNUL(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
    }
}
