import Foundation

/// Locates batches of points on every core: one ``LocatorProbe`` per worker, built once and kept for the run.
///
/// Each worker takes a contiguous slice of the batch and uses only its own probe, so no GEOS object is ever used by
/// two threads at once (GEOS's prepared geometries build their indexes lazily and are not thread safe).
final class ParallelLocate: @unchecked Sendable {
    // Each probe is used by the worker with its index only, inside `locate(_:)`: that is what makes the class
    // safe to send to the workers despite the probes not being Sendable.
    private let probes: [LocatorProbe]

    /// Probes for `workers` threads.
    init(_ locator: UnitLocator, workers: Int) throws(GeometryError) {
        var probes: [LocatorProbe] = []
        for _ in 0..<max(1, workers) { probes.append(try locator.makeProbe()) }
        self.probes = probes
    }

    var workers: Int { probes.count }

    /// The location of each point, or the error it raised; `nil` points stay `nil`.
    func locate(_ points: [Coordinate?]) -> [Result<PointLocation, any Error>?] {
        let count = points.count
        guard count > 0 else { return [] }
        let buffer = UnsafeMutableBufferPointer<Result<PointLocation, any Error>?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        let slots = SharedSlots(buffer)
        let workers = min(probes.count, count)
        let perWorker = (count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let probe = self.probes[w]
            let range = (w * perWorker)..<min(count, (w + 1) * perWorker)
            for i in range {
                guard let point = points[i] else { continue }
                // Each worker writes its own, disjoint range of slots.
                slots.buffer[i] = Result { try probe.locate(point) }
            }
        }
        let results = Array(buffer)
        _ = buffer.update(repeating: nil)
        return results
    }
}

/// The result slots of one batch, written by the workers at disjoint positions.
private struct SharedSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result<PointLocation, any Error>?>
    init(_ buffer: UnsafeMutableBufferPointer<Result<PointLocation, any Error>?>) { self.buffer = buffer }
}
