import ArgumentParser

/// `gazetteer geometry …`: checks and measures on geometry files, usable without a registry.
struct GeometryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geometry",
        abstract: "Validate and measure the geometries of a GeoJSON file (no registry needed).",
        subcommands: [GeometryValidateCommand.self, GeometryMeasureCommand.self, GeometryDeriveLinesCommand.self]
    )
}
