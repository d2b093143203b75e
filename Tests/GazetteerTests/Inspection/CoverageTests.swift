import Foundation
import Testing
@testable import Gazetteer

/// Coverage: overlaps and holes on hand-built squares with areas from pyproj's geodesics, and the real
/// Hulunbuir polygons with their neighbours (figures cross-checked with shapely 2.2 on the same files).
@Suite("Coverage")
struct CoverageTests {
    /// A lon/lat rectangle as a county unit, optionally with a rectangular hole.
    static func rect(_ code: String, _ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double, hole: [Double]? = nil) -> CheckedUnit {
        // Every edge has a vertex each 0.05°, so that units meeting in a T share the vertex there, as units of one
        // coverage do: a parallel or meridian is a curve in the Gauss-Krüger plane, and a T-junction on a long edge
        // without its vertex would leave a sliver of a few hundred m² between the chords.
        func ring(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> [Coordinate] {
            let corners = [Coordinate(a, b), Coordinate(c, b), Coordinate(c, d), Coordinate(a, d), Coordinate(a, b)]
            var out: [Coordinate] = []
            for (p, q) in zip(corners, corners.dropFirst()) {
                let steps = Int((max(abs(q.x - p.x), abs(q.y - p.y)) / 0.05).rounded())
                for k in 0..<steps { out.append(Coordinate(p.x + (q.x - p.x) * Double(k) / Double(steps), p.y + (q.y - p.y) * Double(k) / Double(steps))) }
            }
            return out + [corners[0]]
        }
        let holes = hole.map { [ring($0[0], $0[1], $0[2], $0[3]).reversed()] } ?? []
        return CheckedUnit(code: code, level: .county, boundary: .polygon(Polygon(exterior: ring(minX, minY, maxX, maxY), holes: holes.map(Array.init))))
    }

    /// A has a hole of its own (an enclave); B, C, D, E surround a hole between them (a gap); H and I overlap.
    static let units = [
        rect("150701", 120, 49, 120.3, 49.3, hole: [120.1, 49.1, 120.2, 49.2]),
        rect("150702", 121, 49, 121.1, 49.2), rect("150703", 121.2, 49, 121.3, 49.2),
        rect("150704", 121.1, 49, 121.2, 49.05), rect("150705", 121.1, 49.15, 121.2, 49.2),
        rect("150706", 122, 49, 122.1, 49.1), rect("150707", 122.05, 49, 122.15, 49.1),
    ]

    @Test("the overlap's area is pyproj's geodesic area of the common rectangle")
    func overlap() throws {
        let findings = try CoverageCheck.overlaps(CoverageContext(units: Self.units))
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.subjects == ["150706", "150707"])
        // pyproj Geod(ellps='GRS80').polygon_area_perimeter of (122.05–122.1 E, 49.0–49.1 N): 40,646,684.03 m².
        #expect(f.measured?.unit == .squareKilometre)
        #expect(abs((f.measured?.value ?? 0) - 40.64668403) < 1e-6)
        #expect(f.location?.dimension == 2)
    }

    @Test("a hole inside one unit is an enclave, a hole between four a gap, and a gap below --min-area a sliver")
    func holes() throws {
        let context = try CoverageContext(units: Self.units)
        let findings = try CoverageCheck.holes(context)
        let enclave = try #require(findings.first { $0.code == .coverageEnclave })
        #expect(enclave.subjects == ["150701"])
        // pyproj polygon_area_perimeter of the same eight vertices (a vertex each 0.05°): 81,131,621.49 m².
        #expect(abs((enclave.measured?.value ?? 0) - 81.13162149) < 1e-6)
        let gap = try #require(findings.first { $0.code == .coverageGap })
        #expect(Set(gap.subjects) == ["150702", "150703", "150704", "150705"])
        #expect(abs((gap.measured?.value ?? 0) - 81.21252676) < 1e-6)  // pyproj, eight vertices: 81,212,526.76 m²
        #expect(findings.count == 2)
        let larger = try CoverageCheck.holes(context, minArea: 100_000_000)
        #expect(larger.map(\.code) == [.coverageSliver, .coverageSliver])
    }

