import Testing
@testable import GazetteerGeometry

/// Hand-built shapes shared by the geometry tests. Every expected value in those tests is worked out by hand
/// from these coordinates, never read back from the code under test.
enum GeometryFixtures {
    /// The axis-aligned rectangle [minX, maxX] × [minY, maxY], counter-clockwise from its lower-left corner.
    static func rectangle(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> Geometry {
        .polygon(Polygon(exterior: ring(minX, minY, maxX, maxY)))
    }

    /// The closed ring of a rectangle, counter-clockwise from its lower-left corner.
    static func ring(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [Coordinate] {
        [Coordinate(minX, minY), Coordinate(maxX, minY), Coordinate(maxX, maxY), Coordinate(minX, maxY), Coordinate(minX, minY)]
    }

    /// The square with lower-left corner (`x`, `y`) and the given side.
    static func square(_ x: Double, _ y: Double, side: Double = 1) -> Geometry {
        rectangle(x, y, x + side, y + side)
    }

    /// A line through the given (x, y) pairs.
    static func line(_ points: (Double, Double)...) -> Geometry {
        .lineString(LineString(points.map { Coordinate($0.0, $0.1) }))
    }

    /// A polygon whose shell runs through the given (x, y) pairs (closed by the caller).
    static func polygon(_ points: (Double, Double)...) -> Geometry {
        .polygon(Polygon(exterior: points.map { Coordinate($0.0, $0.1) }))
    }

    /// A point.
    static func point(_ x: Double, _ y: Double) -> Geometry {
        .point(Point(x: x, y: y))
    }

    /// `true` when `a` and `b` differ by at most `tolerance`.
    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance
    }

    /// `true` when the coordinates differ by at most `tolerance` in each ordinate.
    static func close(_ a: Coordinate, _ b: Coordinate, _ tolerance: Double) -> Bool {
        abs(a.x - b.x) <= tolerance && abs(a.y - b.y) <= tolerance
    }

    /// The coordinate of a point geometry, or `nil` for anything else.
    static func coordinate(of geometry: Geometry) -> Coordinate? {
        if case .point(let p) = geometry { return p.coordinate }
        return nil
    }

    /// The message of a ``GeometryError/malformed(format:message:)`` thrown by `body`, recording an issue otherwise.
    static func malformedMessage(
        format expectedFormat: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> Void
    ) -> String? {
        do {
            try body()
            Issue.record("expected a malformed \(expectedFormat) error, but nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as GeometryError {
            if case .malformed(let format, let message) = error {
                #expect(format == expectedFormat, sourceLocation: sourceLocation)
                return message
            }
            Issue.record("expected a malformed \(expectedFormat) error, got \(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected a GeometryError, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}
