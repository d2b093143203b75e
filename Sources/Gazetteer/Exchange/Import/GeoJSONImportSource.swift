/// Import candidates from GeoJSON: a FeatureCollection (RFC 7946) or GeoJSONSeq (RFC 8142 / newline-delimited,
/// one feature per line), chosen by content.
///
/// Properties are renamed by a field mapping (`--map code=adcode,name=name`), geometries are reprojected to
/// EPSG:4490 when the file is in another CRS (`--crs EPSG:4549`), and ring orientation is accepted either way.
public struct GeoJSONImportSource: ImportSource {
    public let file: String
    /// Maps registry field names to the file's property names.
    public var mapping: FieldMapping
    /// The CRS of the file's coordinates; `nil` for longitude/latitude (CGCS2000 or WGS84).
    public var crs: CRS?
    /// The layer being imported: its fields are looked up in the properties, its key falls back to the feature `id`.
    public var layer: Layer

    public init(file: String, layer: Layer, mapping: FieldMapping, crs: CRS? = nil) {
        self.file = file
        self.layer = layer
        self.mapping = mapping
        self.crs = crs
    }

    /// The names `--map` may map for `layer` from GeoJSON: the layer's fields (geometry comes from the feature).
    public static func mappableFields(_ layer: Layer) -> [String] {
        layer.fields.map(\.name)
    }

    public func forEachCandidate(_ body: (ImportCandidate) throws -> Void) throws {
        try mapping.validate(knownFields: Self.mappableFields(layer))
        let transformation = try crs.map { try CoordinateTransformation(from: $0, to: .cgcs2000) }
        if try Self.isSequence(file) {
            try LineStream.forEachLine(path: file) { line, number in
                var text = Substring(line)
                // RFC 8142 puts a record separator (0x1E) before each text.
                while text.first == "\u{1E}" { text = text.dropFirst() }
                guard !text.allSatisfy(\.isWhitespace) else { return }
                let position = "line \(number)"
                let feature: GeoJSONFeature
                do {
                    feature = try GeoJSONReader.readFeature(try JSONParser.parse(String(text)), index: number - 1, file: file)
                } catch let error as JSONSyntaxError {
                    try body(ImportCandidate(position: position, values: [:],
                                             geometry: .failure(ImportGeometryError("not a JSON feature: column \(error.column): \(error.reason)"))))
                    return
                } catch let error as ExchangeError {
                    try body(ImportCandidate(position: position, values: [:], geometry: .failure(ImportGeometryError("\(error)"))))
                    return
                }
                try body(candidate(feature, position: position, transformation: transformation))
            }
        } else {
            for feature in try GeoJSONReader.readFeatures(path: file) {
                try body(candidate(feature, position: "features[\(feature.index)]", transformation: transformation))
            }
        }
    }

    /// A file is GeoJSONSeq when its first non-blank line is a complete Feature rather than the start of a collection.
    static func isSequence(_ path: String) throws -> Bool {
        var first: String?
        // The first non-blank line among the first few (a file may start with blank lines).
        try LineStream.forEachLine(path: path, stopAfter: 16) { line, _ in
            if first == nil, !line.trimmedWhitespace.isEmpty { first = line }
        }
        guard var line = first?.trimmedWhitespace else { return false }
        while line.hasPrefix("\u{1E}") { line.removeFirst() }
        guard line.hasPrefix("{"), let value = try? JSONParser.parse(line) else { return false }
        return value["type"]?.stringValue == "Feature"
    }

    func candidate(_ feature: GeoJSONFeature, position: String, transformation: CoordinateTransformation?) -> ImportCandidate {
        var values: [String: JSONValue] = [:]
        for spec in layer.fields {
            if let column = mapping.column(for: spec.name), let value = feature.properties[column] { values[spec.name] = value }
        }
        if values[layer.keyField] == nil, let id = feature.id, id != .null { values[layer.keyField] = id }
        var geometry: Result<Geometry, ImportGeometryError>?
        switch feature.geometry {
        case .none: geometry = nil
        case .failure(let error): geometry = .failure(ImportGeometryError(error.description))
        case .success(let g):
            if let transformation {
                do { geometry = .success(try transformation.transform(g)) } catch {
                    geometry = .failure(ImportGeometryError("cannot reproject from \(transformation.source.definition): \(error)"))
                }
            } else {
                geometry = .success(g)
            }
        }
        return ImportCandidate(position: position, values: values, geometry: geometry)
    }
}

import Foundation
