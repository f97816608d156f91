/// Edit distance, for "did you mean" suggestions on mistyped field names and IDs.
public enum Similarity {
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }

    /// The candidates nearest to `word`, best first: those containing it, then those within
    /// a small edit distance.
    public static func closest(to word: String, in candidates: [String], limit: Int = 5) -> [String] {
        let w = word.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let c = candidate.lowercased()
            if c.contains(w) { return (candidate, c.count - w.count) }
            let d = distance(w, c)
            return d <= max(2, w.count / 3) ? (candidate, 100 + d) : nil
        }
        return scored.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(limit).map(\.0)
    }
}
