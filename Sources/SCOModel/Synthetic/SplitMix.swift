/// A small, fast, seedable random source (SplitMix64), so generated chronicles are the same
/// for the same seed on every machine and Swift version.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, by multiply-shift: the same on every platform, unlike the
    /// standard library's `random(in:using:)`, whose algorithm may change.
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
