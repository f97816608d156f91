extension Int {
    /// The number with thousands separated by commas ("831,418"), for counts in prose; list
    /// positions stay plain, as in less and vim.
    public var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
