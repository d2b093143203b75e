import Foundation
import Testing
@testable import Gazetteer

/// Government seats on a copy of the demo registry with two seats moved in 2023, one with a decision and one
/// without; distances from shapely and pyproj on the same data.
@Suite("Seat checks")
struct SeatCheckTests {
    /// The demo units file with one unit's seat longitude replaced.
    static func movedSeat(index: Int, longitude: (Double) -> Double, in dir: URL, name: String) throws -> String {
        let source = TestFixtures.data("boundaries/demo_units.geojson")
        guard case .object(var document) = try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: source)))),
              case .array(let features)? = document["features"], case .object(var feature) = features[index],
              case .object(var properties)? = feature["properties"], let lon = properties["seat_lon"]?.numberValue else {
            throw InputFailure()
        }
        properties["seat_lon"] = .number(longitude(lon))
        feature["properties"] = .object(properties)
        document["features"] = .array([.object(feature)])
        let path = dir.appendingPathComponent(name).path
        try Data(JSONWriter.serialize(.object(document)).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    struct InputFailure: Error {}

    @Test("a seat moved without a decision is flagged, one moved by a decision outside its unit is an error; --as-of goes back")
    func demoRegistryWithMoves() throws {
        let dir = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let registry = dir.appendingPathComponent("demo.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units.geojson"), "--registry", registry, "--date", "2020-01-01").status == 0)
        // 150702 海拉尔区: 119.7657 → 119.80 E at 49.2122 N, 2,499.11 m by pyproj's GRS80 inverse; no decision.
        let moved = try Self.movedSeat(index: 0, longitude: { _ in 119.80 }, in: dir, name: "moved.geojson")
        #expect(try gazetteer("import", "units", moved, "--registry", registry, "--date", "2023-01-01").status == 0)
        // 150703 扎赉诺尔区: seat 0.5° east, outside the district, 30,185.78 m from it (shapely in EPSG:4549); with a decision.
        let outside = try Self.movedSeat(index: 1, longitude: { $0 + 0.5 }, in: dir, name: "outside.geojson")
        #expect(try gazetteer("import", "units", outside, "--registry", registry, "--date", "2023-01-01", "--decision", "呼政字〔2023〕1号").status == 0)

        let result = try gazetteer("inspect", "seats", "--registry", registry, "--format", "json", "--lang", "en")
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try #require(try JSONParser.parse(result.stdout)["findings"]?.arrayValue)
        // The demo's planted fault (新巴尔虎右旗's seat in 新巴尔虎左旗) and the two made here.
        #expect(findings.count == 3)
        #expect(findings.contains { $0["code"]?.stringValue == "seat.outside" && $0["subjects"]?.arrayValue == [.string("150727")] })
        let out = try #require(findings.first { $0["code"]?.stringValue == "seat.outside" && $0["subjects"]?.arrayValue == [.string("150703")] })
        #expect(out["subjects"]?.arrayValue == [.string("150703")])
        #expect(abs((out["measured"]?["value"]?.numberValue ?? 0) - 30_185.78) < 0.5)
        let move = try #require(findings.first { $0["code"]?.stringValue == "seat.moved-without-decision" })
        #expect(move["subjects"]?.arrayValue == [.string("150702")])
        #expect(abs((move["measured"]?["value"]?.numberValue ?? 0) - 2_499.11) < 0.01)

        // As of 2022 neither move had happened: only the planted seat outside remains.
        let before = try gazetteer("inspect", "seats", "--registry", registry, "--as-of", "2022-06-01", "--format", "json")
        #expect(before.status == 1)
        let earlier = try JSONParser.parse(before.stdout)["findings"]?.arrayValue ?? []
        #expect(earlier.map { $0["subjects"]?.arrayValue ?? [] } == [[.string("150727")]])
    }

    @Test("--seats FILE replaces the registered seats: a point outside its unit is found")
    func seatsFromFile() throws {
        let dir = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seats = dir.appendingPathComponent("seats.geojson").path
        try Data("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"code":"150703"},"geometry":{"type":"Point","coordinates":[118.2165,49.4862]}},
             {"type":"Feature","properties":{"code":"150702"},"geometry":{"type":"Point","coordinates":[119.7657,49.2122]}}]}
            """.utf8).write(to: URL(fileURLWithPath: seats))
        let result = try gazetteer("inspect", "seats", TestFixtures.data("boundaries/demo_units.geojson"), "--seats", seats, "--format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try #require(try JSONParser.parse(result.stdout)["findings"]?.arrayValue)
        #expect(findings.map { $0["code"]?.stringValue } == ["seat.outside"])
        #expect(abs((findings.first?["measured"]?["value"]?.numberValue ?? 0) - 30_185.78) < 0.5)
    }
}

/// The faults planted in the demo data (tools/demo-data, PlantedFaults.swift) are what `inspect topology` finds there.
@Suite("Demo faults")
struct DemoFaultTests {
    @Test("the demo registry with its 2024 version: the line off its edge, the dangle, the seat outside, the seat moved without decision")
    func plantedFaults() throws {
        let dir = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let registry = dir.appendingPathComponent("demo.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        for layer in ["units", "lines"] {
            #expect(try gazetteer("import", layer, TestFixtures.data("boundaries/demo_\(layer).geojson"), "--registry", registry, "--date", "2020-01-01").status == 0)
        }
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units_2024.geojson"), "--registry", registry, "--date", "2024-03-01").status == 0)
        let result = try gazetteer("inspect", "topology", "--registry", registry, "--format", "json", "--lang", "en")
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try #require(try JSONParser.parse(result.stdout)["findings"]?.arrayValue)
        let faults = findings.filter { $0["severity"]?.stringValue != "info" }.map { finding in
            "\(finding["code"]?.stringValue ?? "") \((finding["subjects"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ","))"
        }
        #expect(faults == [
            "line.off-edge 150721-150722,150721,150722", "line.off-edge 150782-150785,150782,150785", "line.dangle 150782-150785",
            "seat.outside 150727", "seat.moved-without-decision 150783",
        ])
    }
}
