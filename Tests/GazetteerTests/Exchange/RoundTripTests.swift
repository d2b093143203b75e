import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

@Suite("Import and export round trips")
struct RoundTripTests {
    @Test("real DataV counties: GeoJSON → registry → GeoJSON within 1e-7°, shells counter-clockwise",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func dataV() throws {
        let input = try #require(TestFixtures.realData("datav_150700_full.json"))
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let result = try RegistryFixtures.importFile(input, .units, into: registry, map: "code=adcode,name=name",
                                                     options: RegistryFixtures.options(repair: true))
        #expect(result.created == 14)
        // Exactly one repair: 鄂伦春自治旗, whose two parts touch at a point.
        #expect(result.issues.filter { $0.severity == .warning }.map(\.key) == ["150723"])

        let exported = GeoJSONExporter().featureCollection(try registry.records(.units).map(\.record))
        let out = try RegistryFixtures.file(dir, "out.geojson", exported)
        let original = try GeoJSONReader.readFeatures(path: input, reading: .longitudeLatitude)
        let back = try GeoJSONReader.readFeatures(path: out, reading: .longitudeLatitude)
        #expect(back.count == 14)
        for feature in original {
            let code = try #require(feature.properties["adcode"]?.displayText)
            let twin = try #require(back.first { $0.id?.displayText == code })
            let a = try feature.geometry!.get(), b = try twin.geometry!.get()
            if code == "150723" {
                // Repaired: same point set, so the symmetric difference has no area.
                #expect(try a.makeValid().symmetricDifference(b).area() < 1e-12)
            } else {
                #expect(try a.hausdorffDistance(to: b) <= 1e-7, "\(code)")
                #expect(a.coordinateCount == b.coordinateCount, "\(code)")
            }
            for polygon in b.polygons {
                #expect(Ring.signedDoubleArea(polygon.exterior) > 0, "\(code): shell must be counter-clockwise")
                for hole in polygon.holes { #expect(Ring.signedDoubleArea(hole) < 0, "\(code): hole must be clockwise") }
            }
        }
    }

    @Test("GeoJSONSeq and CSV come back as they went out")
    func seqAndCSV() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let markers = try RegistryFixtures.file(dir, "m.geojsonl", [
            "{\"type\":\"Feature\",\"properties\":{\"number\":\"1523001Q\",\"line\":\"150702-150724\",\"landmarks\":[{\"name\":\"电杆\",\"bearing\":45,\"distance\":12.5}]},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.0,49.5,612.3]}}",
            "\u{1E}{\"type\":\"Feature\",\"properties\":{\"number\":\"1523002A\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.0,49.6]}}",
        ].joined(separator: "\n") + "\n")
        let result = try RegistryFixtures.importFile(markers, .markers, into: registry)
        #expect(result.created == 2)
        let stored = try #require(try registry.record(.markers, key: "1523001Q"))
        #expect(stored.record.fields["height"]?.double == 612.3)
        #expect(stored.record.fields["kind"]?.description == "single")
        #expect(try registry.record(.markers, key: "1523002A")?.record.fields["kind"]?.description == "pair")

        let names = try RegistryFixtures.file(dir, "n.csv", "\u{FEFF}id,name,category,unit,lon,lat,storeys\r\nN1,\"呼伦湖, 达赉湖\",natural,150702,120.5,49.5,\r\nN2,海拉尔大厦,residential,150702,120.6,49.6,12\r\n")
        #expect(try RegistryFixtures.importFile(names, .names, into: registry).created == 2)
        let n1 = try #require(try registry.record(.names, key: "N1"))
        #expect(n1.record.name == "呼伦湖, 达赉湖")
        #expect(n1.record.geometry == .point(Point(x: 120.5, y: 49.5)))
        #expect(try registry.record(.names, key: "N2")?.record.fields["storeys"] == .integer(12))
    }

    @Test("a file of more records than the batches in flight is written whole and in file order, while it is read")
    func pipelinedWrite() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        // More than the 4 batches of 1,024 that may wait between the checking and the writing thread, and not a
        // multiple of the batch size, so the last batch is short.
        let count = 4 * Importer.batchSize + 1_234
        var lines = ""
        for i in 0..<count { lines += "{\"type\":\"Feature\",\"properties\":{\"number\":\"M\(i)\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121,\(49.0 + Double(i) / 10_000)]}}\n" }
        let path = try RegistryFixtures.file(dir, "m.geojsonl", lines)
        var reports: [ImportProgress] = []
        let result = try Importer.run(GeoJSONImportSource(file: path, layer: .markers, mapping: FieldMapping()), layer: .markers, into: registry,
                                      options: RegistryFixtures.options()) { reports.append($0) }
        #expect(result.read == count && result.created == count && result.rejected == 0)
        // In file order: the row ids follow the numbers.
        let numbers = try registry.db.query("SELECT number FROM markers ORDER BY fid").map { $0[0].text! }
        #expect(numbers == (0..<count).map { "M\($0)" })
        #expect(try registry.record(.markers, key: "M\(count - 1)")?.record.geometry == .point(Point(x: 121, y: 49.0 + Double(count - 1) / 10_000)))
        // Progress went up to the end on both counts, in order.
        let checked = reports.compactMap { if case .checked(let n) = $0 { n } else { nil } }
        let writtenCounts = reports.compactMap { if case .written(let n) = $0 { n } else { nil } }
        #expect(checked.last == count && checked == checked.sorted())
        #expect(writtenCounts.last == count / 1000 * 1000 && writtenCounts == writtenCounts.sorted())
    }

