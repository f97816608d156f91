import SCOModel
import Foundation
import Testing
import TestSupport
@testable import SCOCore

/// README's key table agrees with the keymap the help screen and the man page are made from:
/// every key bound while browsing is in it, and every key in it is bound.
@Suite struct KeyDocsTests {
    /// The keys written in the first column of README's key table, as written.
    func readmeKeys() throws -> [String] {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("| keys | what they do |") })
        let rows = lines[(start + 2)...].prefix { $0.hasPrefix("|") }
        var keys: [String] = []
        for row in rows {
            let first = String(row.dropFirst().prefix { $0 != "|" })
            // The text between backticks, split at `/` and spaces: `↓`/`j`, `1` `2`, `Ctrl-L`.
            for (i, quoted) in first.components(separatedBy: "`").enumerated() where i % 2 == 1 {
                for part in quoted == "/" ? ["/"] : quoted.components(separatedBy: "/") {
                    keys += part.components(separatedBy: " ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
            }
        }
        return keys
    }

    @Test func everyBrowsingKeyIsInReadme() throws {
        let written = Set(try readmeKeys().map { $0.lowercased() })
        let browsing: [KeyContext] = [.global, .move, .list, .detail, .chart]
        for binding in Keymap.standard.bindings where browsing.contains(binding.context) {
            #expect(binding.keys.contains { written.contains($0.label.lowercased()) },
                    "\(binding.description): none of \(binding.keys.map(\.label)) is in README's key table")
        }
    }

    @Test func everyKeyInReadmeIsBound() throws {
        let bound = Set(Keymap.standard.bindings.flatMap { $0.keys.map { $0.label.lowercased() } })
        for key in try readmeKeys() where !["then", "a"].contains(key) {
            #expect(bound.contains(key.lowercased()), "README names \(key), which is bound to nothing")
        }
    }
}

/// The tab bar at every width: a count in brackets, never beside a key digit, and a tab that
/// does not fit gives way to a `…` rather than vanishing.
@Suite struct TabBarTests {
    @Test func everyWidthShowsEveryTabOrSaysItCannot() throws {
        var d = try Driver()
        d.press(.character("m"), .character("/"))
        d.type("summit")
        d.press(.enter)
        let panes = d.state.availablePanes
        #expect(panes.count == 7)
        for width in Layout.minimum.width...220 {
            let tabs = d.state.tabs(width: width)
            let used = tabs.map(\.label.count).reduce(0, +)
            #expect(used <= width || tabs.count == 1, "\(width): \(used) columns")
            if tabs.count < panes.count || Set(tabs.map(\.pane)).count < panes.count {
                #expect(tabs.last?.label == "…", "\(width): a tab vanished: \(tabs.map(\.label))")
            }
            #expect(tabs.contains { $0.pane == d.state.pane && $0.label.hasPrefix("[") }, "\(width): the active tab is shown")
            for tab in tabs {
                let outside = tab.label.replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
                #expect(outside.filter(\.isNumber).count <= 1, "\(width): a count beside a key: \(tab.label)")
            }
        }
    }
}
