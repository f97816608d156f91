/// The version of sco: `sco --version`, the man page and the Debian package all read it here.
enum Version {
    static let current = "0.5.0"
}
