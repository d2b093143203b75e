import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect round close ROUND --decision REF`: records the findings and updates marker status, in one transaction.
struct InspectRoundCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a round: record its findings and update the markers' status with change events, in one transaction.",
        discussion: """
            The round's findings (as compare reports them) become its findings of record (and findings seen, so they \
            can be accepted by id). Each visited post whose status changes gets a new version from --date with a change \
            event carrying --decision: missing, damaged (tilted, buried), displaced, rebuilt (rebuilt at the registered \
            position), intact (found in order). Posts not visited and suspected displacements keep their status. A \
            closed round refuses further imports and a second close.

            Example:
              gazetteer inspect round close 1523-4 --decision "蒙黑联检〔2025〕1号" --date 2025-07-15 --registry demo.gpkg
            """
    )

    @Argument(help: "The round's id.")
    var round: String

    @Option(help: "The decision (文号) that approves the round's report.")
    var decision: String

    @Option(help: "The day the round is closed and the status changes take effect (YYYY-MM-DD; default today).")
    var date: String?

    @OptionGroup var thresholds: RoundThresholdOptions
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if let date { _ = try recordedDate(date) }
        guard !decision.trimmedWhitespace.isEmpty else { throw ValidationError("--decision needs the reference (文号) of the decision.") }
    }

    func run() throws {
        let store = try registry.open(readOnly: false)
        let closing = try InspectionRounds.close(round, decision: decision, on: date.flatMap(RegistryDate.init) ?? today, by: actor.actor,
                                                 store: store, command: commandLineForAudit, options: thresholds.options,
                                                 timestamp: ISO8601DateFormatter().string(from: Date()))
        let zh = messages.lang == .zh
        print(zh ? "联检 \(closing.round.id) 已关闭（\(decision)）：记录问题 \(closing.findingsRecorded) 个，更新界桩状态 \(closing.statusChanges.count) 个"
                 : "round \(closing.round.id) closed (\(decision)): \(closing.findingsRecorded) findings recorded, \(closing.statusChanges.count) marker statuses updated")
        for (number, status) in closing.statusChanges {
            print("  \(number) → \(zh ? status.chinese : status.rawValue)")
        }
    }
}
