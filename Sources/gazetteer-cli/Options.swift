import ArgumentParser
import Gazetteer

/// How results are printed by commands whose output is not a findings report (init, stats, history).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension Language: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

extension TextEncodingOption: ExpressibleByArgument {
    /// A value of `--encoding`: the names ``TextEncodingOption/init(name:)`` knows (`utf8`, `cp936`… too); anything
    /// else is a usage error, listed with the choices.
    public init?(argument: String) { self.init(name: argument) }
}

/// `--lang` and `--verbose`, shared by every command.
struct MessageOptions: ParsableArguments {
    @Option(help: "Language of reports and messages: zh (中文, default) or en.")
    var lang: Language = .zh

    @Flag(help: "Add the underlying library's detail (SQLite, PROJ) to error messages.")
    var verbose = false
}

/// `--format table|json`, `--lang`, `--verbose`, for commands that print a summary.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table for people, json for programs.")
    var format: OutputFormat = .table

    @OptionGroup var messages: MessageOptions

    var lang: Language { messages.lang }
}

/// `--format`, `--output`, `--lang`, `--verbose`, for commands that report findings.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Report format: table (terminal), json, geojson (a feature per finding), csv (a worklist for reviewers, UTF-8 with BOM), html (a page with a map), gpkg (GeoPackage layers for QGIS; needs --output).")
    var format: ReportFormat = .table

    @Option(name: .shortAndLong, help: "Write the report to this file (default: standard output).")
    var output: String?

    func validate() throws {
        if format == .gpkg && (output == nil || output == "-") {
            throw ValidationError("--format gpkg writes a GeoPackage file: give it with --output FILE.gpkg")
        }
    }

    @OptionGroup var messages: MessageOptions

    var lang: Language { messages.lang }
}

/// The input file and how to label its features.
struct FeatureFileOptions: ParsableArguments {
    @Argument(help: "A GeoJSON file: a FeatureCollection, a Feature, or a bare geometry.")
    var file: String

    @Option(name: .customLong("id-field"), help: "The property that identifies each feature in the report (default: the feature id, else its position).")
    var idField: String?
}
