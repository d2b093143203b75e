import Foundation

/// Locates batches of points on every core: one ``LocatorProbe`` per worker, built once and kept for the run.
///
/// Each worker takes a contiguous slice of the batch and uses only its own probe, so no GEOS object is ever used by
/// two threads at once (GEOS's prepared geometries build their indexes lazily and are not thread safe).
final class ParallelLocate: @unchecked Sendable {
    // Each probe is used by the worker with its index only, inside `map(_:_:)`: that is what makes the class safe
    // to send to the workers despite the probes not being Sendable.
    private let probes: [LocatorProbe]

    /// Probes for `workers` threads.
    init(_ locator: UnitLocator, workers: Int) throws(GeometryError) {
        var probes: [LocatorProbe] = []
        for _ in 0..<max(1, workers) { probes.append(try locator.makeProbe()) }
        self.probes = probes
    }

    var workers: Int { probes.count }

    /// Worker `w`'s probe.
    func probe(_ w: Int) -> LocatorProbe { probes[w] }

    /// The location of each point to `detail` (see ``LocatorProbe/locate(_:detail:)``), or the error it raised;
    /// `nil` points stay `nil`.
    func locate(_ points: [Coordinate?], detail: LocationDetail = .full) -> [Result<PointLocation, any Error>?] {
        map(points) { probe, point in try probe.locate(point, detail: detail) }
    }

    /// `body(probe, point)` for each non-nil point, split over the workers; `nil` points give `nil`.
    func map<T: Sendable>(_ points: [Coordinate?], _ body: @escaping @Sendable (LocatorProbe, Coordinate) throws -> T) -> [Result<T, any Error>?] {
        concurrentMap(count: points.count, workers: probes.count) { w, i in
            points[i].map { point in Result { try body(self.probes[w], point) } }
        }
    }
}

extension UnitLocator {
    /// The units that hold each point (``LocatorProbe/units(at:)``), with the work split over `workers` threads,
    /// each with its own probe. Answers are in the order of `points` and equal those of one probe.
    /// - Parameter workers: threads to use (default: the active processors).
    /// - Throws: ``GeometryError`` when a unit cannot be prepared, or for the first point that fails (NaN, infinite).
    public func units(at points: [Coordinate], workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        throws(GeometryError) -> [[PointLocation.UnitHit]] {
        let engine = try ParallelLocate(self, workers: min(max(1, workers), max(1, points.count)))
        return try engine.units(at: points)
    }
}

extension ParallelLocate {
    /// ``LocatorProbe/units(at:)`` for every point, each worker on a contiguous slice, straight into the result.
    func units(at points: [Coordinate]) throws(GeometryError) -> [[PointLocation.UnitHit]] {
        let results = concurrentMap(count: points.count, workers: workers) { w, i in
            Result { () throws(GeometryError) in try self.probe(w).units(at: points[i]) }
        }
        var hits: [[PointLocation.UnitHit]] = []
        hits.reserveCapacity(results.count)
        for result in results { hits.append(try result.get()) }
        return hits
    }
}
