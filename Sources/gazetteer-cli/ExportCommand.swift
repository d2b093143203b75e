import ArgumentParser
import Gazetteer

extension ExportFormat: ExpressibleByArgument {}

/// `gazetteer export LAYER`: a layer as GeoJSON, GeoJSONSeq or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a layer as GeoJSON (RFC 7946), GeoJSONSeq or CSV.",
        discussion: """
            GeoJSON output is RFC 7946: longitude/latitude, counter-clockwise shells and clockwise holes, 7 decimals \
            (about 1 cm; --precision to change), each feature's id its key. GeoJSONSeq writes one feature per line, \
            streamed. CSV is UTF-8 with a byte-order mark so Excel opens it; points as lon/lat columns, other \
            geometry as WKT. The file is written whole or not at all.

            Examples:
              gazetteer export units --output units.geojson
              gazetteer export markers --format csv --output markers.csv
              gazetteer export names --format geojsonseq --as-of 2020-01-01 > names.geojsonl
            """
    )

    @Argument(help: "The layer: units, lines, markers or names.")
    var layer: Layer

    @Option(help: "Output format.")
    var format: ExportFormat = .geojson

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: "Decimals per coordinate (GeoJSON).")
    var precision: Int = 7

    @Flag(help: "Add bounding boxes to features and the collection (GeoJSON).")
    var bbox = false

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
    }

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let exporter = LayerExporter(format: format, geoJSON: GeoJSONExporter(precision: precision, includeBoundingBoxes: bbox))
        let out = try TextOutput(path: output)
        do {
            try exporter.export(layer, from: registry, asOf: try asOf.date, to: out)
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
    }
}
