// The shared input of the point workloads: N pseudo-random points over Hulunbuir, written once to a binary file
// that both Gazetteer and the Python peers read, so that both locate and transform exactly the same coordinates.
import Foundation
import Gazetteer

/// The box the points are drawn from (CGCS2000 degrees): a little more than Hulunbuir's extent
/// (115.53–126.07°E, 47.10–53.34°N), so that some points fall outside every county.
let pointBox = Envelope(minX: 115.5, minY: 47.0, maxX: 126.1, maxY: 53.4)

/// A 64-bit linear congruential generator (Knuth's MMIX constants). bench/peers/common.py recomputes its first
/// points in Python and checks them against the file, so the file format and the formula are both pinned.
struct LCG {
    var state: UInt64

    /// The next number in [0, 1): the top 53 bits of the state.
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
}

/// `count` points uniform in ``pointBox``; each point draws x first, then y.
func generatePoints(count: Int, seed: UInt64) -> [Coordinate] {
    var random = LCG(state: seed)
    let width = pointBox.maxX - pointBox.minX, height = pointBox.maxY - pointBox.minY
    return (0..<count).map { _ in
        let x = pointBox.minX + random.next() * width
        let y = pointBox.minY + random.next() * height
        return Coordinate(x, y)
    }
}

/// `gazetteer-bench points`: writes the points as little-endian Float64 pairs (x0 y0 x1 y1 …), no header.
func writePointFile(_ options: Options) throws {
    #if !_endian(little)
    fail("the point file is little-endian; this machine is big-endian")
    #endif
    let points = generatePoints(count: options.count ?? 1_000_000, seed: options.seed)
    let data = points.withUnsafeBufferPointer { Data(buffer: $0) }  // Coordinate is two Doubles, frozen.
    let out = options.output("bench/out/points.f64")
    try data.write(to: URL(fileURLWithPath: out))
    FileHandle.standardError.write(Data("gazetteer-bench: wrote \(points.count) points (seed \(options.seed)) to \(out)\n".utf8))
}

/// Reads a point file written by `points`.
func readPointFile(_ path: String) throws -> [Coordinate] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let stride = MemoryLayout<Coordinate>.stride
    guard MemoryLayout<Coordinate>.size == 16, stride == 16, data.count % stride == 0 else {
        fail("\(path): \(data.count) bytes is not a whole number of 16-byte points")
    }
    return [Coordinate](unsafeUninitializedCapacity: data.count / stride) { buffer, initialized in
        _ = data.copyBytes(to: buffer)
        initialized = data.count / stride
    }
}
