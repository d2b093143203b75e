import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Typed records made from stored records give the same fields back, and bad stored values are named by field.
@Suite("Typed records")
struct LayerRecordTests {
    /// The demo registry's four layers, imported as `make demo` does.
    static func demoRegistry() throws -> GeoPackageStore {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        for (file, layer) in [("boundaries/demo_units.geojson", Layer.units), ("boundaries/demo_lines.geojson", .lines),
                              ("boundaries/demo_markers.geojson", .markers), ("names/demo_names.csv", .names),
                              ("names/demo_names_lines.geojson", .names)] {
            try RegistryFixtures.importFile(TestFixtures.data(file), layer, into: registry)
        }
        return registry
    }

    /// `record`'s fields with `;`-lists written without spaces and JSON canonical, as typed records write them.
    static func normalized(_ record: RegistryRecord) -> FieldBag {
        var fields = record.fields
        for name in ["aliases", "historical"] {
            if let text = fields[name]?.description {
                fields[name] = .text(text.split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }.joined(separator: ";"))
            }
        }
        if let landmarks = fields["landmarks"]?.description, let value = try? JSONParser.parse(landmarks) {
            fields["landmarks"] = .text(JSONWriter.serialize(value))
        }
        return fields
    }

    func roundTrip<R: LayerRecord & Equatable>(_ type: R.Type, _ registry: GeoPackageStore, expected: Int) throws {
        let stored = try registry.records(R.layer)
        #expect(stored.count == expected)
        for s in stored {
            let typed = try R(record: s.record)
            #expect(typed.key == s.key)
            let back = typed.record
            #expect(Self.normalized(back) == Self.normalized(s.record), "\(R.layer) \(s.key)")
            #expect(back.geometry == s.record.geometry.map { g -> Geometry in
                if case .point(let p) = g { return .point(Point(p.coordinate)) }
                return g
            })
            #expect(try R(record: back) == typed)
        }
    }

    @Test("every demo record converts to its typed form and back without losing a field")
    func demoRoundTrip() throws {
        let registry = try Self.demoRegistry()
        try roundTrip(AdminUnit.self, registry, expected: 14)
        try roundTrip(BoundaryLine.self, registry, expected: 27)
        try roundTrip(BoundaryMarker.self, registry, expected: 165)
        try roundTrip(PlaceName.self, registry, expected: 374)
        // The store hands typed values to whoever asks.
        let seat = try #require(try registry.record(AdminUnit.self, key: "150702")?.seat?.position)
        #expect(abs(seat.x - 119.7649) < 0.01 && abs(seat.y - 49.2139) < 0.01)
        let marker = try #require(try registry.records(BoundaryMarker.self).first { $0.number == "1523001Q" })
        #expect(marker.kind == .single && marker.landmarks.count == 3 && marker.landmarks[0].name == "废弃森林铁路路基")
    }

    @Test("a stored value that does not fit its type is named by layer, key and field")
    func conversionErrors() {
        let line = RegistryRecord(layer: .lines, fields: ["code": .text("L1"), "name": .text("线"), "level": .text("galactic"),
                                                          "left_unit": .text("1"), "right_unit": .text("2")], geometry: nil)
        #expect(throws: RecordConversionError(layer: .lines, key: "L1", field: "level", reason: "not one of the allowed values: 'galactic'")) {
            try BoundaryLine(record: line)
        }
        let marker = RegistryRecord(layer: .markers, fields: ["number": .text("M1"), "line": .text("L1")], geometry: nil)
        #expect { try BoundaryMarker(record: marker) } throws: { ($0 as? RecordConversionError)?.field == "geometry" }
        let unit = RegistryRecord(layer: .units, fields: ["code": .text("150702"), "name": .text("海拉尔区"), "seat_lon": .real(119.7)], geometry: nil)
        #expect { try AdminUnit(record: unit) } throws: { ($0 as? RecordConversionError)?.field == "seat_lat" }
    }
}
