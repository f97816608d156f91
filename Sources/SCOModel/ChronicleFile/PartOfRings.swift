/// Institutions whose `partOf` chain comes back to where it started (a is part of b, b part
/// of a): no tree can hold them, so a chronicle with one is invalid. Found in one pass over
/// the chains, however long; an institution that is part of itself is reported on its own.
enum PartOfRings {
    /// Each ring once, as its members in chain order, starting with the earliest in `order`.
    static func find(parents: [String: String], order: [String]) -> [[String]] {
        var state: [String: Bool] = [:]  // false: on the chain being walked; true: done
        var rings: [[String]] = []
        for start in order where state[start] == nil {
            var chain: [String] = []
            var current: String? = start
            while let id = current, state[id] == nil {
                state[id] = false
                chain.append(id)
                current = parents[id].flatMap { $0 == id ? nil : $0 }
            }
            if let id = current, state[id] == false, let first = chain.firstIndex(of: id) {
                rings.append(Array(chain[first...]))
            }
            for id in chain { state[id] = true }
        }
        return rings
    }

    static func message(_ ring: [String]) -> String {
        "is part of a ring: " + (ring + [ring[0]]).map { quoted($0) }.joined(separator: " → ")
    }
}
