import ArgumentParser
import Gazetteer

/// `gazetteer list LAYER`: the records of a layer, now or as of a date.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the records of a layer (units, lines, markers, names), now or as of a date.",
        discussion: """
            Examples:
              gazetteer list units
              gazetteer list markers --format csv > markers.csv
              gazetteer list units --as-of 2019-01-01 --format geojson
            """
    )

    @Argument(help: "The layer: units, lines, markers or names.")
    var layer: Layer

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: RecordOutputOptions

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let records = try registry.records(layer, asOf: try asOf.date).map(\.record)
        try RecordRendering.print(records, layer: layer, options: output)
    }
}
