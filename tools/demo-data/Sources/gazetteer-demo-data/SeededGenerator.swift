/// A small deterministic pseudo-random generator (SplitMix64) for the parts of the demo data that are scattered
/// rather than authored one by one: marker spacing, landmark bearings, GNSS scatter, name positions.
///
/// Every stream is seeded from a fixed label (FNV-1a of its UTF-8 bytes), never from the clock or from Swift's
/// per-process `Hasher`, and draws numbers with its own arithmetic rather than the standard library's
/// `random(in:)` algorithms, so the output is the same on every run and every toolchain.
struct SeededGenerator {
    private var state: UInt64

    /// A stream seeded with `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A stream seeded from a label such as `"markers/1523"`; different labels give independent streams.
    init(label: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.init(seed: hash)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A number in [`lower`, `upper`).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// An integer in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[integer(0...(items.count - 1))]
    }

    /// `count` distinct elements of `items` (all of them when `count` exceeds its size), in drawing order.
    mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
        var pool = items
        var chosen: [T] = []
        while chosen.count < count, !pool.isEmpty {
            chosen.append(pool.remove(at: integer(0...(pool.count - 1))))
        }
        return chosen
    }
}
