/// Why a round command refused: a bad round, an unknown line or round, a closed round, a malformed field file.
///
/// Nothing is written when one of these is thrown: the checks run before the registry's transaction begins, or
/// inside it, which then rolls back.
public enum RoundError: Error, Equatable, UserFacingError {
    /// No line with this code is registered.
    case unknownLine(String)
    /// The year is not a plausible one.
    case badYear(Int)
    /// The ordinal is below 1.
    case badOrdinal(Int)
    /// Fewer than two parties, or an empty one.
    case badParties(String)
    /// The line already has a round with this ordinal.
    case duplicateOrdinal(line: String, ordinal: Int, existing: String)
    /// No round with this id.
    case unknownRound(String)
    /// The round is closed: it takes no more observations and cannot be closed again.
    case closed(String, on: RegistryDate, decision: String?)
    /// The field file's problems, each with its record ("line 7: …"); nothing of the file was written.
    case malformedObservations(file: String, problems: [LocalizedText])
    /// The round has no observations to compare or close.
    case noObservations(String)

    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        text.text(language)
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .unknownLine(let code):
            return LocalizedText(zh: "登记册中没有界线 \(code)（用 gazetteer list lines 查看已登记的界线）",
                                 en: "no line '\(code)' is registered (gazetteer list lines shows the registered lines)")
        case .badYear(let year):
            return LocalizedText(zh: "年份 \(year) 不合理：应在 \(InspectionRound.plausibleYears.lowerBound)–\(InspectionRound.plausibleYears.upperBound) 之间",
                                 en: "year \(year) is not plausible: expected \(InspectionRound.plausibleYears.lowerBound)–\(InspectionRound.plausibleYears.upperBound)")
        case .badOrdinal(let ordinal):
            return LocalizedText(zh: "联检次序 \(ordinal) 无效：应为 1 或更大", en: "ordinal \(ordinal) is not valid: expected 1 or more")
        case .badParties(let text):
            return LocalizedText(zh: "参加方“\(text)”无效：应为逗号分隔的至少两方，如 \"内蒙古自治区,黑龙江省\"",
                                 en: "parties '\(text)' are not valid: expected at least two, comma-separated, e.g. \"内蒙古自治区,黑龙江省\"")
        case .duplicateOrdinal(let line, let ordinal, let existing):
            return LocalizedText(zh: "界线 \(line) 已有第 \(ordinal) 次联检（\(existing)）", en: "line \(line) already has round \(ordinal) (\(existing))")
        case .unknownRound(let id):
            return LocalizedText(zh: "没有联检轮次 \(id)（轮次编号形如 1523-4：界线代码-次序）",
                                 en: "no inspection round '\(id)' (round ids look like 1523-4: line code-ordinal)")
        case .closed(let id, let day, let decision):
            let ref = decision.map { "（\($0)）" } ?? ""
            return LocalizedText(zh: "联检轮次 \(id) 已于 \(day) 关闭\(ref)，不再接受导入或再次关闭",
                                 en: "round \(id) was closed on \(day)\(decision.map { " (\($0))" } ?? ""); it takes no more imports and cannot be closed again")
        case .malformedObservations(let file, let problems):
            let zh = problems.prefix(50).map { "  " + $0.zh }.joined(separator: "\n")
            let en = problems.prefix(50).map { "  " + $0.en }.joined(separator: "\n")
            let more = problems.count > 50 ? problems.count - 50 : 0
            return LocalizedText(
                zh: "\(file)：\(problems.count) 处错误，未写入任何观测：\n\(zh)" + (more > 0 ? "\n  ……另有 \(more) 处" : ""),
                en: "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s"), nothing written:\n\(en)" + (more > 0 ? "\n  … and \(more) more" : ""))
        case .noObservations(let id):
            return LocalizedText(zh: "联检轮次 \(id) 尚无观测（先用 gazetteer inspect round import 导入）",
                                 en: "round \(id) has no observations yet (import them with gazetteer inspect round import)")
        }
    }
}
