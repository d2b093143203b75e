/// The file formats a layer is exported in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// An RFC 7946 FeatureCollection.
    case geojson
    /// GeoJSONSeq: one feature per line (newline-delimited), for streaming tools.
    case geojsonseq
    /// CSV, UTF-8 with a byte-order mark so that Excel opens it; points as `lon`/`lat`, other geometry as `wkt`.
    case csv
}

/// Exports one layer of a registry, streaming rows from the store to the output so memory stays constant.
public struct LayerExporter {
    public var format: ExportFormat
    public var geoJSON: GeoJSONExporter

    public init(format: ExportFormat, geoJSON: GeoJSONExporter = GeoJSONExporter()) {
        self.format = format
        self.geoJSON = geoJSON
    }

    /// Writes the records of `layer` in force on `asOf` to `output`, which the caller finishes (or abandons, when
    /// this throws; an ``OutputError`` has already abandoned it).
    /// - Parameter progress: called with the number of records written so far, after each record.
    /// - Returns: the number of records written.
    /// - Throws: ``OutputError`` when the output cannot be written; the store's errors when reading fails.
    @discardableResult
    public func export(_ layer: Layer, from registry: any RegistryStore, asOf: RegistryDate? = nil, to output: TextOutput,
                       progress: ((Int) -> Void)? = nil) throws -> Int {
        var count = 0 {
            didSet { progress?(count) }
        }
        switch format {
        case .geojson:
            var head = "{\"type\":\"FeatureCollection\",\"name\":\"\(layer.rawValue)\""
            if geoJSON.includeBoundingBoxes {
                let e = try registry.extent(layer, asOf: asOf)
                if !e.isEmpty { head += ",\"bbox\":" + geoJSON.bbox(e) }
            }
            try output.write(head + ",\"features\":[\n")
            try registry.forEachRecord(layer, asOf: asOf) { stored in
                try output.write((count > 0 ? ",\n" : "") + geoJSON.feature(stored.record))
                count += 1
            }
            try output.write("\n]}\n")
        case .geojsonseq:
            try registry.forEachRecord(layer, asOf: asOf) { stored in
                try output.write(geoJSON.feature(stored.record) + "\n")
                count += 1
            }
        case .csv:
            var writer = CSVWriter()
            writer.writeRecord(Self.csvHeader(layer))
            try registry.forEachRecord(layer, asOf: asOf) { stored in
                writer.writeRecord(Self.csvRow(stored.record, precision: geoJSON.precision))
                try output.write(bytes: writer.takeBytes())
                count += 1
            }
            try output.write(bytes: writer.takeBytes())
        }
        return count
    }

    /// The CSV header of a layer: its fields, then `lon`,`lat` for a point layer or `wkt` otherwise.
    public static func csvHeader(_ layer: Layer) -> [String] {
        layer.fields.map(\.name) + (layer.geometry == .point ? ["lon", "lat"] : ["wkt"])
    }

    /// One CSV row of a record, matching ``csvHeader(_:)``.
    public static func csvRow(_ record: RegistryRecord, precision: Int = 7) -> [String] {
        var row = record.layer.fields.map { record.fields[$0.name]?.description ?? "" }
        if record.layer.geometry == .point {
            if case .point(let p)? = record.geometry {
                row += [JSONWriter.formatFixed(p.coordinate.x, decimals: precision), JSONWriter.formatFixed(p.coordinate.y, decimals: precision)]
            } else {
                row += ["", ""]
            }
        } else {
            row.append(record.geometry.flatMap { try? $0.wkt(precision: precision) } ?? "")
        }
        return row
    }
}
