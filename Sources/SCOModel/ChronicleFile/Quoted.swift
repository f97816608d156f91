/// A value from a file, quoted for a message: in double quotes and cut to a readable length,
/// so a 10 MB string in the wrong place gives a one-line message.
func quoted(_ value: String, limit: Int = 60) -> String {
    value.count <= limit ? "\"\(value)\"" : "\"\(value.prefix(limit))…\" (\(value.count) characters)"
}
