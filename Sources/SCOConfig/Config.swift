import SCOCore
import SCOView

/// What a user's config file chooses: the keys, the theme, the mouse, and the list's share of
/// the width. Everything has a default, so an absent file is the default config.
public struct Config: Sendable {
    public var keymap: Keymap
    public var palette: Palette
    public var mouse: Bool
    /// The list's share of the width in thousandths, or nil to follow its content.
    public var listShare: Int?

    public static let standard = Config(keymap: .standard, palette: .auto, mouse: false, listShare: nil)
}
