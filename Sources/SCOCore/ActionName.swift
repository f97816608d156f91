/// The names a config file gives the actions keys can be bound to.
extension Action {
    /// Every action a key can be bound to, with its name, in the help screen's order.
    public static let named: [(name: String, action: Action)] = [
        ("search", .startSearch), ("go-to-date", .goToDate), ("sort", .toggleOrder), ("copy-citation", .copyCitation),
        ("copy-link", .copyLink), ("open-source", .openSource), ("mark", .toggleMark), ("export", .startExport),
        ("next-match", .nextMatch), ("previous-match", .previousMatch), ("next-pane", .nextPane), ("previous-pane", .previousPane),
        ("timeline", .showPane(.timeline)), ("institutions", .showPane(.institutions)), ("documents", .showPane(.documents)),
        ("results", .showPane(.results)), ("marks", .showPane(.marks)), ("sources", .showPane(.sources)), ("chart", .showPane(.chart)), ("back", .back), ("forward", .forward),
        ("close", .close), ("previous-year", .previousYear), ("next-year", .nextYear), ("earlier-column", .earlierColumn), ("later-column", .laterColumn), ("histogram", .toggleHistogram),
        ("zoom", .toggleZoom), ("narrow-list", .narrowList), ("widen-list", .widenList), ("help", .toggleHelp),
        ("redraw", .redraw), ("suspend", .suspend), ("quit", .quit),
        ("down", .moveDown), ("up", .moveUp), ("page-down", .pageDown), ("page-up", .pageUp),
        ("half-page-down", .halfPageDown), ("half-page-up", .halfPageUp), ("top", .top), ("bottom", .bottom), ("count", .startCount), ("open", .open),
        ("submit", .promptSubmit), ("cancel", .promptCancel), ("delete-backward", .promptDeleteBackward),
        ("delete-forward", .promptDeleteForward), ("delete-word", .promptDeleteWord), ("clear", .promptClear),
        ("cursor-left", .promptLeft), ("cursor-right", .promptRight), ("cursor-home", .promptHome), ("cursor-end", .promptEnd),
        ("older-search", .recallOlder), ("newer-search", .recallNewer),
    ]

    public init?(name: String) {
        guard let found = Action.named.first(where: { $0.name == name }) else { return nil }
        self = found.action
    }

    /// The action's name in a config file, when keys can be bound to it.
    public var name: String? { Action.named.first { $0.action == self }?.name }
}
