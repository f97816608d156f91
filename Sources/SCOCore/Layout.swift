/// Where things go on a screen of a given size. The app core needs it to know how far a page
/// moves and whether the list and the detail share the screen; the view draws by it.
public struct Layout: Hashable, Sendable {
    public static let minimum = Size(width: 30, height: 8)
    /// Below this width one pane is shown at a time.
    public static let splitWidth = 70

    public let size: Size

    public init(_ size: Size) {
        self.size = size
    }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

    /// Whether the list and the detail are side by side.
    public var isSplit: Bool { size.width >= Layout.splitWidth }

    /// Rows between the tab bar and the status line.
    public var bodyTop: Int { 1 }
    public var bodyHeight: Int { max(1, size.height - 2) }
    public var statusRow: Int { size.height - 1 }

    /// Columns of the list when split: a wide list from 100 columns, a narrower one below.
    public var listWidth: Int {
        guard isSplit else { return size.width }
        return size.width >= 100 ? min(56, max(44, size.width * 2 / 5)) : max(30, size.width * 2 / 5)
    }

    /// First column of the detail pane (after the divider when split).
    public var detailLeft: Int { isSplit ? listWidth + 1 : 0 }
    public var detailWidth: Int { size.width - detailLeft }
    /// Width of detail text, inside a one-column margin on each side.
    public var detailTextWidth: Int { max(1, detailWidth - 2) }
}
