import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// `gazetteer names apply WORKLIST.csv`: the name office's decisions from a reviewed `names check` worklist —
/// acceptances, withdrawals and renames — in one transaction.
struct NamesApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply a reviewed names worklist: accept findings, withdraw acceptances, rename names, in one transaction.",
        discussion: """
            The worklist is the CSV report of `gazetteer names check --registry R --format csv`, filled in by the \
            reviewer. In each row the decision column (复核结论) holds 接受/accept (the finding is a legal exception; \
            the note column 备注 says why), 不接受/reject (withdraw an acceptance), or 更名/rename with the new name \
            in 更名为, the approving decision in 批准文号 and the day in 生效日期 (a filled-in 更名为 alone also means \
            rename). Each new name is checked first, against its own rules and against the other registered names \
            (and the other renames of the file): the old name becomes historical, the new one standard from its day, \
            with a renamed change event carrying the decision, as `gazetteer names rename` does.

            If any row is malformed, names a finding the registry has not seen, or asks for a new name that breaks a \
            rule, the whole file is refused with the line numbers and nothing is written (exit 3). A rule that must be \
            waived for a new name is waived one name at a time with `gazetteer names rename … --waive RULE --reason`.

            Example:
              gazetteer names check --registry demo.gpkg --format csv --output 地名工作表.csv
              (fill in 复核结论, 备注, 更名为, 批准文号, 生效日期 in Excel)
              gazetteer names apply 地名工作表.csv --registry demo.gpkg --by 地名办
            """)

    @Argument(help: "The worklist: the CSV report of names check with the decision columns filled in (UTF-8 or GB18030).")
    var worklist: String

    @Option(name: .customLong("rules"), help: ArgumentHelp("The rule directory (default: data/names of the installation).", valueName: "dir"))
    var rules: String?

    @OptionGroup var write: ReviewWriteOptions

    func run() throws {
        let store = try write.registryOptions.open(readOnly: false)
        let table: CSVTable
        do { table = try CSVReader.read(path: worklist) } catch { throw error.exchangeError(file: worklist) }
        let application = try WorklistApplication(store: store)
        let parsed = WorklistDecisions(table, known: Set(application.seen.keys))
        var problems = parsed.problems
        // Each rename, checked against the names as the earlier renames of the file leave them.
        let checker = NameChecker(rules: try NameRuleSet(directory: try rules ?? NamesCheckCommand.bundledRules()))
        var names = try store.records(PlaceName.self)
        var renamings: [(rename: WorklistDecisions.Rename, renaming: NameRenaming, old: String)] = []
        for rename in parsed.renames {
            func problem(_ zh: String, _ en: String) { problems.append(.init(line: rename.line, reason: LocalizedText(zh: zh, en: en))) }
            guard let subjects = application.seen[rename.finding]?.subjects, subjects.count == 1,
                  let index = names.firstIndex(where: { $0.id == subjects[0] }) else {
                problem("问题 \(rename.finding) 不是针对单个登记地名的问题，无法更名", "finding \(rename.finding) is not about one registered place name: cannot rename")
                continue
            }
            let current = names[index]
            let renaming = NameRenaming(current, to: rename.newName, date: rename.effective, decision: rename.approval, others: names, checker: checker)
            guard renaming.findings.isEmpty else {
                let broken = renaming.findings.map { $0.message(write.messages.lang) }.joined(separator: "；")
                problem("新名称“\(rename.newName)”不符合规则：\(broken)", "the new name '\(rename.newName)' breaks rules: \(broken)")
                continue
            }
            renamings.append((rename, renaming, current.names.standard))
            names[index] = renaming.renamed
        }
        problems.sort { $0.line < $1.line }
        guard problems.isEmpty else { throw WorklistRefused(file: worklist, problems: problems) }
        let actor = write.actor.actor, day = write.day
        let counts = try store.write(command: commandLineForAudit, actor: actor) { transaction in
            let writer = RegistryWriter(transaction)
            for (rename, renaming, _) in renamings {
                _ = try writer.upsert(renaming.renamed.record, effective: rename.effective, decision: rename.approval)
            }
            let counts = try application.apply(parsed.decisions, in: transaction, on: day, actor: actor)
            try writer.finish()
            try transaction.setSummary("names worklist \(worklist): \(renamings.count) renamed, \(counts.accepted) accepted, \(counts.reopened) reopened")
            return counts
        }
        let zh = write.messages.lang == .zh
        for (rename, renaming, old) in renamings {
            print(zh ? "第 \(rename.line) 行：\(renaming.renamed.id) \(old) 更名为 \(rename.newName)（\(renaming.renamed.names.romanized ?? "")），自 \(rename.effective) 起，依据 \(rename.approval)。"
                     : "line \(rename.line): \(renaming.renamed.id) \(old) renamed \(rename.newName) (\(renaming.renamed.names.romanized ?? "")) from \(rename.effective), by \(rename.approval).")
        }
        print(zh ? "地名工作表已应用：更名 \(renamings.count)，接受 \(counts.accepted)，重新打开 \(counts.reopened)，未变 \(counts.unchanged)。"
                 : "Names worklist applied: \(renamings.count) renamed, \(counts.accepted) accepted, \(counts.reopened) reopened, \(counts.unchanged) unchanged.")
    }
}
