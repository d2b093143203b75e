import Foundation
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Small builders for registry tests.
enum RegistryFixtures {
    /// A fresh registry in a new temporary folder.
    static func emptyRegistry() throws -> (GeoPackageStore, URL) {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("test.gpkg").path
        return (try GeoPackageStore.create(at: path), dir)
    }

    /// Writes `text` to `name` in `dir` and returns its path.
    static func file(_ dir: URL, _ name: String, _ text: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func options(_ date: String = "2020-01-01", skipInvalid: Bool = false, repair: Bool = false) -> ImportOptions {
        ImportOptions(effective: RegistryDate(date)!, skipInvalid: skipInvalid, repairInvalid: repair, command: "test", actor: "tester")
    }

    /// Imports a GeoJSON or CSV file into `layer`.
    @discardableResult
    static func importFile(_ path: String, _ layer: Layer, into registry: GeoPackageStore, map: String? = nil, crs: String? = nil,
                           options: ImportOptions = options()) throws -> ImportResult {
        let mapping = try map.map { try FieldMapping(parsing: $0) } ?? FieldMapping()
        let source = try ImportSources.make(file: path, layer: layer, mapping: mapping, crs: try crs.map { try CRS($0) }, encoding: "auto")
        return try Importer.run(source, layer: layer, into: registry, options: options)
    }

    /// A GeoJSON FeatureCollection from features given as (properties JSON, geometry JSON) pairs.
    static func collection(_ features: [(String, String)]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[" + features.map {
            "{\"type\":\"Feature\",\"properties\":\($0.0),\"geometry\":\($0.1)}"
        }.joined(separator: ",") + "]}"
    }

    static let square = "{\"type\":\"Polygon\",\"coordinates\":[[[120,49],[121,49],[121,50],[120,50],[120,49]]]}"
    static let neighbour = "{\"type\":\"Polygon\",\"coordinates\":[[[121,49],[122,49],[122,50],[121,50],[121,49]]]}"
    static let sharedEdge = "{\"type\":\"LineString\",\"coordinates\":[[121,49],[121,50]]}"

    /// Two units, one county line between them, for tests that need references to resolve.
    static func seeded() throws -> (GeoPackageStore, URL) {
        let (registry, dir) = try emptyRegistry()
        let units = try file(dir, "units.geojson", collection([
            ("{\"code\":\"150702\",\"name\":\"海拉尔区\"}", square),
            ("{\"code\":\"150724\",\"name\":\"鄂温克族自治旗\"}", neighbour),
        ]))
        try importFile(units, .units, into: registry)
        let lines = try file(dir, "lines.geojson", collection([
            ("{\"code\":\"150702-150724\",\"name\":\"海拉尔—鄂温克线\",\"level\":\"county\",\"left_unit\":\"150702\",\"right_unit\":\"150724\"}", sharedEdge),
        ]))
        try importFile(lines, .lines, into: registry)
        return (registry, dir)
    }
}
