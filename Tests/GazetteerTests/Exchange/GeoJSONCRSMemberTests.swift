import Foundation
import Testing
@testable import Gazetteer

/// A GeoJSON file's pre-RFC 7946 `crs` member must agree with how its coordinates are read: a file in a
/// Gauss-Krüger zone, or in another datum's degrees, is refused without `--crs` instead of being read as
/// longitude/latitude.
@Suite("GeoJSON crs member")
struct GeoJSONCRSMemberTests {
    /// A FeatureCollection with `member` as its `crs` (JSON text; nil for none) and one point.
    static func document(crs member: String?, point: (Double, Double) = (119.7649, 49.2139)) throws -> JSONValue {
        let crs = member.map { "\"crs\": \($0), " } ?? ""
        return try JSONParser.parse("""
            {"type": "FeatureCollection", \(crs)"features": [{"type": "Feature", "properties": {"code": "150702", "name": "海拉尔区"},
             "geometry": {"type": "Point", "coordinates": [\(point.0), \(point.1)]}}]}
            """)
    }

    static func named(_ name: String) -> String { "{\"type\": \"name\", \"properties\": {\"name\": \"\(name)\"}}" }

    /// The reason the check gives, or nil when it accepts.
    static func refusal(_ member: String?, _ reading: GeoJSONCRSMember.Reading) throws -> ExchangeError? {
        let parsed = try document(crs: member)
        do throws(ExchangeError) {
            try GeoJSONCRSMember.check(parsed, reading: reading, file: "f.geojson")
            return nil
        } catch {
            return error
        }
    }

    @Test("no member, null, and WGS 84 or CGCS2000 longitude/latitude are read as longitude/latitude")
    func longitudeLatitude() throws {
        for member in [nil, "null", Self.named("urn:ogc:def:crs:OGC:1.3:CRS84"), Self.named("urn:ogc:def:crs:EPSG::4326"),
                       Self.named("EPSG:4490"), Self.named("urn:ogc:def:crs:EPSG::4490"), "{\"type\": \"EPSG\", \"properties\": {\"code\": 4490}}"] {
            #expect(try Self.refusal(member, .longitudeLatitude) == nil, "\(member ?? "none")")
            // --crs EPSG:4490 given with a member that says the same.
            #expect(try Self.refusal(member, .crs(try CRS("EPSG:4490"))) == nil, "\(member ?? "none")")
        }
    }

    @Test("a zone or another datum without --crs is refused, naming the CRS to give; with the same --crs it is read")
    func projected() throws {
        let zone = Self.named("urn:ogc:def:crs:EPSG::4549")
        let refused = try #require(try Self.refusal(zone, .longitudeLatitude))
        #expect(refused.message(.zh, verbose: false).contains("请加 --crs EPSG:4549"), "\(refused)")
        #expect(refused.message(.en, verbose: false).contains("CGCS2000 / 3-degree Gauss-Kruger CM 120E"), "\(refused)")
        #expect(try Self.refusal(zone, .crs(try CRS("EPSG:4549"))) == nil)
        #expect(try Self.refusal("{\"type\": \"EPSG\", \"properties\": {\"code\": 4549}}", .crs(try CRS("EPSG:4549"))) == nil)
        // Another zone, or longitude/latitude given for a zone's file: the two disagree.
        #expect(try Self.refusal(zone, .crs(try CRS("EPSG:4550"))) != nil)
        #expect(try Self.refusal(Self.named("EPSG:4490"), .crs(try CRS("EPSG:4549"))) != nil)
        // Beijing 1954 degrees pass every range check; the member is what tells them apart.
        #expect(try Self.refusal(Self.named("EPSG:4214"), .longitudeLatitude) != nil)
    }

