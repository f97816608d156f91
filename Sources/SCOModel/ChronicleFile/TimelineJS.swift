import Foundation
import SCOText

/// TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html), read into a
/// chronicle and written from one. A slide becomes an event: `start_date` and `end_date` its
/// date, `text.headline` its title and `text.text` its summary (as plain text), `media.url`
/// its source, and `group` an institution of that name that the event belongs to. An event
/// without a web address cites the timeline itself. Fields sco has no use for (eras, scale,
/// backgrounds) are passed over.
public enum TimelineJS {
    /// Whether the bytes are a TimelineJS file rather than a sco chronicle: a slide's
    /// `start_date` key (a name followed by a colon, not a text that says it) in the first
    /// 16 MiB. sco's own events have `date`. Found from its underscore with `memchr`, a rare
    /// byte in JSON: a generic search took 0.65 s over a 14 MB chronicle.
    public static func looksLike(_ bytes: [UInt8]) -> Bool {
        let key = Array("\"start_date\"".utf8), underscore = 6
        let end = min(bytes.count, 1 << 24)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var from = underscore
            while from < end, let hit = memchr(base + from, Int32(UInt8(ascii: "_")), end - from) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - underscore
                from = start + underscore + 1
                guard start + key.count <= end, memcmp(base + start, key, key.count) == 0 else { continue }
                var i = start + key.count
                while i < end, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[i]) { i += 1 }
                if i < end, buffer[i] == UInt8(ascii: ":") { return true }
            }
            return false
        }
    }

    /// The chronicle the timeline describes, in sco's own format, for the usual checks.
    static func chronicle(from json: JSONValue, problems: ProblemList) -> JSONValue? {
        guard case .object = json else {
            problems.add("", "expected an object, found \(json.typeName)")
            return nil
        }
        let title = text(member(member(member(json, "title"), "text"), "headline")).map(HTMLText.plain).flatMap(nonEmpty) ?? "Timeline"
        guard case .array(let slides)? = member(json, "events") else {
            problems.add("events", "a TimelineJS file needs an \"events\" array")
            return nil
        }
        let citation = "TimelineJS: " + title
        var ids = Set<String>()
        var groups: [(id: String, title: String)] = []
        var events: [JSONValue] = []
        for (index, slide) in slides.enumerated() {
            let path = "events[\(index)]"
            guard case .object = slide else {
                problems.add(path, "expected an object, found \(slide.typeName)")
                continue
            }
            guard let start = date(member(slide, "start_date"), "\(path).start_date", problems) else { continue }
            let end = member(slide, "end_date").flatMap { $0 == .null ? nil : date($0, "\(path).end_date", problems) }
            let headline = text(member(member(slide, "text"), "headline")).map(HTMLText.plain).flatMap(nonEmpty)
            let body = text(member(member(slide, "text"), "text")).map(HTMLText.plain).flatMap(nonEmpty)
            guard let name = headline ?? body.map({ String($0.prefix(80)) }) else {
                problems.add("\(path).text", "a slide needs a headline or a text")
                continue
            }
            var members: [(key: String, value: JSONValue)] = []
            var id = text(member(slide, "unique_id")).flatMap { Read.isValidID($0) ? $0 : nil } ?? slug(name, year: start.year)
            if ids.contains(id) {
                var n = 2
                while ids.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            ids.insert(id)
            members.append(("id", .string(id)))
            members.append(("title", .string(name)))
            members.append(("date", .string(end.map { "\(start.text)/\($0.text)" } ?? start.text)))
            members.append(("summary", .string(body ?? name)))
            if let group = text(member(slide, "group")).map(HTMLText.plain).flatMap(nonEmpty) {
                let groupID = groups.first { $0.title == group }?.id ?? {
                    var candidate = "group-" + slug(group, year: nil)
                    while groups.contains(where: { $0.id == candidate }) { candidate += "-2" }
                    groups.append((candidate, group))
                    return candidate
                }()
                members.append(("institutions", .array([.string(groupID)])))
            }
            var source = JSONValue.object([("citation", .string(citation))])
            if let url = text(member(member(slide, "media"), "url")), !url.isEmpty {
                if SourceText.webAddress(Substring(url)) == url {
                    source = .object([("citation", .string(url))])
                } else {
                    problems.add("\(path).media.url", "\(quoted(String(Sanitizer.sanitized(url).prefix(80)))) is not a web address (http:// or https://, printable ASCII, no spaces)")
                }
            }
            members.append(("sources", .array([source])))
            events.append(.object(members))
        }
        let institutions = groups.map { group in
            JSONValue.object([("id", .string(group.id)), ("title", .string(group.title)),
                              ("summary", .string("The slides grouped as “\(group.title)” in the timeline.")),
                              ("sources", .array([.object([("citation", .string(citation))])]))])
        }
        return .object([("title", .string(title)), ("events", .array(events)), ("institutions", .array(institutions))])
    }

    /// A TimelineJS date as EDTF: `year`, and `month` and `day` when given, as numbers or as
    /// strings of digits. Times of day are passed over.
    private static func date(_ value: JSONValue?, _ path: String, _ problems: ProblemList) -> (text: String, year: Int)? {
        guard let value, case .object = value else {
            problems.add(path, value == nil ? "missing required field" : "expected an object with a year, found \(value!.typeName)")
            return nil
        }
        func number(_ key: String, _ range: ClosedRange<Int>) -> Int?? {
            guard let field = member(value, key), field != .null else { return .some(nil) }
            let n: Int?
            switch field {
            case .number(let d) where d == d.rounded() && abs(d) < 1e9: n = Int(d)
            case .string(let s): n = Int(s.trimmingCharacters(in: .whitespaces))
            default: n = nil
            }
            guard let n, range.contains(n) else {
                problems.add("\(path).\(key)", "expected a \(key) from \(range.lowerBound) to \(range.upperBound)")
                return nil
            }
            return .some(n)
        }
        guard let year = number("year", 0...9999) else { return nil }
        guard let year else {
            problems.add("\(path).year", "missing required field")
            return nil
        }
        guard let month = number("month", 1...12), let day = number("day", 1...31) else { return nil }
        if day != nil, month == nil {
            problems.add("\(path).day", "a day needs a month")
            return nil
        }
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        do {
            _ = try EDTFDate(parsing: text)
        } catch {
            problems.add(path, error.description)
            return nil
        }
        return (text, year)
    }

    private static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let members)? = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard case .string(let s)? = value else { return nil }
        return s
    }

    private static func nonEmpty(_ s: String) -> String? { s.allSatisfy(\.isWhitespace) ? nil : s }

    /// An ID from a title: lowercase letters and digits joined by single hyphens, with the year.
    static func slug(_ title: String, year: Int?) -> String {
        var out = ""
        for c in title.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
            if out.count >= 60 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "event" }
        if let year, !out.hasSuffix(String(year)) { out += "-\(year)" }
        return out
    }
}

