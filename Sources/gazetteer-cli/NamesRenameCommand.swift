import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// A rename refused because the new name breaks rules that were not waived.
struct NameRenameRefused: Error, UserFacingError {
    var id: String
    var newName: String
    var findings: [Finding]
    var failureKind: FailureKind { .input }

    func message(_ language: Language, verbose: Bool) -> String {
        let lines = findings.map { "  " + $0.message(language) }.joined(separator: "\n")
        switch language {
        case .zh: return "拒绝将 \(id) 更名为“\(newName)”：新名称不符合以下规则（确有理由时用 --waive 规则 --reason 理由）：\n\(lines)"
        case .en: return "refused to rename \(id) to '\(newName)': the new name breaks these rules (waive one with --waive RULE --reason TEXT):\n\(lines)"
        }
    }
}

/// `gazetteer names rename ID --to NEW --decision 文号 --date D`: a rename that keeps history, checked first.
struct NamesRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a registered place name: the new name is checked first, the old one kept as historical.",
        discussion: """
            The new name is checked against the rules of data/names (its own rules and the 重 rules against the \
            other registered names). A name that breaks a rule is refused (exit 3) unless each broken rule is \
            waived with --waive RULE and a --reason, which the audit log keeps. The old name becomes historical, \
            its version closed on --date; the new version is standard from --date, with a renamed change event \
            carrying the decision.

            Example:
              gazetteer names rename N0289 --to 莫嫩家园 --decision "满政地字〔2026〕3号" --date 2026-03-01 --registry gazetteer.gpkg
            """
    )

    @Argument(help: "The place name's id.")
    var id: String

    @Option(name: .customLong("to"), help: "The new standard name.")
    var newName: String

    @Option(name: .customLong("decision"), help: "The decision (文号) that approves the rename.")
    var decision: String

    @Option(name: .customLong("date"), help: "The day the new name takes effect (YYYY-MM-DD).")
    var date: String

    @Option(name: .customLong("waive"), help: ArgumentHelp("A rule the new name may break (repeatable); needs --reason.", valueName: "rule"))
    var waive: [String] = []

    @Option(name: .customLong("reason"), help: "Why the waived rules do not apply.")
    var reason: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("The rule directory (default: data/names of the installation).", valueName: "dir"))
    var rules: String?

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        _ = try recordedDate(date)
        if !waive.isEmpty && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--waive needs --reason: say why the rule does not apply.")
        }
        guard !newName.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--to needs the new name.") }
    }

    func run() throws {
        let day = try recordedDate(date)
        let checker = NameChecker(rules: try NameRuleSet(directory: try rules ?? NamesCheckCommand.bundledRules()))
        let store = try RegistryOptions.open(registry.registry, readOnly: false, wait: registry.wait)
        let names = try store.records(PlaceName.self)
        guard let current = names.first(where: { $0.id == id }) else {
            throw ExchangeError.unexpectedContent(file: registry.registry, reason: LocalizedText(
                zh: "登记册中没有地名 \(id)", en: "the registry has no place name \(id)"))
        }
        let renaming = NameRenaming(current, to: newName, date: day, decision: decision, others: names, checker: checker)
        if let reason = renaming.unstorable { throw InputError(text: reason) }
        let unwaived = renaming.findings.filter { finding in
            guard case .text(let rule)? = finding.values["rule"] else { return true }
            return !waive.contains(rule)
        }
        guard unwaived.isEmpty else { throw NameRenameRefused(id: id, newName: newName, findings: unwaived) }
        let waived = renaming.brokenRules.filter { waive.contains($0) }
        let note = waived.isEmpty ? "" : "; waived \(waived.joined(separator: ",")): \(reason ?? "")"
        try store.writeVersions(command: commandLineForAudit + note, actor: actor.actor) { writer in
            _ = try writer.upsert(renaming.renamed.record, effective: day, decision: decision)
        }
        let text = messages.lang == .zh
            ? "已将 \(id) \(current.names.standard) 更名为 \(newName)（\(renaming.renamed.names.romanized ?? "")），自 \(day) 起，依据 \(decision)。"
            : "Renamed \(id) \(current.names.standard) to \(newName) (\(renaming.renamed.names.romanized ?? "")) from \(day), by \(decision)."
        print(text)
        for finding in renaming.advice { print((messages.lang == .zh ? "提示：" : "Note: ") + finding.message(messages.lang)) }
    }
}
