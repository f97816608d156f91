/// How the reader arranged the list and the detail: the list's share of the width once they
/// chose one with `<` and `>`, and whether the detail is zoomed to the whole width. It lasts
/// for the session, across records and panes, as a tmux pane size does.
public struct Split: Hashable, Sendable {
    /// The list's width in thousandths of the screen's, so it keeps its proportion when the
    /// terminal is resized; nil while it follows the content.
    public internal(set) var chosenShare: Int?
    public internal(set) var isZoomed = false

    /// A share chosen ahead, in thousandths (a config file's `split`), or none.
    public init(listShare: Int? = nil) {
        chosenShare = listShare
    }

    /// Columns `<` and `>` move the divider by.
    static let step = 4
}