extension TimelineJS {
    /// Writes the chronicle's events as a TimelineJS file, event by event: a slide each, in
    /// date order, with its first web address as media and its first institution as group. A
    /// date TimelineJS cannot hold (uncertain, a set, an open end) keeps its start and end
    /// and says itself in `display_date`.
    public static func write(title: String, events: ((Event) -> Void) -> Void, institutionTitles: [String: String],
                             to emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            emit("{\n  \"title\": {\"text\": {\"headline\": \(JSONWriter.quoted(HTMLText.escaped(title)))}},\n  \"events\": [")
            var first = true
            events { event in
                emit((first ? "\n    " : ",\n    ") + JSONWriter.compact(slide(event, group: event.institutions.first.flatMap { institutionTitles[$0] })))
                first = false
            }
            emit(first ? "]\n}\n" : "\n  ]\n}\n")
        }
    }

    static func slide(_ event: Event, group: String?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("unique_id", .string(event.id))]
        if let date = event.date {
            members.append(("start_date", point(date.start)))
            if case .interval(_, .date(let end)) = date.form, date.start.qualifier == nil, end.qualifier == nil {
                members.append(("end_date", point(end)))
            }
            if date.description != plainText(date) { members.append(("display_date", .string(date.display))) }
        }
        members.append(("text", .object([("headline", .string(HTMLText.escaped(event.title))), ("text", .string(HTMLText.escaped(event.summary)))])))
        if let group { members.append(("group", .string(group))) }
        let url = event.sources.lazy.compactMap { source -> String? in
            guard case .citation(let text) = source else { return nil }
            return SourceText.firstURL(in: text)
        }.first
        if let url { members.append(("media", .object([("url", .string(url))]))) }
        return .object(members)
    }

    /// The EDTF a slide's start and end say on their own, to tell when `display_date` is needed.
    private static func plainText(_ date: EDTFDate) -> String {
        func text(_ p: EDTFDate.Point) -> String {
            String(format: "%04d", p.year) + (p.month.map { String(format: "-%02d", $0) } ?? "") + (p.day.map { String(format: "-%02d", $0) } ?? "")
        }
        if case .interval(_, .date(let end)) = date.form { return text(date.start) + "/" + text(end) }
        return text(date.start)
    }

    private static func point(_ p: EDTFDate.Point) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("year", .number(Double(p.year)))]
        if let month = p.month, !p.monthUnspecified { members.append(("month", .number(Double(month)))) }
        if let day = p.day, !p.dayUnspecified { members.append(("day", .number(Double(day)))) }
        return .object(members)
    }
}
