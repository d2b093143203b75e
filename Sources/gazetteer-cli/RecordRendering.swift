import ArgumentParser
import Gazetteer

/// Output formats for commands that print registry records.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson, csv
}

/// `--format` and `--lang` for record listings.
struct RecordOutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, geojson (RFC 7946) or csv (UTF-8 with BOM, for Excel).")
    var format: RecordFormat = .table

    @OptionGroup var messages: MessageOptions

    var lang: Language { messages.lang }
}

/// Renders records for people (tables) and programs (JSON, GeoJSON, CSV); one place for every listing command.
enum RecordRendering {
    /// The columns a table shows for each layer: the fields a person looks for first.
    static func tableFields(_ layer: Layer) -> [String] {
        switch layer {
        case .units: return ["code", "name", "level", "parent", "seat_name", "romanized"]
        case .lines: return ["code", "name", "level", "left_unit", "right_unit", "status"]
        case .markers: return ["number", "line", "kind", "status", "height", "device_id"]
        case .names: return ["id", "name", "category", "unit", "status", "romanized"]
        }
    }

    static func table(_ records: [RegistryRecord], layer: Layer, language: Language) -> String {
        let fields = tableFields(layer)
        var table = TextTable(headers: fields + ["valid_from", "valid_to"])
        for record in records {
            table.append((fields + ["valid_from", "valid_to"]).map { record.fields[$0]?.description ?? "" })
        }
        let count = language == .zh ? "共 \(records.count) 条\(layer.chinese)记录。\n" : "\(records.count) \(layer.rawValue) record(s).\n"
        return table.render() + count
    }

    static func json(_ records: [RegistryRecord]) -> String {
        let exporter = GeoJSONExporter()
        var out = "["
        for (i, record) in records.enumerated() {
            if i > 0 { out += "," }
            let wkt = record.geometry.flatMap { try? $0.wkt(precision: 7) }.map(JSONValue.string) ?? .null
            exporter.appendProperties(record, extra: [("geometry_wkt", wkt)], to: &out)
        }
        return out + "]"
    }

    /// Writes `records` in `format` to standard output.
    static func print(_ records: [RegistryRecord], layer: Layer, options: RecordOutputOptions) throws {
        let output = try TextOutput(path: nil)
        switch options.format {
        case .table: try output.write(table(records, layer: layer, language: options.lang))
        case .json: try output.write(json(records) + "\n")
        case .geojson: try output.write(GeoJSONExporter().featureCollection(records, name: layer.rawValue))
        case .csv:
            var writer = CSVWriter()
            writer.writeRecord(LayerExporter.csvHeader(layer))
            for record in records { writer.writeRecord(LayerExporter.csvRow(record)) }
            try output.write(bytes: writer.takeBytes())
        }
        try output.finish()
    }
}
