import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// `gazetteer names locate-check`: names outside their unit or across its boundary, on hand-made units.
@Suite("Names against boundaries")
struct NameLocationCheckTests {
    static let units = [
        AdminUnit(code: "150701", names: NameForms(standard: "甲"), level: .county,
                  boundary: .polygon(Polygon(exterior: UnitLocatorTests.square(120, 49, 121, 50)))),
        AdminUnit(code: "150702", names: NameForms(standard: "乙"), level: .county,
                  boundary: .polygon(Polygon(exterior: UnitLocatorTests.square(121, 49, 122, 50)))),
        AdminUnit(code: "150703", names: NameForms(standard: "丙"), level: .county),
    ]

    static func name(_ id: String, _ unit: String?, _ geometry: Geometry?) -> PlaceName {
        PlaceName(id: id, names: NameForms(standard: "名\(id)"), category: .settlement, unitCode: unit, geometry: geometry)
    }

    @Test("inside, on the boundary, in the neighbour, beyond every unit, across the boundary, along it, unchecked")
    func cases() throws {
        let names = [
            Self.name("N1", "150701", .point(Point(x: 120.5, y: 49.5))),                 // inside: fine
            Self.name("N2", "150701", .point(Point(x: 121, y: 49.5))),                   // on the shared edge: in both
            Self.name("N3", "150701", .point(Point(x: 121.01, y: 49.001))),              // in 乙, 0.01° east of 甲's corner
            Self.name("N4", "150702", .point(Point(x: 123, y: 49.5))),                   // beyond every unit
            Self.name("N5", "150701", .lineString(LineString([Coordinate(120.9, 49.5), Coordinate(121.1, 49.5)]))), // across
            Self.name("N6", "150701", .lineString(LineString([Coordinate(121, 49.2), Coordinate(121, 49.8)]))),     // along the edge
            Self.name("N7", "150703", .point(Point(x: 120.5, y: 49.5))),                 // unit without boundary
            Self.name("N8", nil, .point(Point(x: 120.5, y: 49.5))),                      // no unit
            Self.name("N9", "150702", .lineString(LineString([Coordinate(120.2, 49.5), Coordinate(120.4, 49.5)]))), // a line wholly in 甲
        ]
        let outcome = try NameLocationCheck.run(names: names, units: Self.units)
        #expect(outcome.checked == 7 && outcome.unchecked == 2)
        let byName = Dictionary(uniqueKeysWithValues: outcome.findings.map { ($0.subjects[0], $0) })
        #expect(Set(byName.keys) == ["N3", "N4", "N5", "N9"])

        let n3 = try #require(byName["N3"])
        #expect(n3.code == .nameOutsideUnit && n3.severity == .error)
        #expect(n3.subjects == ["N3", "150701", "150702"])
        // The geodesic distance along the parallel to 甲's east edge, from PROJ's geodesic.h. The zone's plane
        // agrees within its scale factor (1 + 6.6e-5 at 1° from the central meridian: 5 cm) and the bow of the
        // projected edge's chord this near its end (under 1 cm).
        let geodesic = try Geodesic.cgcs2000.inverse(from: Coordinate(121, 49.001), to: Coordinate(121.01, 49.001)).distance
        #expect(abs(geodesic - 731.1) < 1)
        #expect(abs(try #require(n3.measured?.value) - geodesic) < 0.1)
        #expect(n3.message(.en) == "N3 名N3 is registered in 150701 甲 but lies in 150702 乙, \(Quantity.metres(n3.measured!.value).formatted) from 150701 甲")

        let n4 = try #require(byName["N4"])
        #expect(n4.message(.zh).contains("实际位于 所有区划之外"))
        #expect(abs(try #require(n4.measured?.value) - (try Geodesic.cgcs2000.inverse(from: Coordinate(122, 49.5), to: Coordinate(123, 49.5)).distance)) < 100)

        let n5 = try #require(byName["N5"])
        #expect(n5.code == .nameStraddlesBoundary && n5.severity == .warning)
        #expect(n5.subjects == ["N5", "150701", "150702"])
        // Half the line, 0.1° of the parallel, lies outside.
        let half = try Geodesic.cgcs2000.length(of: [Coordinate(121, 49.5), Coordinate(121.1, 49.5)])
        #expect(abs(try #require(n5.measured?.value) - half) < 0.01)

        let n9 = try #require(byName["N9"])
        #expect(n9.code == .nameOutsideUnit && n9.subjects == ["N9", "150702", "150701"])
    }

    @Test("on the demo registry: the planted names, and nothing else")
    func demo() throws {
        let registry = try GeoPackageStore.open(at: try locateDemoRegistry.get(), access: .read)
        let outcome = try NameLocationCheck.run(names: try registry.records(PlaceName.self), units: try registry.records(AdminUnit.self))
        let found = outcome.findings.map { "\($0.code.id) \($0.subjects.joined(separator: ","))" }.sorted()
        #expect(found == [
            "name.outside-unit N0370,150725,150702",
            "name.outside-unit N0371,150726,150724",
            "name.outside-unit N0372,150784,150785",
            "name.straddles-boundary N0373,150702,150724",
            "name.straddles-boundary N0374,150782,150702,150724",
        ])
    }

    @Test("the CLI renders the findings in every format and exits 1")
    func cli() throws {
        let registry = try locateDemoRegistry.get()
        let table = try gazetteer("names", "locate-check", "--registry", registry)
        #expect(table.status == 1)
        #expect(table.stdout.contains("团结村 登记属于 150725 陈巴尔虎旗，实际位于 150702 海拉尔区"))
        for format in ["json", "geojson", "csv", "html"] {
            let result = try gazetteer("names", "locate-check", "--registry", registry, "--format", format, "--lang", "en")
            #expect(result.status == 1 && result.stdout.contains("N0373"), "\(format)")
        }
        let json = try JSONParser.parse(try gazetteer("names", "locate-check", "--registry", registry, "--format", "json").stdout)
        #expect(json["findings"]?.arrayValue?.count == 5)
    }
}
