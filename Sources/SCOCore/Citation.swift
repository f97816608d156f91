import SCOModel
import SCOText

/// A record as `y` copies it: enough to cite it and to find it again.
enum Citation {
    /// `Title (date). ID: id. Sources: ¶3; https://….` Made safe: no control character from
    /// data reaches the clipboard.
    static func text(of record: any Record, paragraphsOf label: String? = nil) -> String {
        var parts = [Sanitizer.sanitized(record.title) + (record.date.map { " (\($0.display))" } ?? "") + "."]
        parts.append("ID: \(Sanitizer.sanitized(record.id)).")
        let sources = record.sources.map { Sanitizer.sanitized($0.text(paragraphsOf: label)) }.joined(separator: "; ")
        if !sources.isEmpty { parts.append("Sources: \(sources).") }
        return parts.joined(separator: " ")
    }

    /// A source as `y` copies it from the Sources pane: its title and what is known of it.
    static func text(of source: SourceRow) -> String {
        guard let declared = source.declared else { return Sanitizer.sanitized(source.key) }
        let parts = [declared.title, declared.author, declared.publisher, declared.date?.display, declared.url].compactMap { $0 }
        return Sanitizer.sanitized(parts.joined(separator: ". ") + ".")
    }
}
