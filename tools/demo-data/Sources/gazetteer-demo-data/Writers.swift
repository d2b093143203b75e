import Foundation
import Gazetteer

/// Writes a GeoJSON FeatureCollection in the layout of the bundled data files: one feature per line, members
/// in a fixed order, coordinates rounded to a stated number of decimals, so that regenerating gives the same bytes
/// and a diff shows one changed record per line.
struct FeatureCollectionWriter {
    private var text: String
    private var count = 0

    /// A collection named `name` (the file's base name, e.g. `demo_lines`).
    init(name: String) {
        text = "{\"type\":\"FeatureCollection\",\"name\":\"\(name)\",\"features\":[\n"
    }

    /// Appends a feature.
    /// - Parameters:
    ///   - id: the feature id (the record's key: unit code, line code, marker number).
    ///   - geometry: `nil` writes `"geometry":null` (a record without a position, e.g. a marker not found).
    ///   - precision: decimals per coordinate (6 ≈ 0.1 m for boundaries, 8 ≈ 1 mm for surveyed points).
    mutating func add(id: String?, properties: JSONObject, geometry: Geometry?, precision: Int) {
        if count > 0 { text += ",\n" }
        text += "{\"type\":\"Feature\","
        if let id {
            text += "\"id\":"
            JSONWriter.writeString(id, to: &text)
            text += ","
        }
        text += "\"properties\":"
        text += JSONWriter.serialize(.object(properties), precision: 6)
        text += ",\"geometry\":"
        if let geometry {
            geometry.appendGeoJSON(to: &text, precision: precision)
        } else {
            text += "null"
        }
        text += "}"
        count += 1
    }

    /// Writes the collection to `path`.
    func write(to path: String) throws {
        try (text + (count > 0 ? "\n" : "") + "]}\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Properties of a feature, skipping absent optional values so that "unknown" is an absent member, as the
/// exchange schemas ask.
struct PropertyList {
    private(set) var object = JSONObject()

    /// Sets `key` to a string unless it is `nil` or empty.
    mutating func add(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { object[key] = .string(value) }
    }

    /// Sets `key` to a number unless it is `nil`.
    mutating func add(_ key: String, _ value: Double?) {
        if let value { object[key] = .number(value) }
    }

    /// Sets `key` to an integer unless it is `nil`.
    mutating func add(_ key: String, _ value: Int?) {
        if let value { object[key] = .number(Double(value)) }
    }

    /// Sets `key` to any JSON value.
    mutating func add(_ key: String, json value: JSONValue) {
        object[key] = value
    }
}

/// Rounds `value` to `decimals` places, so that written values look surveyed rather than computed.
func rounded(_ value: Double, _ decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
}
