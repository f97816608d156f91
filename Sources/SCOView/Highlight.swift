import SCOModel
import SCOText

/// Marks search matches in text already written to a frame.
enum Highlight {
    static func matches(of query: SearchQuery, in text: String, x: Int, y: Int, selected: Bool, into frame: inout Frame) {
        let characters = Array(text)
        var offsets: [Int] = [0]
        for character in characters { offsets.append(offsets.last! + max(1, DisplayWidth.of(character))) }
        for range in query.ranges(in: text) where range.upperBound <= characters.count {
            let start = offsets[range.lowerBound], end = offsets[range.upperBound]
            frame.restyle(x: x + start, y: y, width: end - start) { style in
                style = Style(.match, selected: selected)
            }
        }
    }
}
