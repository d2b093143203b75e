import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Findings as a GeoPackage that QGIS opens: read back by GDAL, not by our own code.
@Suite("Findings as a GeoPackage", .enabled(if: TestFixtures.hasTool("ogrinfo"), "GDAL (gdal-bin) is not installed: skipping"))
struct GeoPackageFindingsRendererTests {
    static let line = Geometry.lineString(LineString([Coordinate(120, 49), Coordinate(121, 49.5)]))

    /// The renderer tests' report (a point, a polygon, no place) plus a finding located on a line.
    static var report: FindingReport {
        var report = ReportRendererTests.report
        report.findings.append(Finding(.importRecordWarning, subjects: ["L1", "L2"], location: line, measured: .metres(12.5),
                                       values: ["record": "line 9", "field": "geometry", "reason": "off its edge"]))
        return report
    }

    func write(_ report: FindingReport) throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent("findings.gpkg").path
        try Data(try GeoPackageFindingsRenderer().build(report, language: .zh)).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("one layer per geometry type, EPSG:4490, with the right counts, types and columns")
    func layers() throws {
        let path = try write(Self.report)
        let info = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-so", "-al", path])
        #expect(info.status == 0, "\(info.stderr)")
        func layer(_ name: String) -> Substring? {
            guard let start = info.stdout.range(of: "Layer name: \(name)\n") else { return nil }
            let rest = info.stdout[start.upperBound...]
            return rest[..<(rest.range(of: "Layer name:")?.lowerBound ?? rest.endIndex)]
        }
        for (name, type, count) in [("findings_points", "Multi Point", 1), ("findings_lines", "Multi Line String", 1),
                                    ("findings_polygons", "Multi Polygon", 1), ("findings_other", "Unknown (any)", 0),
                                    ("findings_unlocated", "None", 1)] {
            let text = try #require(layer(name), "ogrinfo did not list \(name)")
            #expect(text.contains("Geometry: \(type)"), "\(name)")
            #expect(text.contains("Feature Count: \(count)"), "\(name)")
            if type != "None" { #expect(text.contains("ID[\"EPSG\",4490]"), "\(name)") }
        }
        let lines = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-al", "-q", path, "findings_lines"])
        #expect(lines.stdout.contains("code (String) = import.record-warning"))
        #expect(lines.stdout.contains("subjects (String) = L1,L2"))
        #expect(lines.stdout.contains("measured (Real) = 12.5") && lines.stdout.contains("measured_unit (String) = m"))
        #expect(lines.stdout.contains("MULTILINESTRING ((120 49,121.0 49.5))"))  // GDAL's own WKT formatting
    }

    @Test("GDAL's own GeoPackage validator accepts the file",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"), "python3-gdal's validate_gpkg.py is absent"))
    func validates() throws {
        let path = try write(Self.report)
        let result = try runCommand("/usr/bin/env", ["python3", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("gazetteer geometry validate --format gpkg writes the file; without --output it is a usage error")
    func cli() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let file = dir.appendingPathComponent("bowtie.geojson").path
        try """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"B1","properties":{},"geometry":{"type":"Polygon","coordinates":[[[120,49],[121,50],[121,49],[120,50],[120,49]]]}}]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("f.gpkg").path
        let result = try gazetteer("geometry", "validate", file, "--format", "gpkg", "--output", out)
        #expect(result.status == 1)
        let info = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-al", "-q", out, "findings_points"])
        #expect(info.stdout.contains("code (String) = geometry.invalid"))
        #expect(info.stdout.contains("MULTIPOINT ((120.5 49.5))"))
        let noOutput = try gazetteer("geometry", "validate", file, "--format", "gpkg")
        #expect(noOutput.status == 2 && noOutput.stderr.contains("--output"))
    }
}
