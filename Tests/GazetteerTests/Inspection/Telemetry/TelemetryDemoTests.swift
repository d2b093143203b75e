import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// The bundled demo telemetry (tools/demo-data, Telemetry.swift) on the demo registry: exactly the planted alerts,
/// through the library and through the CLI.
@Suite("Telemetry demo")
struct TelemetryDemoTests {
    static let file = TestFixtures.data("boundaries/demo_telemetry.jsonl")

    /// The demo registry's units, lines and markers, as `make demo` imports them; and the registry's path.
    static func registry() throws -> (GeoPackageStore, String) {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        for (file, layer) in [("boundaries/demo_units.geojson", Layer.units), ("boundaries/demo_lines.geojson", .lines),
                              ("boundaries/demo_markers.geojson", .markers)] {
            try RegistryFixtures.importFile(TestFixtures.data(file), layer, into: registry)
        }
        return (registry, dir.appendingPathComponent("test.gpkg").path)
    }

    @Test("the planted drift, tilt, tamper, silence and low battery, and nothing else (the 8 m outlier is not reported)")
    func plantedAlerts() throws {
        let (registry, _) = try Self.registry()
        let messages = try TelemetryReader.read(path: Self.file)
        #expect(messages.count == 6 * 42 * 4 - (17 * 4))
        let report = TelemetryCheck.report(messages, markers: try TelemetryCheck.markers(in: registry), source: Self.file)
        let found = report.findings.map { "\($0.code.id) \($0.subjects.joined(separator: " "))" }
        #expect(found == [
            "telemetry.displacement-warning 1523014Q 1523 ZNJZ-HLBE-0001",
            "telemetry.displacement-critical 1523014Q 1523 ZNJZ-HLBE-0001",
            "telemetry.tilt 1523029Q 1523 ZNJZ-HLBE-0002",
            "telemetry.tamper 150702-150724-002 150702-150724 ZNJZ-HLBE-0003",
            "telemetry.silent 150700-152200-002 150700-152200 ZNJZ-XAM-0011",
            "telemetry.low-battery 150700-152200-005 150700-152200 ZNJZ-XAM-0012",
        ])
        let times = report.findings.map { $0.values["time"]?.text(.en) ?? "" }
        // The drift is 0.2 m a day from 05-08: 2 m on 05-18 and 5 m on 06-02, give or take the GNSS noise (σ 0.35 m).
        #expect(["2025-05-17", "2025-05-18", "2025-05-19", "2025-05-20"].contains(String(times[0].prefix(10))))
        #expect(["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"].contains(String(times[1].prefix(10))))
        #expect(Array(times[2...]) == ["2025-05-20T14:00:00+08:00", "2025-05-27T02:00:00+08:00", "2025-05-25T18:00:00Z", "2025-05-30T00:00:00Z"])
        // Silent from 05-25T18:00Z to the file's latest message, 06-11T18:00Z: 17 days.
        #expect(report.findings[4].measured == Quantity(17, .day))
        #expect(report.findings[5].measured == Quantity(18, .percent))
    }

    @Test("CLI: exit 1 with the six alerts in JSON; a malformed file exits 3 with its lines and writes nothing")
    func cli() throws {
        let (_, path) = try Self.registry()
        let result = try gazetteer("inspect", "telemetry", Self.file, "--registry", path, "--format", "json", "--lang", "en")
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let codes = (object?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.count == 6)
        #expect(result.stdout.contains("its registered position"))

        let dir = try TestFixtures.temporaryDirectory()
        let bad = try RegistryFixtures.file(dir, "bad.csv", "device_id,time,lon,lat\nD1,2025-06-01T08:00:00+08:00,119.5,49.2\nD1,yesterday,119.5,49.2\nD1,2025-06-01T09:00:00+08:00,east,49.2\n")
        let out = dir.appendingPathComponent("out.json").path
        let failed = try gazetteer("inspect", "telemetry", bad, "--output", out, "--lang", "en")
        #expect(failed.status == 3)
        #expect(failed.stderr.contains("bad.csv:3: time:"))
        #expect(failed.stderr.contains("bad.csv:4: lon:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
