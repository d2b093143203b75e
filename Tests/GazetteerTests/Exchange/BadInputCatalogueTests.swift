import Foundation
import Testing
@testable import Gazetteer

/// A catalogue of bad input: each case must be refused with its expected reason, naming its position, and leave
/// the registry file byte for byte as it was.
@Suite("Import: the bad-input catalogue")
struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var layer: Layer
        var fileName: String
        var content: String
        /// Text the refusal must contain (in the English reason, position or file error).
        var expected: String
        var testDescription: String { name }
    }

    static let square = RegistryFixtures.square
    static func unit(_ properties: String, _ geometry: String = square) -> String {
        RegistryFixtures.collection([(properties, geometry)])
    }

    static let cases: [Case] = [
        Case(name: "missing required field", layer: .units, fileName: "a.geojson", content: unit("{\"code\":\"150799\"}"), expected: "name: required field is missing"),
        Case(name: "code with letters", layer: .units, fileName: "a.geojson", content: unit("{\"code\":\"15O799\",\"name\":\"x\"}"), expected: "expected a code of digits"),
        Case(name: "impossible date", layer: .units, fileName: "a.geojson", content: unit("{\"code\":\"150799\",\"name\":\"x\",\"valid_from\":\"2023-02-30\"}"), expected: "invalid date"),
        Case(name: "latitude out of range", layer: .units, fileName: "a.geojson", content: unit("{\"code\":\"150799\",\"name\":\"x\",\"seat_lat\":95}"), expected: "outside"),
        Case(name: "unknown choice", layer: .units, fileName: "a.geojson", content: unit("{\"code\":\"150799\",\"name\":\"x\",\"level\":\"district\"}"), expected: "is not one of"),
        Case(name: "duplicate key in the file", layer: .units, fileName: "a.geojson",
             content: RegistryFixtures.collection([("{\"code\":\"150799\",\"name\":\"x\"}", square), ("{\"code\":\"150799\",\"name\":\"y\"}", square)]),
             expected: "duplicate key: same as features[0]"),
        Case(name: "line without geometry", layer: .lines, fileName: "a.geojson",
             content: RegistryFixtures.collection([("{\"code\":\"L1\",\"name\":\"x\",\"level\":\"provincial\",\"left_unit\":\"150000\",\"right_unit\":\"230000\"}", "null")]),
             expected: "geometry is missing"),
        Case(name: "wrong geometry type", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"Point\",\"coordinates\":[120,49]}"), expected: "does not fit layer units"),
        Case(name: "self-intersecting polygon (bow-tie)", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[120,49],[121,50],[121,49],[120,50],[120,49]]]}"),
             expected: "Self-intersection"),
        Case(name: "unclosed ring", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[120,49],[121,49],[121,50],[120,50]]]}"),
             expected: "not closed"),
        Case(name: "projected coordinates without --crs", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[500000,5450000],[510000,5450000],[510000,5460000],[500000,5450000]]]}"),
             expected: "--crs"),
        Case(name: "latitude and longitude swapped", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[49,120],[49,121],[50,121],[50,120],[49,120]]]}"),
             expected: "look swapped"),
        Case(name: "empty geometry", layer: .units, fileName: "a.geojson",
             content: unit("{\"code\":\"150799\",\"name\":\"x\"}", "{\"type\":\"MultiPolygon\",\"coordinates\":[]}"), expected: "geometry is empty"),
        Case(name: "marker on an unknown line", layer: .markers, fileName: "m.geojson",
             content: RegistryFixtures.collection([("{\"number\":\"1523001Q\",\"line\":\"9999\"}", "{\"type\":\"Point\",\"coordinates\":[121,49.5]}")]),
             expected: "line code 9999 is not in the registry"),
        Case(name: "county line between unknown units", layer: .lines, fileName: "l.geojson",
             content: RegistryFixtures.collection([("{\"code\":\"X\",\"name\":\"x\",\"level\":\"county\",\"left_unit\":\"150702\",\"right_unit\":\"150799\"}", RegistryFixtures.sharedEdge)]),
             expected: "unit code 150799 is not in the registry"),
        Case(name: "place name in an unknown unit", layer: .names, fileName: "n.csv",
             content: "id,name,category,unit,lon,lat\nN1,呼伦湖,natural,150799,117.4,48.9\n", expected: "unit code 150799"),
        Case(name: "JSON syntax error", layer: .units, fileName: "a.geojson", content: "{\"type\":\"FeatureCollection\",\n\"features\":[}", expected: "a.geojson:2:"),
        Case(name: "top level is not a GeoJSON object", layer: .units, fileName: "a.geojson", content: "[1,2,3]", expected: "expected a GeoJSON object"),
        Case(name: "CSV row with too many fields", layer: .names, fileName: "n.csv",
             content: "id,name,category,lon,lat\nN1,呼伦湖,natural,117.4,48.9,extra\n", expected: "line 2"),
        Case(name: "CSV unterminated quote", layer: .names, fileName: "n.csv", content: "id,name,category\nN1,\"呼伦湖,natural\n", expected: "quote"),
        Case(name: "landmarks that are not JSON", layer: .markers, fileName: "m.geojson",
             content: RegistryFixtures.collection([("{\"number\":\"1523001Q\",\"line\":\"150702-150724\",\"landmarks\":\"[{oops\"}", "{\"type\":\"Point\",\"coordinates\":[121,49.5]}")]),
             expected: "not valid JSON"),
        Case(name: "four faces", layer: .markers, fileName: "m.geojson",
             content: RegistryFixtures.collection([("{\"number\":\"1523001Q\",\"line\":\"150702-150724\",\"faces\":4}", "{\"type\":\"Point\",\"coordinates\":[121,49.5]}")]),
             expected: "outside 2–3"),
        Case(name: "one-point line", layer: .lines, fileName: "l.geojson",
             content: RegistryFixtures.collection([("{\"code\":\"X\",\"name\":\"x\",\"level\":\"provincial\",\"left_unit\":\"150000\",\"right_unit\":\"230000\"}", "{\"type\":\"LineString\",\"coordinates\":[[121,49]]}")]),
             expected: "at least 2 positions"),
        Case(name: "NaN coordinates in CSV", layer: .names, fileName: "n.csv", content: "id,name,category,lon,lat\nN1,呼伦湖,natural,nan,48.9\n", expected: "not finite"),
        Case(name: "fractional storeys", layer: .names, fileName: "n.csv", content: "id,name,category,storeys\nN1,大楼,residential,2.5\n", expected: "whole number"),
    ]

    @Test("each bad input is refused with its reason and the registry is unchanged", arguments: cases)
    func refused(_ badCase: Case) throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let before = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        let path = try RegistryFixtures.file(dir, badCase.fileName, badCase.content)
        var message = ""
        do {
            try RegistryFixtures.importFile(path, badCase.layer, into: registry)
            Issue.record("\(badCase.name): the import was accepted")
        } catch let refused as ImportRefused {
            message = refused.description
        } catch {
            message = "\(error)"
        }
        #expect(message.contains(badCase.expected), "\(badCase.name): \(message)")
        let after = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        #expect(before == after, "\(badCase.name): the registry file changed")
        #expect(try registry.auditLog().count == 2)
    }

    @Test("the catalogue has at least 20 kinds of bad input")
    func catalogueSize() {
        #expect(Self.cases.count >= 20)
    }

    @Test("every bad record is reported in one run, with its position")
    func allReported() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let path = try RegistryFixtures.file(dir, "many.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150799\"}", Self.square),
            ("{\"code\":\"150798\",\"name\":\"ok\"}", Self.square),
            ("{\"code\":\"X\",\"name\":\"x\"}", Self.square),
        ]))
        #expect { try RegistryFixtures.importFile(path, .units, into: registry) } throws: { error in
            guard let refused = error as? ImportRefused else { return false }
            let positions = Set(refused.issues.map(\.position))
            return positions == ["features[0]", "features[2]"] && refused.recordCount == 3
        }
        #expect(try registry.record(.units, key: "150798") == nil)
    }

    @Test("--skip-invalid writes the good records and lists the rejects beside the input")
    func skipInvalid() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let path = try RegistryFixtures.file(dir, "many.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150799\"}", Self.square),
            ("{\"code\":\"150798\",\"name\":\"ok\"}", Self.square),
        ]))
        let result = try RegistryFixtures.importFile(path, .units, into: registry, options: RegistryFixtures.options(skipInvalid: true))
        #expect(result.created == 1 && result.rejected == 1)
        #expect(try registry.record(.units, key: "150798") != nil)
        let rejects = try #require(result.rejectsFile)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: rejects))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains("features[0]"))
    }
}
