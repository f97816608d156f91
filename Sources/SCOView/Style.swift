/// What a cell is, not how it looks: the backend's theme turns roles into colors and
/// attributes, so 8-color terminals and NO_COLOR get the same meaning by other means.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case normal, title, heading, date, link, match, dim, tabActive, tab, status, prompt, divider, notice
    /// The divider beside the detail while the detail has the keys, so focus is plain to see.
    case focusedDivider
    /// The list's selected row while the keys go elsewhere: marked, but quieter.
    case unfocusedSelection
    /// The histogram's bars, and the bar of the cursor's year.
    case bar, cursorBar
    /// The sign beside a marked record.
    case mark
    /// The membership chart's cells, a role a status, and the years a state chaired.
    case founder, member, observer, dialoguePartner, partner, chair
}

public struct Style: Hashable, Sendable {
    public var role: Role
    /// Part of the selected row: drawn in reverse video whatever the role.
    public var selected: Bool

    public init(_ role: Role = .normal, selected: Bool = false) {
        self.role = role
        self.selected = selected
    }

    public static let normal = Style()
}