    @Test("DataV Hulunbuir: no overlap, one hole at 加格达奇 of 1,340.19 km² (shapely with pyproj: 1,340.190)",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func dataVHulunbuir() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let input = try CheckInputReader.read(files: [file], idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        let report = try TopologyCheck.report(input)
        #expect(!report.findings.contains { $0.code == .coverageOverlap })
        let holes = report.findings.filter { [.coverageGap, .coverageSliver, .coverageEnclave].contains($0.code) }
        #expect(holes.count == 1)
        let hole = try #require(holes.first)
        #expect(hole.code == .coverageEnclave)
        #expect(hole.subjects == ["150723"])
        #expect(abs((hole.measured?.value ?? 0) - 1340.19) < 0.01)
        let envelope = try #require(hole.location?.envelope)
        #expect(envelope.contains(Coordinate(124.14, 50.38)))
    }

    @Test("DataV Hulunbuir with Hinggan and three Heilongjiang prefectures: 85.46 km² of overlap with neighbours, 778 holes",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func dataVWithNeighbours() throws {
        let files = try ["150700", "152200", "232700", "231100", "230200"].map { try #require(TestFixtures.realData("datav_\($0)_full.json")) }
        let input = try CheckInputReader.read(files: files, idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        #expect(input.units.count == 46)
        let context = try CoverageContext(units: input.units)
        let overlaps = try CoverageCheck.overlaps(context)
        func km2(_ f: Finding) -> Double { f.measured.map { $0.unit == .squareKilometre ? $0.value : $0.value / 1e6 } ?? 0 }
        // shapely 2.2 + pyproj on the same files: 27 overlapping pairs, 91.749 km² in all; 17 between a Hulunbuir unit
        // and a neighbour.
        #expect(overlaps.count == 27)
        #expect(abs(overlaps.map(km2).reduce(0, +) - 91.749) < 0.01)
        let withNeighbours = overlaps.filter { $0.subjects.filter { $0.hasPrefix("1507") }.count == 1 }
        #expect(withNeighbours.count == 17)
        #expect(abs(withNeighbours.map(km2).reduce(0, +) - 85.46) < 0.01)
        // shapely: 778 holes in the union, 90.407 km² in all, the largest 1.499 km².
        let holes = try CoverageCheck.holes(context)
        #expect(holes.count == 778)
        #expect(abs(holes.map(km2).reduce(0, +) - 90.407) < 0.01)
        #expect(holes.allSatisfy { $0.code == .coverageSliver || $0.code == .coverageGap })
        #expect(holes.allSatisfy { !$0.subjects.isEmpty })
    }

    @Test("CLI: inspect topology on DataV exits 1 (鄂伦春 invalid) and states the enclave; --min-area is refused below 0",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func cli() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let result = try gazetteer("inspect", "topology", file, "--id-field", "adcode", "--name-field", "name", "--format", "json", "--lang", "en")
        #expect(result.status == 1, "\(result.stderr)")
        let report = try JSONParser.parse(result.stdout)
        let totals = report["summary"]?["totals"]
        #expect(totals?["enclaves"]?.numberValue == 1)
        #expect(totals?["overlaps"]?.numberValue == 0)
        #expect(totals?["pairs"]?.numberValue == 26)
        #expect(try gazetteer("inspect", "topology", file, "--min-area", "-1").status == 2)
    }

    @Test("against the parent: a missing child leaves its area uncovered, a child beyond the outline sticks out")
    func againstParent() throws {
        let parent = Self.rect("150700", 121, 49, 121.3, 49.2)
        // 150702 and 150703 of the gap case, without the two between them; 150799 sticks out east by 0.1°.
        let children = [Self.units[1], Self.units[2], Self.rect("150799", 121.3, 49.0, 121.4, 49.2)]
        let check = try CoverageCheck.againstParent(CoverageContext(units: children), parent: parent)
        let uncovered = check.findings.filter { $0.code == .coverageParentUncovered }
        #expect(uncovered.count == 1)
        #expect(Set(uncovered.first?.subjects ?? []) == ["150700", "150702", "150703"])
        let outside = check.findings.filter { $0.code == .coverageOutsideParent }
        #expect(outside.map(\.subjects) == [["150700", "150799"]])
        // pyproj polygon_area_perimeter of the same vertices (a vertex each 0.05°): 121.1–121.2 E × 49.0–49.2 N
        // 162,424,989.56 m²; 121.3–121.4 E × 49.0–49.2 N the same, by symmetry in longitude.
        #expect(abs(check.uncovered - 162_424_989.56) < 1)
        #expect(abs(check.outside - 162_424_989.56) < 1)
    }

    @Test("DataV: Hulunbuir's counties against the prefecture outline of the Inner Mongolia file, as shapely: 298.027 km² out, 277.473 km² uncovered, all thinner than 1 km",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func dataVAgainstParent() throws {
        let counties = try #require(TestFixtures.realData("datav_150700_full.json"))
        let province = try #require(TestFixtures.realData("datav_150000_full.json"))
        let input = try CheckInputReader.read(files: [counties], idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        let parents = try CheckInputReader.read(files: [province], idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        let parent = try #require(parents.units.first { $0.code == "150700" })
        let check = try CoverageCheck.againstParent(CoverageContext(units: input.units), parent: parent)
        #expect(abs(check.outside / 1e6 - 298.027) < 0.001)
        #expect(abs(check.uncovered / 1e6 - 277.473) < 0.001)
        #expect(check.findings.isEmpty)
        let strict = try CoverageCheck.againstParent(CoverageContext(units: input.units), parent: parent, width: 500)
        #expect(!strict.findings.isEmpty)
    }
}
