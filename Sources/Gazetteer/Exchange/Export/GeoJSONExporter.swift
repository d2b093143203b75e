/// Writes registry records as RFC 7946 GeoJSON: a FeatureCollection, or GeoJSONSeq (one feature per line, streamed).
///
/// Coordinates are longitude/latitude (the registry's CGCS2000, which differs from WGS84 by centimetres), shells
/// counter-clockwise and holes clockwise, `precision` decimals (7 by default: about 1 cm). Each feature's `id` is the
/// record's key; properties follow the layer's field order (docs/LAYERS.md), numbers as numbers.
public struct GeoJSONExporter {
    public var precision: Int
    /// Add a `bbox` member to each feature and to the collection.
    public var includeBoundingBoxes: Bool

    public init(precision: Int = 7, includeBoundingBoxes: Bool = false) {
        self.precision = precision
        self.includeBoundingBoxes = includeBoundingBoxes
    }

    /// One feature's text.
    public func feature(_ record: RegistryRecord) -> String {
        var out = "{\"type\":\"Feature\",\"id\":"
        JSONWriter.writeString(record.key, to: &out)
        if includeBoundingBoxes, let g = record.geometry, !g.isEmpty { out += ",\"bbox\":" + bbox(g.envelope) }
        out += ",\"properties\":"
        appendProperties(record, to: &out)
        out += ",\"geometry\":"
        if let g = record.geometry { g.appendGeoJSON(to: &out, precision: precision) } else { out += "null" }
        out += "}"
        return out
    }

    /// Appends the properties object of a record straight to `out` (no intermediate JSON values: export speed):
    /// fields in layer order, numbers as numbers, JSON fields embedded; `extra` members follow.
    public func appendProperties(_ record: RegistryRecord, extra: [(String, JSONValue)] = [], to out: inout String) {
        out += "{"
        var first = true
        for spec in record.layer.fields {
            guard let value = record.fields[spec.name] else { continue }
            if !first { out += "," }
            first = false
            JSONWriter.writeString(spec.name, to: &out)
            out += ":"
            switch spec.kind {
            case .real, .integer:
                if let number = value.double { JSONWriter.writeNumber(number, precision: nil, to: &out) } else {
                    JSONWriter.writeString(value.description, to: &out)
                }
            case .json:
                // Stored as checked JSON text by the importer; parse it to be safe against hand-edited files.
                if let parsed = try? JSONParser.parse(value.description) { JSONWriter.write(parsed, to: &out) } else {
                    JSONWriter.writeString(value.description, to: &out)
                }
            default:
                JSONWriter.writeString(value.description, to: &out)
            }
        }
        for (key, value) in extra {
            if !first { out += "," }
            first = false
            JSONWriter.writeString(key, to: &out)
            out += ":"
            JSONWriter.write(value, to: &out)
        }
        out += "}"
    }

    /// A `bbox` member's value for an envelope.
    public func bbox(_ e: Envelope) -> String {
        var out = "["
        for (i, v) in [e.minX, e.minY, e.maxX, e.maxY].enumerated() {
            if i > 0 { out += "," }
            JSONWriter.writeNumber(v, precision: precision, to: &out)
        }
        return out + "]"
    }

    /// A whole FeatureCollection.
    public func featureCollection(_ records: [RegistryRecord], name: String? = nil) -> String {
        var out = "{\"type\":\"FeatureCollection\""
        if let name { out += ",\"name\":"; JSONWriter.writeString(name, to: &out) }
        if includeBoundingBoxes {
            var e = Envelope.empty
            for r in records { if let g = r.geometry { e.expand(toInclude: g.envelope) } }
            if !e.isEmpty { out += ",\"bbox\":" + bbox(e) }
        }
        out += ",\"features\":[\n"
        for (i, record) in records.enumerated() {
            out += feature(record)
            out += i == records.count - 1 ? "\n" : ",\n"
        }
        return out + "]}\n"
    }
}
