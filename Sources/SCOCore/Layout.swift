/// Where each part of the screen goes at a size: the one function that decides the rects.
/// A new strip (a histogram, a filter bar) is added here, and every widget below it moves,
/// because widgets draw only in the rect they are handed. The app core reads it too: how far
/// a page moves and how wide the detail is laid out depend on it.
public struct Layout: Hashable, Sendable {
    public static let minimum = Size(width: 30, height: 8)
    /// Below this width one pane is shown at a time.
    public static let splitWidth = 70

    public let size: Size
    public let tabs: Rect
    /// The histogram of events per year under the tabs, when shown.
    public let histogram: Rect?
    /// Everything between the tabs (or the histogram) and the status line (the help screen
    /// takes all of it).
    public let body: Rect
    /// The list pane.
    public let list: Rect
    /// The column between list and detail when they share the screen.
    public let divider: Rect?
    /// The detail pane: beside the list, or the whole body on a narrow screen.
    public let detail: Rect
    public let status: Rect

    /// The narrowest list, and the narrowest detail, when they share the screen.
    public static let minimumList = 24
    public static let minimumDetail = 30
    /// The most of the width a list takes by following its content.
    static let contentShare = 50

    /// `content` is the width the list's widest row wants, when known: the split follows it, up
    /// to a share of the width, unless the reader chose a share of their own.
    public init(_ size: Size, split: Split = Split(), content: Int? = nil, histogram shown: Bool = false) {
        self.size = size
        tabs = Rect(x: 0, y: 0, width: size.width, height: 1)
        histogram = shown ? Rect(x: 0, y: 1, width: size.width, height: 1) : nil
        let top = shown ? 2 : 1
        body = Rect(x: 0, y: top, width: size.width, height: max(1, size.height - top - 1))
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        guard size.width >= Layout.splitWidth, !split.isZoomed else {
            list = body
            divider = nil
            detail = body
            return
        }
        let natural = min(content ?? size.width * 2 / 5, size.width * Layout.contentShare / 100)
        let wanted = split.chosenShare.map { size.width * $0 / 1000 } ?? natural
        let listWidth = min(max(Layout.minimumList, wanted), size.width - Layout.minimumDetail - 1)
        list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
        divider = Rect(x: listWidth, y: body.y, width: 1, height: body.height)
        detail = Rect(x: listWidth + 1, y: body.y, width: size.width - listWidth - 1, height: body.height)
    }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

    /// Whether the list and the detail are side by side.
    public var isSplit: Bool { divider != nil }

    /// The detail's text, inside a one-column margin on each side.
    public var detailText: Rect { detail.inset(columns: 1) }
}
