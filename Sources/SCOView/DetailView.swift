import SCOCore
import SCOText

/// The detail pane: the selected record's lines from the scroll offset, the selected link
/// marked when the detail has the focus.
enum DetailView {
    static func draw(_ state: State, in area: Rect, into frame: inout Frame) {
        let text = area.inset(columns: 1)
        let x = text.x
        guard let document = state.detailDocument else {
            frame.write("nothing selected", x: x, y: text.y, width: text.width, style: Style(.dim))
            return
        }
        let focused = state.focus == .detail && state.mode == .browse
        let query = state.highlightQuery
        for i in 0..<max(0, min(text.height, document.lineCount - state.detail.scroll)) {
            let line = document.line(state.detail.scroll + i)
            let y = text.y + i
            let selected = focused && line.link == state.detail.link
            if selected {
                frame.fill(x: x, y: y, width: text.width, style: Style(.link, selected: true))
                frame.cursor = Frame.Point(x: x, y: y)
            }
            var column = x
            if let link = line.link, case .url(let url)? = document.link(link), let span = line.spans.first {
                // The address itself, after the indent: what a click on it should open.
                let indent = span.text.prefix { $0 == " " }.count
                let shown = String(span.text.dropFirst(indent))
                let fits = DisplayWidth.of(shown) <= x + text.width - column - indent
                if fits { frame.links.append(Frame.Link(x: x + indent, y: y, text: shown, style: Style(role(span.role), selected: selected), url: url)) }
            }
            for span in line.spans {
                let used = frame.write(span.text, x: column, y: y, width: x + text.width - column,
                                       style: Style(role(span.role), selected: selected))
                if span.searchable, let query {
                    Highlight.matches(of: query, in: span.text, x: column, y: y, selected: selected, into: &frame)
                }
                column += used
            }
        }
        if focused, frame.cursor == nil { frame.cursor = Frame.Point(x: x, y: text.y) }
        // Scroll markers sit in the right margin, a column no text uses, so they never cover
        // a word; how many lines are below is said in the status line.
        let margin = text.right
        if margin < area.right {
            if state.detail.scroll > 0 { frame.write("↑", x: margin, y: text.y, style: Style(.dim)) }
            if document.lineCount - state.detail.scroll > text.height {
                frame.write("↓", x: margin, y: text.bottom - 1, style: Style(.dim))
            }
        }
    }

    static func role(_ role: DetailDocument.Role) -> Role {
        switch role {
        case .title: return .title
        case .meta: return .date
        case .text: return .normal
        case .heading: return .heading
        case .link: return .link
        case .dim: return .dim
        }
    }
}
