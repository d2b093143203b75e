import Testing
@testable import GazetteerGeometry

/// Set operations on two overlapping squares, A = [0, 2]² and B = [1, 3]², which share the unit square [1, 2]².
/// Areas by hand: |A| = |B| = 4, |A ∩ B| = 1, |A ∪ B| = 7, |A − B| = 3, |A △ B| = 6.
@Suite("Geometry overlay")
struct OverlayTests {
    typealias F = GeometryFixtures

    let a = F.rectangle(0, 0, 2, 2)
    let b = F.rectangle(1, 1, 3, 3)

    @Test("union of overlapping squares has area 7")
    func union() throws {
        let u = try a.union(b)
        #expect(try u.area() == 7)
        // An L-shaped octagon's perimeter: 2+1+1+2+2+1+1+2 = 12.
        #expect(try u.length() == 12)
        #expect(u.polygons.count == 1)
    }

    @Test("intersection is the shared unit square")
    func intersection() throws {
        let i = try a.intersection(b)
        #expect(try i.area() == 1)
        #expect(try i.topologicallyEquals(F.rectangle(1, 1, 2, 2)))
    }

    @Test("difference A − B has area 3 and B − A likewise")
    func difference() throws {
        #expect(try a.difference(b).area() == 3)
        #expect(try b.difference(a).area() == 3)
        #expect(try a.difference(b).contains(F.point(0.5, 0.5)))
        #expect(try !a.difference(b).intersects(F.point(1.5, 1.5)))
    }

    @Test("symmetric difference has area 6 in two parts")
    func symmetricDifference() throws {
        let s = try a.symmetricDifference(b)
        #expect(try s.area() == 6)
        #expect(s.polygons.count == 2)
    }

    @Test("disjoint squares intersect in an empty geometry")
    func emptyIntersection() throws {
        let i = try a.intersection(F.square(5, 5))
        #expect(i.isEmpty)
        #expect(try i.area() == 0)
    }

    @Test("unionAll dissolves shared edges and counts overlaps once")
    func unionAll() throws {
        // [0,1]² and [1,2]×[0,1] share an edge; [0.5,1.5]² adds its upper half (y from 1 to 1.5), area 0.5.
        let u = try Geometry.unionAll([F.square(0, 0), F.square(1, 0), F.square(0.5, 0.5)])
        #expect(try u.area() == 2.5)
        #expect(u.polygons.count == 1)
        // Two squares sharing an edge dissolve to one 2 × 1 rectangle: 4 corners, no vertex left on the shared edge
        // except the collinear ones, so it equals the rectangle topologically.
        let pair = try Geometry.unionAll([F.square(0, 0), F.square(1, 0)])
        #expect(try pair.topologicallyEquals(F.rectangle(0, 0, 2, 1)))
        #expect(try pair.length() == 6)
        // Nothing in, nothing out.
        #expect(try Geometry.unionAll([]).isEmpty)
    }
}
