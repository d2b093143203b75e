import Foundation
import Testing
@testable import Gazetteer

/// Thousands of damaged inputs — bytes flipped, inserted, deleted, files cut short — must each import or be
/// refused with a problem that names its position, never crash. The damage is drawn from a fixed seed, so a
/// failure can be replayed.
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
        let source = GeoJSONImportSource(file: "fuzz.geojson", layer: .units, mapping: FieldMapping())
        var outcomes = Outcomes()
        for _ in 0..<3000 {
            let bytes = Self.damage(original, &rng)
            let features: [GeoJSONFeature]
            do {
                features = try GeoJSONReader.readFeatures(bytes: bytes, file: "fuzz.geojson", reading: .longitudeLatitude)
            } catch {
                outcomes.fileRefused(error, input: bytes)
                continue
            }
            var check = RecordValidator(layer: .units).stream()
            for feature in features {
                outcomes.checked(check.validate(source.candidate(feature, position: "features[\(feature.index)]", reprojection: nil)).issues)
                guard case .success(let g)? = feature.geometry else { continue }
                _ = try? g.validity()
                _ = try? g.area()
                _ = try? Geodesic.cgcs2000.measure(g)
                _ = try? g.wkb()
            }
        }
        #expect(outcomes.unexplained.isEmpty, "\(outcomes.unexplained.prefix(3))")
        // Both outcomes occur, so the assertions above were exercised on each.
        #expect(outcomes.imported > 0 && outcomes.refusedRecords > 0 && outcomes.refusedFiles > 0, "\(outcomes)")
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
        var outcomes = Outcomes()
        for _ in 0..<200 {
            let damaged = Self.damage(original, &rng)
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            let source = CSVImportSource(file: path, layer: .names, mapping: FieldMapping())
            var check = RecordValidator(layer: .names).stream()
            do {
                try source.forEachCandidate { outcomes.checked(check.validate($0).issues) }
            } catch {
                outcomes.fileRefused(error, input: damaged)
            }
        }
        #expect(outcomes.unexplained.isEmpty, "\(outcomes.unexplained.prefix(3))")
        #expect(outcomes.imported > 0 && outcomes.refusedRecords > 0 && outcomes.refusedFiles > 0, "\(outcomes)")
    }

    /// What the damaged inputs gave: each record either imports (no error) or is refused with issues that each
    /// name its position; a file refused as a whole has an error that names a line and column (or the part of the
    /// document at fault). Anything else is `unexplained`.
    struct Outcomes: CustomStringConvertible {
        var imported = 0, refusedRecords = 0, refusedFiles = 0
        var unexplained: [String] = []

        mutating func checked(_ issues: [ImportIssue]) {
            let errors = issues.filter { $0.severity == .error }
            if errors.isEmpty {
                imported += 1
                return
            }
            refusedRecords += 1
            for issue in errors where issue.position.wholeMatch(of: /features\[\d+\]|line \d+/) == nil {
                unexplained.append("issue without a position: \(issue.line(.en))")
            }
        }

        mutating func fileRefused(_ error: Error, input: [UInt8]) {
            refusedFiles += 1
            switch error {
            case ExchangeError.syntax(_, let line, let column, _) where line >= 1 && column >= 1:
                return
            case ExchangeError.unexpectedContent(_, let reason)
                where reason.en.contains("features[") || reason.en.contains("top level") || reason.en.contains("top-level") || reason.en.contains("header"):
                return
            default:
                unexplained.append("file error without a position: \(error)")
            }
        }

        var description: String { "imported \(imported), records refused \(refusedRecords), files refused \(refusedFiles)" }
    }
}
