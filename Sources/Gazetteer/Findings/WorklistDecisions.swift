/// The decisions a reviewer wrote into a findings worklist (the CSV report, opened and filled in Excel).
///
/// Each row names a finding by its id (`编号`/`id` column). The decision column (`复核结论…`/`decision…`) holds
/// `接受`/`accept` (accept the finding as an exception; the note column `备注`/`note` must say why), `不接受`/`reject`
/// (withdraw an acceptance; a finding that is not accepted stays open), or nothing (no decision, the row is skipped).
/// The reviewer column (`复核人`/`reviewer`) names who decided. Every malformed row is reported with its line, so
/// a worklist is applied whole or not at all.
///
/// A name worklist (``Rename/columns``) may also ask for a rename: `更名`/`rename` in the decision column (or the
/// decision left empty) with the new name in `更名为`, the approving decision in `批准文号` and the day in `生效日期`.
/// Those rows are collected in ``renames`` for `gazetteer names apply`; `gazetteer findings apply` refuses them.
public struct WorklistDecisions: Sendable {
    /// One decision.
    public struct Decision: Sendable, Equatable {
        public var line: Int
        public var finding: String
        public var status: FindingReview.Status
        public var reason: String
        public var reviewer: String?
    }

    /// One problem, with the line it is on.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var reason: LocalizedText

        /// A problem on `line`.
        public init(line: Int, reason: LocalizedText) {
            self.line = line
            self.reason = reason
        }
    }

    /// A rename a reviewer asked for in a name worklist.
    public struct Rename: Sendable, Equatable {
        public var line: Int
        /// The finding of the row (its subject is the place name to rename).
        public var finding: String
        public var newName: String
        /// The decision (文号) that approves the rename.
        public var approval: String
        public var effective: RegistryDate
        public var reviewer: String?

        /// The worklist columns a rename is written in, as the name check's CSV report adds them.
        public static let columns = [LocalizedText(zh: "更名为", en: "rename to"), LocalizedText(zh: "批准文号", en: "approved by"),
                                     LocalizedText(zh: "生效日期", en: "effective")]
    }

    public private(set) var decisions: [Decision] = []
    public private(set) var renames: [Rename] = []
    public private(set) var problems: [Problem] = []

    static let accept: Set<String> = ["接受", "接受例外", "例外", "accept", "accepted"]
    static let reject: Set<String> = ["不接受", "拒绝", "重开", "reject", "rejected", "reopen"]
    static let rename: Set<String> = ["更名", "rename"]

    /// The decisions of `table`, checking each id against `known` (the findings the registry has seen).
    public init(_ table: CSVTable, known: Set<String>) {
        guard let header = table.header else {
            problems.append(Problem(line: 1, reason: LocalizedText(zh: "没有表头行", en: "no header row")))
            return
        }
        func column(_ prefixes: [String]) -> String? {
            header.names.first { name in prefixes.contains { name.lowercased().hasPrefix($0) } }
        }
        guard let idColumn = column(["编号", "id"]), let decisionColumn = column(["复核结论", "decision"]) else {
            problems.append(Problem(line: 1, reason: LocalizedText(
                zh: "表头须有“编号”和“复核结论”两列（即 --format csv 的问题清单）",
                en: "the header needs the columns 'id' and 'decision' (a worklist written by --format csv)")))
            return
        }
        let noteColumn = column(["备注", "note"]), reviewerColumn = column(["复核人", "reviewer"])
        let renameColumns = Rename.columns.map { column([$0.zh, $0.en]) }
        var seen: [String: Int] = [:]
        for record in table.records {
            let id = (header.value(idColumn, in: record) ?? "").trimmedWhitespace
            var word = (header.value(decisionColumn, in: record) ?? "").trimmedWhitespace.lowercased()
            let renameFields = renameColumns.map { c in c.flatMap { header.value($0, in: record) }?.trimmedWhitespace ?? "" }
            if word.isEmpty && !renameFields[0].isEmpty { word = "更名" }
            guard !word.isEmpty else { continue }
            let note = noteColumn.flatMap { header.value($0, in: record) }?.trimmedWhitespace ?? ""
            let reviewer = reviewerColumn.flatMap { header.value($0, in: record) }.flatMap { $0.isEmpty ? nil : $0 }
            func problem(_ zh: String, _ en: String) { problems.append(Problem(line: record.line, reason: LocalizedText(zh: zh, en: en))) }
            let status: FindingReview.Status?
            if Self.accept.contains(word) { status = .accepted } else if Self.reject.contains(word) { status = .reopened }
            else if Self.rename.contains(word) { status = nil } else {
                problem("复核结论“\(word)”无法识别：请填“接受”“不接受”或“更名”（accept/reject/rename）",
                        "decision '\(word)' is not one of accept (接受), reject (不接受) or rename (更名)")
                continue
            }
            guard known.contains(id) else {
                problem("登记册中没有问题 \(id.isEmpty ? "（空编号）" : id)", "the registry has no finding \(id.isEmpty ? "(empty id)" : id)")
                continue
            }
            if let first = seen[id] {
                problem("问题 \(id) 已在第 \(first) 行作出结论", "finding \(id) already has a decision on line \(first)")
                continue
            }
            seen[id] = record.line
            guard let status else {
                let (newName, approval, effective) = (renameFields[0], renameFields[1], renameFields[2])
                guard !newName.isEmpty else { problem("更名须在“更名为”列写明新名称", "a rename needs the new name in the 'rename to' column"); continue }
                guard !approval.isEmpty else { problem("更名须在“批准文号”列写明批准文号", "a rename needs the approving decision in the 'approved by' column"); continue }
                guard let day = RegistryDate(effective), RegistryDate.recordable.contains(day) else {
                    problem("“生效日期”须为 1900—2099 年间 YYYY-MM-DD 格式的日期（现为“\(effective)”）",
                            "'effective' must be a day as YYYY-MM-DD within 1900–2099 (it is '\(effective)')")
                    continue
                }
                renames.append(Rename(line: record.line, finding: id, newName: newName, approval: approval, effective: day, reviewer: reviewer))
                continue
            }
            if status == .accepted && note.isEmpty {
                problem("接受 \(id) 须在“备注”列写明理由", "accepting \(id) needs a reason in the note column")
                continue
            }
            decisions.append(Decision(line: record.line, finding: id, status: status, reason: note.isEmpty ? "worklist" : note,
                                      reviewer: reviewer))
        }
    }

    /// Turns every rename row into a problem: for commands that apply reviews only (`gazetteer findings apply`).
    public mutating func refuseRenames() {
        for rename in renames {
            problems.append(Problem(line: rename.line, reason: LocalizedText(
                zh: "更名请用 gazetteer names apply 应用", en: "apply renames with gazetteer names apply")))
        }
        problems.sort { $0.line < $1.line }
        renames = []
    }
}
