import ArgumentParser
import Foundation
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
            geometry as WKT. The file is written whole or not at all: it is written beside its destination, synced to disk \
            and renamed into place. If anything fails (a directory given as --output, a missing or read-only \
            directory, a full disk) or the export is interrupted (Ctrl-C, SIGTERM), the unfinished file is removed, \
            a file already at the destination is left as it was, and the status is 4 (130/143 when interrupted, as \
            the shell reports a signal). A reader that closes the pipe early (| head) ends the export quietly (141).

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
        let date = try asOf.date
        // An output that cannot be written is an OutputError: ExitStatus explains it and exits 4.
        let out = try TextOutput(path: output)
        do {
            try exporter.export(layer, from: registry, asOf: date, to: out, progress: Self.stallForTests)
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
    }

    /// Test hook: with `GAZETTEER_TEST_STALL_EXPORT=N` in the environment, the export pauses for up to a minute
    /// after its N-th record, so a test can signal it while the unfinished file exists without racing the export.
    private static var stallForTests: ((Int) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["GAZETTEER_TEST_STALL_EXPORT"], let after = Int(text) else {
            return nil
        }
        return { count in
            guard count == after else { return }
            for _ in 0..<600 { usleep(100_000) }
        }
    }
}