    @Test("an unreadable member or an unknown CRS is refused; validity (any CRS) ignores the member")
    func unreadable() throws {
        for member in ["{\"type\": \"link\", \"properties\": {\"href\": \"http://example.com/crs\"}}", "\"EPSG:4490\"",
                       Self.named(""), Self.named("EPSG:999999"), "{\"type\": \"EPSG\", \"properties\": {\"code\": -3}}"] {
            #expect(try Self.refusal(member, .longitudeLatitude) != nil, "\(member)")
            #expect(try Self.refusal(member, .anyCRS) == nil, "\(member)")
        }
    }

    @Test("import: a zone file with its crs member is refused without --crs, nothing kept, and lands right with it (cs2cs)")
    func importCLI() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let registry = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        // cs2cs -f %.4f EPSG:4490 EPSG:4549 <<< "49.2139 119.7649" → 5453442.4463 482871.1045 (northing, easting): the
        // first corner of a 100 m square.
        let (x, y) = (482871.1045, 5453442.4463)
        let file = try RegistryFixtures.file(dir, "square.geojson", """
            {"type": "FeatureCollection", "crs": \(Self.named("urn:ogc:def:crs:EPSG::4549")), "features": [
             {"type": "Feature", "properties": {"code": "150702", "name": "海拉尔区"}, "geometry": {"type": "Polygon",
              "coordinates": [[[\(x), \(y)], [\(x + 100), \(y)], [\(x + 100), \(y + 100)], [\(x), \(y + 100)], [\(x), \(y)]]]}}]}
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let refused = try gazetteer("import", "units", file, "--registry", registry, "--date", "2020-01-01")
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before, "the registry file changed")
        #expect(refused.stderr.contains("--crs EPSG:4549"), "\(refused.stderr)")
        #expect(try gazetteer("list", "units", "--registry", registry, "--format", "json").stdout.contains("150702") == false)
        let imported = try gazetteer("import", "units", file, "--crs", "EPSG:4549", "--registry", registry, "--date", "2020-01-01")
        #expect(imported.status == 0, "\(imported.stderr)")
        let exported = try JSONParser.parse(try gazetteer("export", "units", "--registry", registry).stdout)
        // A MultiPolygon: its first polygon's outer ring's first position.
        let polygons = exported["features"]?.arrayValue?.first?["geometry"]?["coordinates"]?.arrayValue
        let corner = try #require(polygons?.first?.arrayValue?.first?.arrayValue?.first?.arrayValue)
        #expect(abs((corner[0].numberValue ?? 0) - 119.7649) < 1e-7 && abs((corner[1].numberValue ?? 0) - 49.2139) < 1e-7, "\(corner)")
        // geometry validate reads shapes only: the same file is checked without --crs.
        #expect(try gazetteer("geometry", "validate", file).status == 0)
    }

    @Test("bulk locate: the member must agree with --crs, and the output FeatureCollection keeps it")
    func locateCLI() throws {
        let registry = try locateDemoRegistry.get()
        let dir = try TestFixtures.temporaryDirectory()
        let file = try RegistryFixtures.file(dir, "points.geojson", """
            {"type": "FeatureCollection", "crs": \(Self.named("urn:ogc:def:crs:EPSG::4549")), "features": [
             {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Point", "coordinates": [482871.1045, 5453442.4463]}}]}
            """)
        let out = dir.appendingPathComponent("o.geojson").path
        let refused = try gazetteer("locate", "--input", file, "--registry", registry, "-o", out)
        #expect(refused.status == 3 && refused.stderr.contains("--crs EPSG:4549"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let located = try gazetteer("locate", "--input", file, "--crs", "EPSG:4549", "--registry", registry, "-o", out)
        #expect(located.status == 0, "\(located.stderr)")
        let written = try JSONParser.parse(try String(contentsOfFile: out, encoding: .utf8))
        #expect(written["crs"]?["properties"]?["name"]?.stringValue == "urn:ogc:def:crs:EPSG::4549")
        #expect(written["features"]?.arrayValue?.first?["properties"]?["loc_county_code"]?.stringValue == "150702")
    }
}
