import ArgumentParser

/// `gazetteer report …`: documents made from the registry (the signed round report).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Documents made from the registry: the joint inspection report of a round.",
        subcommands: [ReportRoundCommand.self]
    )
}
