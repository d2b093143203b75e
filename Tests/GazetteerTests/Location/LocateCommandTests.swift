import Foundation
import Testing
@testable import Gazetteer

/// `gazetteer locate` through the built executable on the demo registry.
@Suite("CLI locate")
struct LocateCommandTests {
    @Test("the seat of 海拉尔区 is in 海拉尔区, in the table and in JSON")
    func seat() throws {
        let registry = try locateDemoRegistry.get()
        let table = try gazetteer("locate", "119.7649", "49.2139", "--registry", registry)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("150702  海拉尔区  内部"))
        #expect(table.stdout.contains("EPSG:4549"))
        let json = try JSONParser.parse(try gazetteer("locate", "119.7649", "49.2139", "--registry", registry, "--format", "json").stdout)
        #expect(json["units"]?.arrayValue?.first?["name"]?.stringValue == "海拉尔区")
        #expect(json["gauss_kruger"]?["epsg"]?.numberValue == 4549)
        #expect(json["outside"] == .bool(false))
    }

    @Test("a point given in EPSG:4549 lands in the same unit as its CGCS2000 twin (coordinates from cs2cs)")
    func gaussKrugerTwin() throws {
        let registry = try locateDemoRegistry.get()
        // cs2cs -f %.4f EPSG:4490 EPSG:4549 <<< "49.2139 119.7649" → 5453442.4463 482871.1045 (northing, easting).
        let twin = try JSONParser.parse(try gazetteer("locate", "482871.1045", "5453442.4463", "--crs", "EPSG:4549",
                                                      "--registry", registry, "--format", "json").stdout)
        let direct = try JSONParser.parse(try gazetteer("locate", "119.7649", "49.2139", "--registry", registry, "--format", "json").stdout)
        #expect(twin["units"] == direct["units"])
        #expect(abs((twin["lon"]?.numberValue ?? 0) - 119.7649) < 1e-8)
        // Every demo unit's seat, through its Gauss-Krüger twin.
        let units = try JSONParser.parse(try gazetteer("list", "units", "--registry", registry, "--format", "json").stdout)
        for unit in try #require(units.arrayValue) {
            let lon = try #require(unit["seat_lon"]?.numberValue), lat = try #require(unit["seat_lat"]?.numberValue)
            let zone = try GaussKrugerZone(longitude: lon)
            let p = try zone.projection().forward.transform(Coordinate(lon, lat))
            let a = try JSONParser.parse(try gazetteer("locate", "\(lon)", "\(lat)", "--registry", registry, "--format", "json").stdout)
            let b = try JSONParser.parse(try gazetteer("locate", "\(p.x)", "\(p.y)", "--crs", "EPSG:\(zone.epsgCode)", "--registry", registry,
                                                       "--format", "json").stdout)
            #expect(a["units"] == b["units"], "seat \(lon) \(lat)")
            // Every seat lies in its own unit but one: the demo data plants 新巴尔虎右旗's seat in 新巴尔虎左旗 (a seat.outside fault).
            let expected: JSONValue = unit["code"]?.stringValue == "150727" ? .string("150726") : unit["code"] ?? .null
            #expect(a["units"]?.arrayValue?.first?["code"] == expected, "the seat of \(unit["name"]?.stringValue ?? "?")")
        }
    }

    @Test("--as-of before the units were registered finds nothing; help shows both forms with an example")
    func asOfAndHelp() throws {
        let registry = try locateDemoRegistry.get()
        // The demo registry's records begin on 2020-01-01.
        let before = try JSONParser.parse(try gazetteer("locate", "119.7649", "49.2139", "--registry", registry, "--as-of", "2019-06-01",
                                                        "--format", "json").stdout)
        #expect(before["outside"] == .bool(true) && before["nearest_line"] == .null)
        let help = try gazetteer("locate", "--help")
        #expect(help.stdout.contains("--input") && help.stdout.contains("--tolerance") && help.stdout.contains("gazetteer locate 119.7649 49.2139"))
        let check = try gazetteer("names", "locate-check", "--help")
        #expect(check.stdout.contains("name.outside-unit") && check.stdout.contains("--format"))
    }

    @Test("bulk with --crs: Gauss-Krüger rows land where their CGCS2000 twins do")
    func bulkCRS() throws {
        let registry = try locateDemoRegistry.get()
        let dir = try TestFixtures.temporaryDirectory()
        let zone = try GaussKrugerZone(longitude: 120)
        let forward = try zone.projection().forward
        let points = [Coordinate(119.7649, 49.2139), Coordinate(120.712, 49.286), Coordinate(119.755, 49.143)]
        var csv = "id,X,Y\n"
        for (i, p) in points.enumerated() {
            let q = try forward.transform(p)
            csv += "\(i),\(q.y),\(q.x)\n"   // a 成果表: X is the northing, Y the easting
        }
        let input = try RegistryFixtures.file(dir, "gk.csv", csv)
        let out = dir.appendingPathComponent("o.csv").path
        let result = try gazetteer("locate", "--input", input, "--crs", "EPSG:\(zone.epsgCode)", "--map", "lon=Y,lat=X",
                                   "--registry", registry, "-o", out)
        #expect(result.status == 0, "\(result.stderr)")
        let table = try CSVReader.read(path: out)
        let header = try #require(table.header)
        #expect(table.records.map { header.value("loc_county_code", in: $0) ?? "" } == ["150702", "150782", "150724"])
    }

    @Test("degrees given with --crs EPSG:4549 are refused, not located near the equator: single (exit 3) and bulk (the row listed)")
    func wrongCRS() throws {
        let registry = try locateDemoRegistry.get()
        // Read as an easting and northing of zone 40, (119.7649, 49.2139) lands at about (115.51, 0.0004), thousands
        // of kilometres from every unit; before the check it was reported as "outside every unit".
        let single = try gazetteer("locate", "119.7649", "49.2139", "--crs", "EPSG:4549", "--registry", registry)
        #expect(single.status == 3)
        #expect(single.stderr.contains("坐标系可能不对") && single.stderr.contains("EPSG:4549"), "\(single.stderr)")
        #expect(single.stdout.isEmpty)
        let english = try gazetteer("locate", "119.7649", "49.2139", "--crs", "EPSG:4549", "--registry", registry, "--lang", "en")
        #expect(english.status == 3 && english.stderr.contains("the CRS is probably wrong"), "\(english.stderr)")
        // In a file, the bad row is listed with its line and marked invalid; the good row is still located.
        let dir = try TestFixtures.temporaryDirectory()
        let input = try RegistryFixtures.file(dir, "mixed.csv", "id,X,Y\na,49.2139,119.7649\nb,5453442.4463,482871.1045\n")
        let out = dir.appendingPathComponent("o.csv").path
        let bulk = try gazetteer("locate", "--input", input, "--crs", "EPSG:4549", "--map", "lon=Y,lat=X", "--registry", registry, "-o", out)
        #expect(bulk.status == 1)
        #expect(bulk.stderr.contains("line 2") && bulk.stderr.contains("坐标系可能不对"), "\(bulk.stderr)")
        let table = try CSVReader.read(path: out)
        let header = try #require(table.header)
        #expect(table.records.map { header.value("loc_status", in: $0) ?? "" } == ["invalid", "interior"])
        #expect(table.records.map { header.value("loc_county_code", in: $0) ?? "" } == ["", "150702"])
    }

    @Test("two coordinates are required; --tolerance must be ≥ 0 (usage errors, exit 2)")
    func usage() throws {
        let registry = try locateDemoRegistry.get()
        #expect(try gazetteer("locate", "119.7", "--registry", registry).status == 2)
        #expect(try gazetteer("locate", "119.7", "49.2", "--tolerance", "-1", "--registry", registry).status == 2)
    }
}
