import ArgumentParser

/// `gazetteer inspect …`: the boundary framework checks, on the registry or on polygon files.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Check the boundary framework: adjacency of units (on the registry or on polygon files).",
        subcommands: [InspectAdjacencyCommand.self]
    )
}
