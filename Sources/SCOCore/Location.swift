/// Where the reader is, as far as going back and forward is concerned: which pane, which
/// record, where the list and the detail were scrolled, and which side had the focus.
public struct Location: Hashable, Sendable {
    public var pane: Pane
    public var list: ListPosition
    public var focus: Focus
    public var detail: DetailPosition
}

/// Cursor and scroll of one list, in rows (headings included).
public struct ListPosition: Hashable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }
}

/// Selected link and scroll of the detail pane.
public struct DetailPosition: Hashable, Sendable {
    /// `link` when no link is on screen to select.
    public static let noLink = -1

    public var link: Int
    public var scroll: Int

    public init(link: Int = 0, scroll: Int = 0) {
        self.link = link
        self.scroll = scroll
    }
}

/// Which side takes movement keys.
public enum Focus: Hashable, Sendable {
    case list, detail
}
