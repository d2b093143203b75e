import ArgumentParser

/// `gazetteer names …`: checks on the place-name layer.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Checks on the place names of a registry.",
        subcommands: [NamesLocateCheckCommand.self]
    )
}
