import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect round create`: opens a round of a line and prints its id.
struct InspectRoundCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Open an inspection round of a registered line and print its id (line-ordinal, e.g. 1523-4).",
        discussion: """
            Refused (exit 3, nothing written): a line not registered, a year outside 1949–2100, an ordinal below 1, \
            fewer than two parties, or an ordinal the line has already used.

            Example:
              gazetteer inspect round create --line 1523 --ordinal 4 --year 2025 --parties "内蒙古自治区,黑龙江省" --registry demo.gpkg
            """
    )

    @Option(help: "The code of the line inspected.")
    var line: String

    @Option(help: "Which inspection of the line this is (1 for the first).")
    var ordinal: Int

    @Option(help: "The year of the field work.")
    var year: Int

    @Option(help: "The parties inspecting the line jointly, comma-separated (，also accepted).")
    var parties: String

    @Option(help: "The day the round is opened (YYYY-MM-DD; default today).")
    var date: String?

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if let date { _ = try recordedDate(date) }
    }

    func run() throws {
        let store = try registry.open(readOnly: false)
        let list = parties.replacingOccurrences(of: "，", with: ",").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let round = try InspectionRounds.create(line: line, ordinal: ordinal, year: year, parties: list, by: actor.actor,
                                                on: date.flatMap(RegistryDate.init) ?? today, store: store, command: commandLineForAudit)
        print(round.id)
    }
}
