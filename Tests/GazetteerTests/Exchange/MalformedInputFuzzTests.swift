import Foundation
import Testing
@testable import Gazetteer

/// Thousands of damaged inputs — bytes flipped, inserted, deleted, files cut short — must each give a result or a
/// thrown error, never a crash. The damage is drawn from a fixed seed, so a failure can be replayed.
@Suite("Damaged input never crashes")
struct MalformedInputFuzzTests {
    /// A small deterministic generator (SplitMix64), so runs are repeatable.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static func damage(_ bytes: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + rng.below(4)) {
            guard !out.isEmpty else { break }
            let i = rng.below(out.count)
            switch rng.below(4) {
            case 0: out[i] ^= UInt8(1 << rng.below(8))
            case 1: out.insert(UInt8(truncatingIfNeeded: rng.next()), at: i)
            case 2: out.remove(at: i)
            default: out = Array(out.prefix(i))
            }
        }
        return out
    }

    @Test("damaged GeoJSON documents")
    func geoJSON() throws {
        let text = RegistryFixtures.collection([
            ("{\"code\":\"150702\",\"name\":\"海拉尔区\",\"seat_lat\":49.2}", RegistryFixtures.square),
            ("{\"code\":\"150724\",\"name\":\"鄂温克\"}", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[121,49],[122,49],[122,50],[121,49]],[[121.2,49.2],[121.4,49.2],[121.4,49.4],[121.2,49.2]]]]}"),
            ("{\"number\":\"1523001Q\"}", "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[121,49.5,600]},{\"type\":\"LineString\",\"coordinates\":[[121,49],[121,50]]}]}"),
        ])
        var rng = SplitMix(state: 20261129)
        let original = Array(text.utf8)
        var parsed = 0
        for _ in 0..<3000 {
            let bytes = Self.damage(original, &rng)
            guard let features = try? GeoJSONReader.readFeatures(bytes: bytes, file: "fuzz.geojson") else { continue }
            parsed += 1
            for feature in features {
                guard case .success(let g)? = feature.geometry else { continue }
                _ = try? g.validity()
                _ = try? g.area()
                _ = try? Geodesic.cgcs2000.measure(g)
                _ = try? g.wkb()
            }
        }
        #expect(parsed > 0)
    }

    @Test("damaged WKB")
    func wkb() throws {
        let samples: [Geometry] = [
            try Geometry(wkt: "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))"),
            try Geometry(wkt: "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 5))"),
            try Geometry(wkt: "GEOMETRYCOLLECTION (POINT Z (1 2 3), LINESTRING (0 0, 1 1))"),
        ]
        var rng = SplitMix(state: 7)
        for sample in samples {
            let original = try sample.wkb()
            for _ in 0..<1500 {
                let bytes = Self.damage(original, &rng)
                if let g = try? Geometry(wkb: bytes) { _ = try? g.validity() }
            }
        }
    }

    @Test("damaged CSV through the importer's source")
    func csv() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let original = Array("\u{FEFF}id,name,category,unit,lon,lat,wkt\r\nN1,\"呼伦湖, 达赉湖\",natural,150702,117.4,48.9,\r\nN2,大桥,facility,150702,,,\"LINESTRING (120 49, 121 49)\"\r\n".utf8)
        var rng = SplitMix(state: 99)
        let path = dir.appendingPathComponent("f.csv").path
        for _ in 0..<200 {
            try Data(Self.damage(original, &rng)).write(to: URL(fileURLWithPath: path))
            let source = CSVImportSource(file: path, layer: .names, mapping: FieldMapping())
            var check = RecordValidator(layer: .names).stream()
            try? source.forEachCandidate { _ = check.validate($0) }
        }
    }
}
