import Testing
@testable import GazetteerGeometry

/// The Swift packed R-tree against brute force over random rectangles, at several node capacities.
@Suite("Native packed R-tree")
struct PackedRTreeTests {
    typealias Random = LineSegmentIndexTests.Random

    static func randomBoxes(_ count: Int, _ random: inout Random) -> [Envelope] {
        (0..<count).map { _ in
            let x = random.next() * 100, y = random.next() * 100
            return Envelope(minX: x, minY: y, maxX: x + random.next() * 5, maxY: y + random.next() * 5)
        }
    }

    @Test("window, point and nearest queries equal brute force", arguments: [2, 3, 10, 16])
    func bruteForce(nodeCapacity: Int) {
        var random = Random(state: 7)
        var boxes = Self.randomBoxes(997, &random)
        boxes[100] = .empty  // left out of the tree
        let tree = PackedRTree(boxes, nodeCapacity: nodeCapacity)
        tree.checkInvariants()
        #expect(tree.count == 996)
        for _ in 0..<200 {
            let x = random.next() * 110 - 5, y = random.next() * 110 - 5
            let window = Envelope(minX: x, minY: y, maxX: x + random.next() * 10, maxY: y + random.next() * 10)
            var found: [Int] = []
            tree.forEach(intersecting: window) { found.append($0) }
            #expect(found.sorted() == boxes.indices.filter { boxes[$0].intersects(window) })

            let point = Coordinate(x, y)
            var containing: [Int] = []
            tree.forEach(containing: point) { containing.append($0) }
            #expect(containing.sorted() == boxes.indices.filter { !boxes[$0].isEmpty && boxes[$0].contains(point) })

            // Nearest by distance from the point to each box's lower-left corner: never less than the box distance.
            let query = Envelope(minX: x, minY: y, maxX: x, maxY: y)
            let corner = { (i: Int) -> Double in
                let dx = boxes[i].minX - x, dy = boxes[i].minY - y
                return (dx * dx + dy * dy).squareRoot()
            }
            let nearest = tree.nearest(to: query, distance: corner)
            let expected = boxes.indices.filter { !boxes[$0].isEmpty }.min { (corner($0), $0) < (corner($1), $1) }
            #expect(nearest?.item == expected)
        }
    }

    @Test("ties in nearest go to the first item in the original list, whatever the packing")
    func nearestTies() {
        // Twenty identical boxes: every one is at distance 0 from a point inside.
        let boxes = [Envelope](repeating: Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1), count: 20)
        let tree = PackedRTree(boxes, nodeCapacity: 3)
        tree.checkInvariants()
        #expect(tree.nearest(to: Envelope(minX: 0.5, minY: 0.5, maxX: 0.5, maxY: 0.5)) { _ in 0 }?.item == 0)
    }

    @Test("an empty tree finds nothing")
    func empty() {
        let tree = PackedRTree([])
        tree.checkInvariants()
        var hits = 0
        tree.forEach(intersecting: Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)) { _ in hits += 1 }
        tree.forEach(containing: Coordinate(0, 0)) { _ in hits += 1 }
        #expect(hits == 0)
        #expect(tree.nearest(to: Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)) { _ in 0 } == nil)
    }
}
