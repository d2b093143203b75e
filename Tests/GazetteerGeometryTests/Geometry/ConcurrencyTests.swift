import Foundation
import Testing
@testable import GazetteerGeometry

/// GEOS contexts are per thread: the same checks run on many threads at once must give exactly the serial answers.
@Suite("Geometry concurrency")
struct ConcurrencyTests {
    typealias F = GeometryFixtures

    /// 50 shapes laid out along the x axis, 3 units apart: shape k starts at x = 3k. Every fifth (k % 5 == 4) is a
    /// bow-tie (invalid, area 2 once made valid); the others are squares of side 1 + k % 3.
    static let shapes: [Geometry] = (0..<50).map { k in
        let x = Double(3 * k)
        if k % 5 == 4 { return F.polygon((x, 0), (x + 2, 2), (x + 2, 0), (x, 2), (x, 0)) }
        return F.square(x, 0, side: Double(1 + k % 3))
    }

    /// Covers x from 0 to 75: shapes 0…25 intersect it (shape 25 starts at x = 75 and touches it).
    static let reference = F.rectangle(0, -1, 75, 0.5)

    struct Answer: Equatable, Sendable {
        var valid: Bool
        var reason: String?
        var area: Double
        var intersectsReference: Bool
        var unionArea: Double
        var preparedCovers: Bool
        var wkt: String
    }

    /// Every check for shape `k`; each call, prepared ones included, uses the calling thread's GEOS context.
    static func answer(_ k: Int) throws -> Answer {
        let shape = shapes[k]
        let report = try shape.validity()
        let fixed = try shape.makeValid()
        // A unit square overlapping the shape's lower-left corner region by [x+0.5, x+1] × [0.5, 1] at least.
        let x = Double(3 * k)
        let probe = F.square(x + 0.5, 0.5)
        let prepared = try fixed.prepared()
        return Answer(
            valid: report.isValid,
            reason: report.reason,
            area: try fixed.area(),
            intersectsReference: try shape.intersects(reference),
            unionArea: try fixed.union(probe).area(),
            preparedCovers: try prepared.covers(Coordinate(x + 0.75, 0.75)),
            wkt: try fixed.wkt(precision: 6))
    }

    static func serialAnswers() throws -> [Answer] {
        try (0..<shapes.count).map(answer)
    }

    @Test("the serial answers are right by hand")
    func serialAnswersAreRight() throws {
        let answers = try Self.serialAnswers()
        for (k, a) in answers.enumerated() {
            if k % 5 == 4 {
                #expect(!a.valid)
                #expect(a.reason == "Self-intersection")
                #expect(F.close(a.area, 2, 1e-12))
            } else {
                let side = Double(1 + k % 3)
                #expect(a.valid)
                #expect(a.area == side * side)
                // The probe [x+0.5, x+1.5] × [0.5, 1.5] overlaps a side-s square in (min(s, 1.5) − 0.5)² .
                let overlap = (min(side, 1.5) - 0.5) * (min(side, 1.5) - 0.5)
                #expect(F.close(a.unionArea, side * side + 1 - overlap, 1e-12))
                #expect(a.preparedCovers)
            }
            #expect(a.intersectsReference == (k <= 25))
        }
    }

    @Test("8 tasks × 10 rounds in a task group give the serial answers")
    func taskGroup() async throws {
        let expected = try Self.serialAnswers()
        let results = try await withThrowingTaskGroup(of: [Answer].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var last: [Answer] = []
                    for _ in 0..<10 { last = try Self.serialAnswers() }
                    return last
                }
            }
            var all: [[Answer]] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        for r in results { #expect(r == expected) }
    }

    @Test("4 dedicated threads interleaving shapes give the serial answers, and their contexts are released on exit")
    func threads() throws {
        let expected = try Self.serialAnswers()
        let collector = Collector()
        let done = DispatchSemaphore(value: 0)
        let threadCount = 4
        for t in 0..<threadCount {
            let thread = Thread {
                for round in 0..<10 {
                    // Each thread walks the shapes from a different start, so different shapes run side by side.
                    for step in 0..<Self.shapes.count {
                        let k = (step + t * 13 + round * 7) % Self.shapes.count
                        collector.add(k, Result { try Self.answer(k) })
                    }
                }
                done.signal()
            }
            thread.start()
        }
        for _ in 0..<threadCount { done.wait() }
        let results = collector.results
        #expect(results.count == threadCount * 10 * Self.shapes.count)
        for (k, result) in results {
            switch result {
            case .success(let answer): #expect(answer == expected[k], "shape \(k)")
            case .failure(let error): Issue.record("shape \(k) threw \(error)")
            }
        }
    }

    @Test("DispatchQueue.concurrentPerform over the shapes gives the serial answers")
    func concurrentPerform() throws {
        let expected = try Self.serialAnswers()
        let collector = Collector()
        DispatchQueue.concurrentPerform(iterations: Self.shapes.count * 8) { i in
            let k = i % Self.shapes.count
            collector.add(k, Result { try Self.answer(k) })
        }
        let results = collector.results
        #expect(results.count == Self.shapes.count * 8)
        for (k, result) in results {
            #expect((try? result.get()) == expected[k], "shape \(k)")
        }
    }

    /// Thread-safe accumulation of per-shape results.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [(Int, Result<Answer, any Error>)] = []

        func add(_ k: Int, _ result: Result<Answer, any Error>) {
            lock.lock()
            storage.append((k, result))
            lock.unlock()
        }

        var results: [(Int, Result<Answer, any Error>)] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }
}
