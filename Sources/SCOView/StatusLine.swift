import Foundation
import SCOModel
import SCOCore
import SCOText

/// The bottom row: where the reader is (pane, position, kept search) or the search prompt on
/// the left, a notice in the middle, key hints from the keymap on the right.
enum StatusLine {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        let y = area.y
        let width = area.width
        frame.fill(x: area.x, y: y, width: width, style: Style(.status))
        var left: String
        var leftRole = Role.status
        switch state.mode {
        case .searchPrompt, .datePrompt, .exportPrompt:
            left = ""
            leftRole = .prompt
        case .help(let offset):
            left = " Help"
            // Where in the help the screen is, so it is plain that it scrolls.
            let rows = state.helpPage.rowCount, height = state.layout.body.height
            if rows > height { left += " \(offset + 1)–\(min(rows, offset + height))/\(rows)" }
        case .browse:
            let (index, count) = state.selectionOrdinal
            left = " \(state.pane.title) \(index)/\(count)"
            if state.focus == .detail {
                left += " · detail"
                // How much of the detail is below the screen: the ↓ in its margin says that there is more.
                let below = (state.detailDocument?.lineCount ?? 0) - state.detail.scroll - state.layout.detailText.height
                if below > 0 { left += " ↓\(below)" }
            }
        }
        var used = frame.write(left, x: 0, y: y, width: width, style: Style(leftRole))
        if state.mode == .searchPrompt { used = drawPrompt("/", state.search.prompt, y: y, width: width, into: &frame) }
        if state.mode == .datePrompt { used = drawPrompt(":", state.dateInput, y: y, width: width, into: &frame) }
        if state.mode == .exportPrompt { used = drawPrompt("write to ", state.exportInput, y: y, width: width, into: &frame) }
        var middle = ""
        if !state.search.query.isEmpty, state.mode == .searchPrompt || state.pane == .results {
            middle = searchNote(state.search)
            // What the query was understood to ask, and what it was not: filters say themselves.
            let parsed = SearchQuery(state.search.query)
            var notes = parsed.understood + state.search.matches.otherNames
            if !parsed.rejected.isEmpty { notes.append("not understood: " + parsed.rejected.joined(separator: " ")) }
            if !notes.isEmpty { middle = (notes + [middle]).joined(separator: " · ") }
            if state.mode != .searchPrompt {
                // Results with years are in date order whatever the choice: events alone list as
                // the timeline does.
                let order = state.search.matches.years.isEmpty ? state.resultOrder : .date
                middle = "“\(state.search.query)” " + middle + " · by \(order.rawValue) · \(state.keymap.key(for: .close)) clears"
            }
            // Smart case explains itself, so "/Rats" finding nothing is no mystery.
            if state.mode == .searchPrompt, state.highlightQuery?.isCaseSensitive == true { middle = "case-sensitive: capital letter · " + middle }
        }
        if state.mode == .datePrompt { middle = dateNote(state.dateInput.text, members: state.dateFindsMembers) }
        if state.mode == .exportPrompt, state.pane == .chart {
            middle = state.exportInput.text.lowercased().hasSuffix(".svg")
                ? "as an SVG picture · \(state.keymap.key(for: .promptSubmit, in: [.prompt])) writes, \(state.keymap.key(for: .promptCancel, in: [.prompt])) cancels"
                : "end the name with .svg: the chart is written as a picture"
        } else if state.mode == .exportPrompt {
            middle = TableFormat(fileName: state.exportInput.text).map { "as \($0.rawValue) · \(state.keymap.key(for: .promptSubmit, in: [.prompt])) writes, \(state.keymap.key(for: .promptCancel, in: [.prompt])) cancels" }
                ?? "end the name with .csv, .tsv, .md or .json"
        }
        if let message = state.message { middle = message }
        if !middle.isEmpty {
            used += frame.write(TextLayout.truncated("  " + middle, to: width - used), x: used, y: y, width: width - used, style: Style(.notice))
        }
        // In help, "scroll" is offered only while there is more below.
        var atHelpEnd = false
        if case .help(let offset) = state.mode { atHelpEnd = offset + state.layout.body.height >= state.helpPage.rowCount }
        let hints = state.keymap.hints(for: state).filter { !(atHelpEnd && $0.label == "scroll") }
            .map { "\($0.keys) \($0.label)" }.joined(separator: "  ") + " "
        let hintWidth = DisplayWidth.of(hints)
        if !state.mode.isPrompt, width - used >= hintWidth + 2 {
            frame.write(hints, x: width - hintWidth, y: y, style: Style(.status))
        } else if !state.mode.isPrompt {
            let help = state.mode.isHelp ? "\(state.keymap.key(for: .toggleHelp, in: [.help])) close " : "\(state.keymap.key(for: .toggleHelp)) help "
            if width - used >= DisplayWidth.of(help) + 1 { frame.write(help, x: width - DisplayWidth.of(help), y: y, style: Style(.status)) }
        }
    }

    /// How far the search got: its total once every match is counted, `…` until then.
    static func searchNote(_ search: SearchState) -> String {
        let count = search.matches.count
        if count == 0 { return search.isPending ? "searching…" : "no match" }
        return search.isCounting ? "\(count.grouped)+ matches, counting…" : "\(count.grouped) match\(count == 1 ? "" : "es")"
    }

    /// What the date typed so far names, or the forms it may take.
    static func dateNote(_ text: String, members: Bool) -> String {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            return members ? "the member states on a date: 2010, 2017-06, 9 Jun 2017" : "go to a date: 2004, 2004-06, 17 Jun 2004"
        }
        guard let point = TypedDate.parse(text) else { return "not a date yet" }
        return (members ? "members in " : "→ ") + EDTFDate(start: point).display
    }

    /// A prompt with its cursor: a block on the character under it (or after the end), the
    /// hardware cursor there too; on long text the start gives way so the cursor stays on
    /// screen. Returns the columns used.
    static func drawPrompt(_ sign: String, _ prompt: PromptText, y: Int, width: Int, into frame: inout Frame) -> Int {
        let (before, after) = prompt.aroundCursor
        let limit = max(2, width / 2)
        var head = sign + before
        if DisplayWidth.of(head) > limit { head = sign + "…" + TextLayout.tail(String(before), fitting: limit - 2) }
        let cursor = min(width - 1, frame.write(head, x: 0, y: y, width: width, style: Style(.prompt)))
        let rest = frame.write(String(after), x: cursor, y: y, width: width - cursor, style: Style(.prompt))
        // A suggestion is shown selected: typing replaces it.
        if prompt.isSuggestion {
            let start = DisplayWidth.of(sign)
            frame.restyle(x: start, y: y, width: cursor - start) { $0 = Style(.link) }
        }
        frame.restyle(x: cursor, y: y, width: 1) { $0 = Style(.prompt, selected: true) }
        frame.cursor = Frame.Point(x: cursor, y: y)
        frame.showsCursor = true
        return cursor + max(1, rest)
    }
}
