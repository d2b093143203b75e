import Testing
@testable import GazetteerGeometry

/// The STR-tree over a 10 × 10 grid of unit boxes: box (i, j) = [i, i+1] × [j, j+1] sits at position 10j + i,
/// so every query's answer can be listed by hand.
@Suite("Geometry spatial index")
struct SpatialIndexTests {
    typealias F = GeometryFixtures

    static let grid: [Geometry] = (0..<10).flatMap { j in (0..<10).map { i in F.square(Double(i), Double(j)) } }

    /// The positions of the boxes with i in `columns` and j in `rows`, ascending.
    static func boxes(_ columns: ClosedRange<Int>, _ rows: ClosedRange<Int>) -> [Int] {
        rows.flatMap { j in columns.map { i in 10 * j + i } }.sorted()
    }

    @Test("an envelope inside a 3 × 2 block of boxes finds exactly those six")
    func queryBlock() throws {
        let index = try SpatialIndex(Self.grid)
        let found = index.query(Envelope(minX: 2.5, minY: 2.5, maxX: 4.5, maxY: 3.5))
        #expect(found == Self.boxes(2...4, 2...3))
        #expect(found.count == 6)
    }

    @Test("a degenerate envelope on a grid node finds the four boxes meeting there (boundaries count)")
    func queryNode() throws {
        let index = try SpatialIndex(Self.grid)
        #expect(index.query(Envelope(minX: 3, minY: 3, maxX: 3, maxY: 3)) == [22, 23, 32, 33])
        // A horizontal segment on the line y = 5 from x = 0.5 to 1.5 touches the rows j = 4 and j = 5, columns 0 and 1.
        #expect(index.query(Envelope(minX: 0.5, minY: 5, maxX: 1.5, maxY: 5)) == [40, 41, 50, 51])
    }

    @Test("queries outside the grid, covering it, and empty")
    func queryEdges() throws {
        let index = try SpatialIndex(Self.grid)
        #expect(index.query(Envelope(minX: 20, minY: 20, maxX: 30, maxY: 30)).isEmpty)
        #expect(index.query(Envelope(minX: -1, minY: -1, maxX: 11, maxY: 11)) == Array(0..<100))
        #expect(index.query(.empty).isEmpty)
        // The same index answers many queries: each single cell interior finds exactly its box.
        for j in 0..<10 {
            for i in 0..<10 {
                let e = Envelope(minX: Double(i) + 0.25, minY: Double(j) + 0.25, maxX: Double(i) + 0.75, maxY: Double(j) + 0.75)
                #expect(index.query(e) == [10 * j + i])
            }
        }
    }

    @Test("candidates at a point: the boxes whose envelopes hold it, boundaries included")
    func candidatesAtPoint() throws {
        let index = try SpatialIndex(Self.grid)
        index.checkInvariants()
        #expect(index.candidates(at: Coordinate(4.5, 7.5)) == [74])
        // A grid node belongs to the four boxes meeting there; an edge point to two.
        #expect(index.candidates(at: Coordinate(3, 3)) == [22, 23, 32, 33])
        #expect(index.candidates(at: Coordinate(0.5, 10)) == [90])
        #expect(index.candidates(at: Coordinate(5, 0.5)) == [4, 5])
        #expect(index.candidates(at: Coordinate(10.01, 5)).isEmpty)
        #expect(index.candidates(at: Coordinate(.nan, 5)).isEmpty)
        // The same answer as a zero-size envelope query, everywhere on a quarter-unit lattice.
        for j in 0...44 {
            for i in 0...44 {
                let c = Coordinate(Double(i) / 4 - 0.5, Double(j) / 4 - 0.5)
                #expect(index.candidates(at: c) == index.query(Envelope(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y)))
            }
        }
    }

    @Test("nearest neighbour by true distance")
    func nearest() throws {
        let index = try SpatialIndex(Self.grid)
        // (20, 0.5) is 10 from box (9, 0) and √(10² + 0.5²) from box (9, 1).
        #expect(try index.nearest(to: F.point(20, 0.5)) == 9)
        // Inside box (4, 7).
        #expect(try index.nearest(to: F.point(4.5, 7.5)) == 74)
        // Below the grid, under box (6, 0).
        #expect(try index.nearest(to: F.point(6.5, -3)) == 6)
    }

    @Test("nearest uses geometry distance, not envelope distance")
    func nearestByGeometry() throws {
        // A long diagonal line whose envelope [0, 10]² contains the query point (envelope distance 0), and a small
        // square whose envelope is 1 away. Envelope distance would pick the line; true distance picks the square.
        let diagonal = F.line((0, 0), (10, 10))
        let square = F.square(1, 8, side: 1) // [1, 2] × [8, 9]
        let index = try SpatialIndex([diagonal, square])
        // (1, 10): 1 from the square's top edge; from the line y = x it is |1 − 10| / √2 ≈ 6.36.
        #expect(try index.nearest(to: F.point(1, 10)) == 1)
        // (9, 9.5) is 0.35 from the line and √(7² + 0.5²) from the square.
        #expect(try index.nearest(to: F.point(9, 9.5)) == 0)
    }

    @Test("an empty index answers nothing")
    func emptyIndex() throws {
        let index = try SpatialIndex([])
        #expect(index.query(Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        #expect(try index.nearest(to: F.point(0, 0)) == nil)
    }

    @Test("a geometry that cannot be converted makes the index throw")
    func badGeometry() {
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { _ = try SpatialIndex([F.square(0, 0), F.point(.nan, 0)]) }
    }
}
