import Testing
@testable import Gazetteer

@Suite("Reading on one thread while a second judges")
struct ReadWhileJudgingTests {
    struct Stop: Error {}

    /// Reads `0..<count` and judges each number as (its square, its text), with `room` reserved.
    func run(count: Int, room: Int, failAt: Int? = nil) throws -> (elements: [Int], first: [Int], second: [String]) {
        var next = 0
        return try readWhileJudging(next: { () throws -> Int? in
            if next == failAt { throw Stop() }
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }, capacity: { room }, makeJudge: { { (n: borrowing Int) in (n * n, "n\(n)") } })
    }

    @Test("every element judged, in the order read, whether the room reserved is short, exact or ample",
          arguments: [(100_000, 1), (100_000, 50_000), (100_000, 100_000), (100_000, 200_000), (4_096, 4_096), (4_097, 4_096), (1, 1)])
    func order(count: Int, room: Int) throws {
        let (elements, first, second) = try run(count: count, room: room)
        #expect(elements == Array(0..<count))
        #expect(first == elements.map { $0 * $0 })
        #expect(second == elements.map { "n\($0)" })
    }

    @Test("an empty input gives empty arrays")
    func empty() throws {
        let (elements, first, second) = try run(count: 0, room: 10)
        #expect(elements.isEmpty && first.isEmpty && second.isEmpty)
    }

    @Test("an error of the reader is rethrown, at the start, mid-batch, on a batch boundary and beyond the room",
          arguments: [0, 1, 4_095, 4_096, 10_000, 60_000])
    func error(at position: Int) {
        #expect(throws: Stop.self) { try run(count: 100_000, room: 50_000, failAt: position) }
    }
}