    @Test("a bad record after thousands of good ones refuses the import: nothing is written, every issue is listed")
    func pipelinedRefusal() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let before = try registry.records(.markers).count
        let eventsBefore = try registry.db.query("SELECT count(*) FROM change_events WHERE layer = 'markers'").first?.first
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        var lines = ""
        for i in 0..<6_000 {
            // Two bad records, far apart: the first after several batches have been written.
            let lat = i == 5_000 || i == 5_900 ? "95" : "\(49.0 + Double(i) / 10_000)"
            lines += "{\"type\":\"Feature\",\"properties\":{\"number\":\"M\(i)\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121,\(lat)]}}\n"
        }
        let path = try RegistryFixtures.file(dir, "m.geojsonl", lines)
        #expect { try RegistryFixtures.importFile(path, .markers, into: registry) } throws: { error in
            guard let refused = error as? ImportRefused else { return false }
            let errors = refused.issues.filter { $0.severity == .error }
            return refused.recordCount == 6_000 && errors.count == 2
                && errors.map(\.position) == ["line 5001", "line 5901"]
        }
        #expect(try registry.records(.markers).count == before)
        #expect(try registry.db.query("SELECT count(*) FROM markers").first?.first == .integer(Int64(before)))
        #expect(try registry.db.query("SELECT count(*) FROM change_events WHERE layer = 'markers'").first?.first == eventsBefore)
        // The registry file itself is byte for byte as it was: thousands of rows were written, then rolled back.
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry.path)) == bytesBefore)
        // The index's insert trigger is back (the transaction that dropped it was rolled back).
        #expect(try registry.db.query("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_markers_geom_insert'").first?.first == .integer(1))
    }

    @Test("survey coordinates in a Gauss-Krüger zone are reprojected on import (--crs)")
    func reproject() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        // A 界桩成果表 row: X is the northing, Y the easting. Expected values from PROJ's own command-line tool:
        //   echo "5450000 500000" | cs2cs -f %.9f EPSG:4549 EPSG:4490   →   49.183185783  120.000000000
        let csv = try RegistryFixtures.file(dir, "survey.csv", "点号,线,X,Y,H\n1523003Q,150702-150724,5450000,500000,701.2\n")
        try RegistryFixtures.importFile(csv, .markers, into: registry, map: "number=点号,x=Y,y=X,height=H,line=线", crs: "EPSG:4549")
        let marker = try #require(try registry.record(.markers, key: "1523003Q"))
        guard case .point(let p)? = marker.record.geometry else { Issue.record("no point"); return }
        #expect(abs(p.coordinate.x - 120) < 1e-9)
        #expect(abs(p.coordinate.y - 49.183185783) < 1e-8)
        #expect(marker.record.fields["height"]?.double == 701.2)
    }
}
