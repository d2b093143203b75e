import ArgumentParser

/// `gazetteer names …`: the place-name checks (大, 洋, 怪, 通名) on the registry or on a list of names.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Check place names against the naming rules of data/names and romanize them.",
        subcommands: [NamesCheckCommand.self, NamesRomanizeCommand.self, NamesRenameCommand.self]
    )
}
