/// The reports of an import: what it did (with its warnings), or why it was refused.
extension ImportResult {
    /// The report of a completed (or dry-run) import of `file`: its warnings and rejected records as findings
    /// (notes left out, as the terminal always did), its counts as totals, and the sentence that sums it up.
    public func report(file: String, dryRun: Bool, retireMissing: Bool) -> FindingReport {
        let prefix = dryRun ? LocalizedText(zh: "（试运行，未写入：以下为将要发生的变化）", en: "(dry run, nothing written: what the import would do) ")
                            : LocalizedText(zh: "", en: "")
        var zh = "\(prefix.zh)\(layer.chinese)：读取 \(read) 条，新增 \(created)，变更 \(changed)，未变 \(unchanged)，拒绝 \(rejected)"
            + (retireMissing ? "，撤销 \(retired)。" : "。")
        var en = "\(prefix.en)\(layer.rawValue): \(read) read, \(created) created, \(changed) changed, \(unchanged) unchanged, \(rejected) rejected"
            + (retireMissing ? ", \(retired) retired." : ".")
        if let rejectsFile {
            zh += "\n被拒记录见 \(rejectsFile)"
            en += "\nRejected records are listed in \(rejectsFile)"
        }
        func count(_ key: String, _ zh: String, _ value: Int) -> FindingSummary.Total {
            .init(key: key, label: LocalizedText(zh: zh, en: key), quantity: .count(value))
        }
        var totals = [count("read", "读取", read), count("created", "新增", created), count("changed", "变更", changed),
                      count("unchanged", "未变", unchanged), count("rejected", "拒绝", rejected)]
        if retireMissing { totals.append(count("retired", "撤销", retired)) }
        var report = FindingReport(
            title: LocalizedText(zh: "导入\(layer.chinese)", en: "Import of \(layer.rawValue)"), source: file,
            findings: issues.filter { $0.severity != .info }.map { $0.finding(file: file) } + outcomes.map { $0.finding(file: file) },
            checked: read, totals: totals, statement: LocalizedText(zh: zh, en: en))
        report.summary.statementIncludesTotals = true
        return report
    }
}

extension RecordOutcome {
    /// The outcome as an `import.record-outcome` finding (info severity: a preview, not a problem).
    public func finding(file: String) -> Finding {
        let actionText: LocalizedText = switch action {
        case .created: LocalizedText(zh: "将新增", en: "would be created")
        case .changed: LocalizedText(zh: "将变更", en: "would change")
        case .unchanged: LocalizedText(zh: "不变", en: "unchanged")
        case .rejected: LocalizedText(zh: "将被拒", en: "would be rejected")
        case .retired: LocalizedText(zh: "将撤销（文件中已无此记录）", en: "would be retired (the file no longer lists it)")
        }
        let kinds = changes.map(\.rawValue).joined(separator: ", ")
        let zhKinds = changes.map(\.chinese).joined(separator: "、")
        let record = position.isEmpty ? key : "\(position) (\(key))"
        return Finding(.importRecordOutcome, subjects: [key], file: file, record: position.isEmpty ? nil : position,
                       values: ["record": .text(record), "action": .localized(actionText), "outcome": .text(action.rawValue),
                                "changes": .localized(LocalizedText(zh: changes.isEmpty ? "" : "（\(zhKinds)）",
                                                                    en: changes.isEmpty ? "" : " (\(kinds))"))])
    }
}

extension ImportRefused {
    /// The report of a refused import: every error and warning as a finding, and the refusal in a sentence.
    public var report: FindingReport {
        let errors = issues.filter { $0.severity == .error }.count
        return FindingReport(
            title: LocalizedText(zh: "导入被拒绝", en: "Import refused"), source: file,
            findings: issues.filter { $0.severity != .info }.map { $0.finding(file: file) }, checked: recordCount,
            statement: LocalizedText(
                zh: "导入被拒绝：\(file) 的 \(recordCount) 条记录中发现 \(errors) 个问题，登记册未作任何修改。",
                en: "Import refused: \(errors) problem(s) in \(recordCount) record(s) of \(file); the registry is unchanged."))
    }
}
