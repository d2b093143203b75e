import CProj
import Foundation

/// A transformation between two CRSs, built once and applied to many coordinates.
///
/// Axis order is normalised (`proj_normalize_for_visualization`): on both sides x is longitude or easting and
/// y is latitude or northing, whatever order the EPSG definition declares (EPSG:4490 says latitude first;
/// the Gauss-Krüger CRSs say northing first).
///
/// Not thread safe: it owns a PROJ context. Build one per task.
public final class CoordinateTransformation {
    /// Where coordinates come from.
    public let source: CRS
    /// Where they go.
    public let target: CRS
    private let context: ProjContext
    private let pj: OpaquePointer
    /// Twins of this transformation, each with its own PROJ context, for the other threads of a batch cut into
    /// slices (a PJ object must stay on its context's thread). Made on the first large batch, then kept.
    private var twins: [CoordinateTransformation] = []

    /// Batches of at least this many coordinates are cut into one slice per core. Below it a second thread costs
    /// more than it saves (making a twin reads PROJ's database once; a slice wakes a thread).
    public static let sliceThreshold = 65_536

    /// Prepares the transformation from `source` to `target`. Wraps `proj_create_crs_to_crs` and
    /// `proj_normalize_for_visualization`.
    /// - Throws: ``GeodesyError/noTransformation(source:target:message:)``.
    public init(from source: CRS, to target: CRS) throws(GeodesyError) {
        self.source = source
        self.target = target
        context = ProjContext()
        guard let raw = proj_create_crs_to_crs(context.pointer, source.definition, target.definition, nil) else {
            throw .noTransformation(source: source.definition, target: target.definition, message: context.takeErrorMessage())
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.pointer, raw) else {
            throw .noTransformation(source: source.definition, target: target.definition, message: context.takeErrorMessage())
        }
        pj = normalized
    }

    deinit {
        proj_destroy(pj)
    }

    /// The coordinates transformed in one batch call, or in one slice per worker for a large batch (see
    /// ``transform(_:workers:)-(inout _,_)``). Wraps `proj_trans_generic`.
    /// - Throws: ``GeodesyError/pointFailed(index:coordinate:source:target:)`` for the first coordinate that fails.
    public func transform(_ coordinates: [Coordinate], workers: Int = activeProcessors) throws(GeodesyError) -> [Coordinate] {
        var result = coordinates
        try transform(&result, workers: workers)
        return result
    }

    /// Transforms `coordinates` in place. A batch of ``sliceThreshold`` coordinates or more is cut into one slice per
    /// worker and the slices are transformed at once, each by its own twin of this transformation; the answers are
    /// the same as in one call, coordinate for coordinate.
    /// - Parameter workers: threads to use (default: the active processors; 1 keeps the batch on the calling thread).
    /// - Throws: ``GeodesyError/pointFailed(index:coordinate:source:target:)`` for the first coordinate that fails;
    ///   `coordinates` is then left as it was.
    public func transform(_ coordinates: inout [Coordinate], workers: Int = activeProcessors) throws(GeodesyError) {
        guard !coordinates.isEmpty else { return }
        let original = coordinates
        let slices = coordinates.count >= Self.sliceThreshold ? max(1, min(workers, 64)) : 1
        let helpers = try twins(count: slices - 1)
        let perSlice = (coordinates.count + slices - 1) / slices
        coordinates.withUnsafeMutableBufferPointer { buffer in
            let whole = SliceBase(buffer)
            if slices == 1 {
                whole.transform(with: pj, from: 0, to: buffer.count)
                return
            }
            let pjs = SlicePJs([pj] + helpers.map(\.pj))
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                whole.transform(with: pjs.all[slice], from: slice * perSlice, to: min(whole.count, (slice + 1) * perSlice))
            }
        }
        // PROJ marks a failed point with HUGE_VAL and carries on with the rest.
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) {
            coordinates = original
            throw .pointFailed(index: bad, coordinate: original[bad], source: source.definition, target: target.definition)
        }
    }

    /// The processors a batch may use by default, read once: asking the system costs more than transforming a
    /// short batch, and every transform call takes it as its default.
    public static let activeProcessors = ProcessInfo.processInfo.activeProcessorCount

    /// `count` twins, made now if they are not yet.
    private func twins(count: Int) throws(GeodesyError) -> [CoordinateTransformation] {
        while twins.count < count { twins.append(try CoordinateTransformation(from: source, to: target)) }
        return Array(twins.prefix(count))
    }

    /// One coordinate transformed.
    public func transform(_ coordinate: Coordinate) throws(GeodesyError) -> Coordinate {
        // In place on the stack: the array path allocates twice (the array, and its copy kept for the error), which
        // for one point costs more than PROJ's arithmetic.
        var x = coordinate.x, y = coordinate.y
        proj_errno_reset(pj)
        _ = proj_trans_generic(pj, PJ_FWD, &x, MemoryLayout<Double>.stride, 1, &y, MemoryLayout<Double>.stride, 1, nil, 0, 0, nil, 0, 0)
        let moved = Coordinate(x, y)
        guard moved.isFinite else {
            throw .pointFailed(index: 0, coordinate: coordinate, source: source.definition, target: target.definition)
        }
        return moved
    }

    /// The geometry with every coordinate transformed (point heights are kept as they are).
    public func transform(_ geometry: Geometry) throws(GeodesyError) -> Geometry {
        var all: [Coordinate] = []
        all.reserveCapacity(geometry.coordinateCount)
        geometry.forEachCoordinate { all.append($0) }
        let moved = try transform(all)
        var i = 0
        return geometry.mapCoordinates { _ in
            defer { i += 1 }
            return moved[i]
        }
    }
}

/// The coordinates of one batch, shared by the threads that transform its disjoint slices.
private struct SliceBase: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let count: Int

    init(_ buffer: UnsafeMutableBufferPointer<Coordinate>) {
        // Coordinate is two Doubles, frozen: x0 y0 x1 y1 …
        base = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: Double.self)
        count = buffer.count
    }

    /// Coordinates `start..<end` transformed in place by `pj` (one `proj_trans_generic` call).
    func transform(with pj: OpaquePointer, from start: Int, to end: Int) {
        guard end > start else { return }
        proj_errno_reset(pj)
        let stride = MemoryLayout<Coordinate>.stride
        let first = base + 2 * start
        _ = proj_trans_generic(pj, PJ_FWD, first, stride, end - start, first + 1, stride, end - start, nil, 0, 0, nil, 0, 0)
    }
}

/// The PJ objects of one batch, one per slice, each used by one thread only.
private struct SlicePJs: @unchecked Sendable {
    let all: [OpaquePointer]
    init(_ all: [OpaquePointer]) { self.all = all }
}
