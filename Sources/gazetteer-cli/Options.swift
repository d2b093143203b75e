import ArgumentParser
import Gazetteer

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension Language: ExpressibleByArgument {}

/// `--format` and `--lang`, shared by every command that prints a report.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table for people, json for programs.")
    var format: OutputFormat = .table

    @Option(help: "Language of reports and messages: zh (中文) or en.")
    var lang: Language = .zh
}

/// The input file and how to label its features.
struct FeatureFileOptions: ParsableArguments {
    @Argument(help: "A GeoJSON file: a FeatureCollection, a Feature, or a bare geometry.")
    var file: String

    @Option(name: .customLong("id-field"), help: "The property that identifies each feature in the report (default: the feature id, else its position).")
    var idField: String?
}
