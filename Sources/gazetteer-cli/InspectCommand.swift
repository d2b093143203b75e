import ArgumentParser

/// `gazetteer inspect …`: the boundary framework checks, on the registry or on polygon files.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Check the boundary framework (coverage, lines, adjacency, seats), the boundary markers and smart-marker telemetry, on the registry or on files; run inspection rounds.",
        subcommands: [InspectTopologyCommand.self, InspectAdjacencyCommand.self, InspectSeatsCommand.self, InspectMarkersCommand.self,
                      InspectRoundCommand.self, InspectTelemetryCommand.self]
    )
}
