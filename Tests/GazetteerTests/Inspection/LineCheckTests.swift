import Foundation
import Testing
@testable import Gazetteer

/// Registered lines against the polygons and against each other, on hand-built units with distances from pyproj.
@Suite("Line checks")
struct LineCheckTests {
    /// A (120.0–120.1 E) and B (120.1–120.2 E) from 49.0 to 49.1 N, C across both from 49.1 to 49.2 N; a vertex each 0.05°.
    static let units = [
        CoverageTests.rect("150701", 120.0, 49.0, 120.1, 49.1), CoverageTests.rect("150702", 120.1, 49.0, 120.2, 49.1),
        CoverageTests.rect("150703", 120.0, 49.1, 120.2, 49.2),
    ]

    static func line(_ code: String, _ left: String, _ right: String, _ points: [(Double, Double)]) -> BoundaryLine {
        BoundaryLine(code: code, name: code, level: .county, leftUnitCode: left, rightUnitCode: right,
                     geometry: .lineString(LineString(points.map { Coordinate($0.0, $0.1) })))
    }

    /// AB, AC correct; BC with its sides swapped (walking west, B is on the left); AB-off 0.001° east of the edge;
    /// X across AB and AB-off at 49.02° N, both ends meeting nothing.
    static let lines = [
        line("AB", "150701", "150702", [(120.1, 49.0), (120.1, 49.05), (120.1, 49.1)]),
        line("AC", "150701", "150703", [(120.1, 49.1), (120.05, 49.1), (120.0, 49.1)]),
        line("BC", "150703", "150702", [(120.2, 49.1), (120.15, 49.1), (120.1, 49.1)]),
        line("AB-off", "150701", "150702", [(120.101, 49.0), (120.101, 49.05), (120.101, 49.1)]),
        line("X", "150701", "150702", [(120.05, 49.02), (120.15, 49.02)]),
    ]

    static var input: CheckInput { CheckInput(units: units, lines: lines, hasRegisteredLines: true, source: "test") }

    @Test("off its edge by pyproj's 73.17 m (EPSG:4549 at 49.0° N), sides swapped, the line on its edge passes")
    func againstPolygons() throws {
        let context = try CoverageContext(units: Self.units)
        let findings = try LineCheck.againstPolygons(context, input: Self.input)
        let off = findings.filter { $0.code == .lineOffEdge }
        #expect(Set(off.map { $0.subjects[0] }) == ["AB-off", "X"])
        let abOff = try #require(off.first { $0.subjects[0] == "AB-off" })
        #expect(abs((abOff.measured?.value ?? 0) - 73.17) < 0.05)
        #expect(abOff.threshold == .metres(25))
        #expect(findings.filter { $0.code == .lineSidesSwapped }.map { $0.subjects[0] } == ["BC"])
        // With a tolerance of 100 m the 73 m line passes.
        let lenient = try LineCheck.againstPolygons(context, input: Self.input, tolerances: .init(uniform: 100))
        #expect(lenient.filter { $0.code == .lineOffEdge }.map { $0.subjects[0] } == ["X"])
    }

    @Test("crossings, dangles and the tri-point where A, B and C meet")
    func network() throws {
        let context = try CoverageContext(units: Self.units)
        let findings = try LineCheck.network(context, input: Self.input)
        let crossings = findings.filter { $0.code == .lineCrossing }.map { Set($0.subjects) }
        #expect(crossings.count == 2)
        #expect(crossings.contains(["AB", "X"]) && crossings.contains(["AB-off", "X"]))
        let dangles = findings.filter { $0.code == .lineDangle }
        #expect(dangles.map { $0.subjects } == [["X"], ["X"]])
        var end = Coordinate(0, 0)
        dangles[0].location?.forEachCoordinate { end = $0 }
        #expect(abs(end.x - 120.05) < 1e-7 && abs(end.y - 49.02) < 1e-7)
        let tri = findings.filter { $0.code == .lineTriPoint }
        #expect(tri.count == 1)
        #expect(tri.first?.subjects == ["150701", "150702", "150703"])
        #expect(tri.first?.values["lines"] == .text("AB, AC, BC"))
    }

    @Test("line validity: a repeated point, a loop crossing itself, a line of zero length; sound lines pass")
    func validity() throws {
        let lines = Self.lines + [
            Self.line("R", "150701", "150702", [(120.1, 49.0), (120.1, 49.05), (120.1, 49.05), (120.1, 49.1)]),
            Self.line("Z", "150701", "150702", [(120.1, 49.0), (120.1, 49.0)]),
            Self.line("S", "150701", "150702", [(120.1, 49.0), (120.15, 49.05), (120.15, 49.02), (120.1, 49.06)]),
        ]
        let input = CheckInput(units: Self.units, lines: lines, hasRegisteredLines: true, source: "test")
        let findings = try LineCheck.validity(CoverageContext(units: Self.units), input: input)
        #expect(findings.map { "\($0.subjects[0]) \($0.values["reason"]?.text(.en) ?? "")" } == [
            "R repeated point", "Z zero length", "S crosses or touches itself",
        ])
        #expect(findings[0].location == .point(Point(Coordinate(120.1, 49.05))))
    }
}
