import ArgumentParser

/// `gazetteer inspect …`: the boundary framework checks, on the registry or on polygon files.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Check the boundary framework (coverage, lines, adjacency, seats) on the registry or on polygon files, and smart-marker telemetry.",
        subcommands: [InspectTopologyCommand.self, InspectAdjacencyCommand.self, InspectSeatsCommand.self, InspectTelemetryCommand.self]
    )
}
