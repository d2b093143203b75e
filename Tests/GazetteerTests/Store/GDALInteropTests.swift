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
        let features = try GeoJSONReader.readFeatures(path: out, reading: .longitudeLatitude)
        #expect(features.count == 2)
        for feature in features {
            let code = try #require(feature.properties["code"]?.stringValue)
            let ours = try #require(try registry.record(.units, key: code)?.record.geometry)
            let theirs = try feature.geometry!.get()
            #expect(try ours.topologicallyEquals(theirs), "\(code)")
            #expect(try ours.hausdorffDistance(to: theirs) < 1e-9, "\(code)")
        }
    }

    /// GDAL's GeoPackage validator (python3-gdal), which checks the spec's requirements one by one.
    static let validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
    static let hasValidator = TestFixtures.hasTool("python3") && FileManager.default.fileExists(atPath: validator)

    /// Runs validate_gpkg.py with its extra checks, warnings counting as errors.
    func validate(_ path: String) throws -> CommandResult {
        try runCommand("/usr/bin/env", ["python3", Self.validator, "--extra", "--warning-as-error", path])
    }

    /// What `ogrinfo -ro -so -al` says of each layer: geometry type, feature count, and whether the SRS is EPSG:4490.
    func ogrLayers(_ path: String) throws -> [String: (geometry: String, count: Int, isCGCS2000: Bool)] {
        let result = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-so", "-al", path])
        #expect(result.status == 0, "\(result.stderr)")
        var layers: [String: (geometry: String, count: Int, isCGCS2000: Bool)] = [:]
        for section in result.stdout.components(separatedBy: "Layer name: ").dropFirst() {
            let lines = section.split(separator: "\n").map(String.init)
            func value(_ key: String) -> String? { lines.first { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)) } }
            layers[lines[0]] = (value("Geometry: ") ?? "", Int(value("Feature Count: ") ?? "") ?? -1, section.contains("ID[\"EPSG\",4490]]"))
        }
        return layers
    }

    @Test("validate_gpkg.py accepts a registry holding every bundled demo layer; ogrinfo reads each layer whole",
          .enabled(if: Self.hasValidator, "GDAL's validate_gpkg.py (python3-gdal) is not installed: skipping"))
    func demoRegistryIsValid() throws {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        // As the Makefile's demo target builds demo.gpkg.
        let inputs: [(Layer, String)] = [(.units, "boundaries/demo_units.geojson"), (.lines, "boundaries/demo_lines.geojson"),
                                         (.markers, "boundaries/demo_markers.geojson"), (.names, "names/demo_names.csv")]
        for (layer, file) in inputs { try RegistryFixtures.importFile(TestFixtures.data(file), layer, into: registry) }
        let renames = TestFixtures.data("names/demo_renames_2023.csv")
        #expect(try RegistryFixtures.importFile(renames, .names, into: registry, options: RegistryFixtures.options("2023-05-08")).changed > 0)

        let check = try validate(registry.path)
        #expect(check.status == 0, "validate_gpkg.py: \(check.stdout)\(check.stderr)")

        // Expected counts are GDAL's reading of the input files; each rename adds a version, not a name in force.
        func inputCount(_ file: String) throws -> Int {
            try #require(try ogrLayers(TestFixtures.data(file)).values.first?.count)
        }
        let renamed = try inputCount("names/demo_renames_2023.csv")
        let expected: [(String, String, Int)] = [
            ("units", "Multi Polygon", try inputCount("boundaries/demo_units.geojson")),
            ("lines", "Multi Line String", try inputCount("boundaries/demo_lines.geojson")),
            ("markers", "Point", try inputCount("boundaries/demo_markers.geojson")),
            ("names", "Unknown (any)", try inputCount("names/demo_names.csv") + renamed),
            ("names_current", "Unknown (any)", try inputCount("names/demo_names.csv")),
        ]
        let layers = try ogrLayers(registry.path)
        for (name, geometry, count) in expected {
            let layer = try #require(layers[name], "ogrinfo did not list \(name)")
            #expect(layer.geometry == geometry, "\(name)")
            #expect(layer.count == count, "\(name)")
            #expect(layer.isCGCS2000, "\(name)")
        }
        #expect(expected.map(\.2).allSatisfy { $0 > 10 }, "ogrinfo could not count the demo input files")
    }

    // Regression (data-safety 11): 3D points were written as POINT Z under columns declaring z = 0, and validate_gpkg.py
    // failed with "Req 19: z found in geometry, but not in gpkg_geometry_columns".
    @Test("after importing 3D markers and names the registry stays valid; the marker's height is kept in its field",
          .enabled(if: Self.hasValidator, "GDAL's validate_gpkg.py (python3-gdal) is not installed: skipping"))
    func threeDimensionalPoints() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let markers = try RegistryFixtures.file(dir, "m.geojsonl",
            "{\"type\":\"Feature\",\"properties\":{\"number\":\"1523001Q\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.0,49.5,612.3]}}\n")
        try RegistryFixtures.importFile(markers, .markers, into: registry)
        let names = try RegistryFixtures.file(dir, "n.csv", "id,name,category,unit,wkt\nN1,呼伦湖,natural,150702,POINT Z (120.5 49.5 545)\n")
        let result = try RegistryFixtures.importFile(names, .names, into: registry)
        let check = try validate(registry.path)
        #expect(check.status == 0, "validate_gpkg.py: \(check.stdout)\(check.stderr)")
        // The name's height has no field to go to: dropped, and the user is told.
        let warning = result.issues.first { $0.severity == .warning && $0.field == "geometry" }
        #expect(warning?.reason.en.contains("height 545.0") == true, "\(result.issues)")
        #expect(warning?.reason.zh.contains("高程 545.0") == true, "\(result.issues)")
        let layers = try ogrLayers(registry.path)
        #expect(layers["markers"]?.geometry == "Point")
        #expect(layers["markers"]?.count == 1)
        #expect(layers["names"]?.count == 1)
        let marker = try #require(try registry.record(.markers, key: "1523001Q"))
        #expect(marker.record.fields["height"]?.double == 612.3)
        #expect(marker.record.geometry == .point(Point(x: 121.0, y: 49.5)))
    }
}
