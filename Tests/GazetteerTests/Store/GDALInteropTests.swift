import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// GDAL, an independent GeoPackage client, reads our file: layers, geometry types, SRS, counts, geometries.
@Suite("GDAL reads the registry", .enabled(if: TestFixtures.hasTool("ogrinfo") && TestFixtures.hasTool("ogr2ogr"), "GDAL (gdal-bin) is not installed: skipping"))
struct GDALInteropTests {
    @Test("ogrinfo lists every layer with its geometry type, EPSG:4490 and the right feature count")
    func ogrinfo() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let names = try RegistryFixtures.file(dir, "n.csv", "id,name,category,unit,lon,lat\nN1,呼伦湖,natural,150702,120.5,49.5\n")
        try RegistryFixtures.importFile(names, .names, into: registry)
        let result = try runCommand("/usr/bin/env", ["ogrinfo", "-so", "-al", registry.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        for (layer, type, count) in [("units", "Multi Polygon", 2), ("lines", "Multi Line String", 1), ("markers", "Point", 0), ("names", "Unknown (any)", 1)] {
            guard let range = text.range(of: "Layer name: \(layer)\n") else { Issue.record("ogrinfo did not list \(layer)"); continue }
            let section = text[range.upperBound...].prefix(3000)
            #expect(section.contains("Geometry: \(type)"), "\(layer)")
            #expect(section.contains("Feature Count: \(count)"), "\(layer)")
            #expect(section.contains("ID[\"EPSG\",4490]"), "\(layer)")
        }
        guard let current = text.range(of: "Layer name: units_current\n") else {
            Issue.record("ogrinfo did not list the view units_current")
            return
        }
        #expect(text[current.upperBound...].prefix(2000).contains("Feature Count: 2"))
        #expect(!result.stderr.contains("ERROR"), "\(result.stderr)")
        #expect(!result.stderr.contains("Warning"), "\(result.stderr)")
    }

    @Test("ogr2ogr reads the features back with the same geometry")
    func ogr2ogr() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let out = dir.appendingPathComponent("units_by_gdal.geojson").path
        let result = try runCommand("/usr/bin/env", ["ogr2ogr", "-f", "GeoJSON", out, registry.path, "units"])
        #expect(result.status == 0, "\(result.stderr)")
        let features = try GeoJSONReader.readFeatures(path: out)
        #expect(features.count == 2)
        for feature in features {
            let code = try #require(feature.properties["code"]?.stringValue)
            let ours = try #require(try registry.record(.units, key: code)?.record.geometry)
            let theirs = try feature.geometry!.get()
            #expect(try ours.topologicallyEquals(theirs), "\(code)")
            #expect(try ours.hausdorffDistance(to: theirs) < 1e-9, "\(code)")
        }
    }

    @Test("GDAL's own GeoPackage validator is satisfied", .enabled(if: TestFixtures.hasTool("python3")))
    func validatorSaysNothing() throws {
        let (registry, _) = try RegistryFixtures.seeded()
        // ogrinfo with -checkrtree?: not in every GDAL; the integrity of the R-tree is checked by comparing it to the table.
        let rows = try registry.db.query("""
            SELECT count(*) FROM units u JOIN rtree_units_geom r ON r.id = u.fid
            WHERE r.minx <= ST_MinX(u.geom) AND r.maxx >= ST_MaxX(u.geom) AND r.miny <= ST_MinY(u.geom) AND r.maxy >= ST_MaxY(u.geom)
            """)
        #expect(rows.first?.first == .integer(2))
    }
}
