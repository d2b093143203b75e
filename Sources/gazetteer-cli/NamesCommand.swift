import ArgumentParser

/// `gazetteer names …`: the place-name checks (大, 洋, 怪, 通名) on the registry or on a list of names.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Check place names (naming rules, location against their units), romanize and rename them.",
        subcommands: [NamesCheckCommand.self, NamesLocateCheckCommand.self, NamesRomanizeCommand.self, NamesRenameCommand.self, NamesApplyCommand.self]
    )
}
