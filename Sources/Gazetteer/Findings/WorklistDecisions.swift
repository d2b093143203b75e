/// The decisions a reviewer wrote into a findings worklist (the CSV report, opened and filled in Excel).
///
/// Each row names a finding by its id (`编号`/`id` column). The decision column (`复核结论…`/`decision…`) holds
/// `接受`/`accept` (accept the finding as an exception; the note column `备注`/`note` must say why), `不接受`/`reject`
/// (withdraw an acceptance; a finding that is not accepted stays open), or nothing (no decision, the row is skipped).
/// The reviewer column (`复核人`/`reviewer`) names who decided. Every malformed row is reported with its line, so
/// a worklist is applied whole or not at all.
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
    }

    public private(set) var decisions: [Decision] = []
    public private(set) var problems: [Problem] = []

    static let accept: Set<String> = ["接受", "接受例外", "例外", "accept", "accepted"]
    static let reject: Set<String> = ["不接受", "拒绝", "重开", "reject", "rejected", "reopen"]

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
        var seen: [String: Int] = [:]
        for record in table.records {
            let id = (header.value(idColumn, in: record) ?? "").trimmedWhitespace
            let word = (header.value(decisionColumn, in: record) ?? "").trimmedWhitespace.lowercased()
            guard !word.isEmpty else { continue }
            let note = noteColumn.flatMap { header.value($0, in: record) }?.trimmedWhitespace ?? ""
            func problem(_ zh: String, _ en: String) { problems.append(Problem(line: record.line, reason: LocalizedText(zh: zh, en: en))) }
            let status: FindingReview.Status
            if Self.accept.contains(word) { status = .accepted } else if Self.reject.contains(word) { status = .reopened } else {
                problem("复核结论“\(word)”无法识别：请填“接受”或“不接受”（accept/reject）",
                        "decision '\(word)' is not one of accept (接受) or reject (不接受)")
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
            if status == .accepted && note.isEmpty {
                problem("接受 \(id) 须在“备注”列写明理由", "accepting \(id) needs a reason in the note column")
                continue
            }
            decisions.append(Decision(line: record.line, finding: id, status: status, reason: note.isEmpty ? "worklist" : note,
                                      reviewer: reviewerColumn.flatMap { header.value($0, in: record) }.flatMap { $0.isEmpty ? nil : $0 }))
        }
    }
}
