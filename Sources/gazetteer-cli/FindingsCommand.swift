import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// `gazetteer findings …`: the review of findings — accepted exceptions that persist across runs.
struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "Review findings: accept known exceptions (例外), reopen them, list them.",
        discussion: """
            Every finding has a stable id (F- and 12 hex digits) made from its code, its subjects and its location \
            rounded to about 1 m, so the same fact found again has the same id. A check run with --registry R \
            remembers its findings there; accept one by id, with a reason and the decision that allows it, and later \
            runs of the check show it apart as an accepted exception that does not set the exit status. If one of \
            its subjects changes (a new version of the unit, line, marker or name) or its --until day passes, it is \
            reopened automatically and the report says why. Reviews are versioned: nothing is deleted, and every \
            review is in the audit log.

            Examples:
              gazetteer geometry validate units.geojson --registry demo.gpkg
              gazetteer findings list --registry demo.gpkg
              gazetteer findings accept F-3f9a0c1b77de --reason "加格达奇区为黑龙江管辖的飞地" \\
                  --decision 国函〔1970〕号 --registry demo.gpkg
              gazetteer findings reopen F-3f9a0c1b77de --reason "重新核查" --registry demo.gpkg
              gazetteer geometry validate units.geojson --registry demo.gpkg --format csv --output worklist.csv
              gazetteer findings apply worklist.csv --registry demo.gpkg
            """,
        subcommands: [FindingsAcceptCommand.self, FindingsReopenCommand.self, FindingsListCommand.self, FindingsApplyCommand.self]
    )
}

/// `gazetteer findings accept ID`.
struct FindingsAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept a finding as an exception, with a reason (and the decision that allows it).")

    @Argument(help: "The finding's id, as reports show it (F-…); or name it with --code and --subject.")
    var finding: String?

    @Option(help: "With --subject, instead of an id: the code of the finding to accept, e.g. line.off-edge.")
    var code: String?

    @Option(help: "With --code: a subject of the finding (a unit code, line code, marker number, name id).")
    var subject: String?

    @Option(help: "Why the finding is accepted.")
    var reason: String

    @Option(help: "The decision (文号) that allows the exception.")
    var decision: String?

    @Option(help: "The last day the acceptance holds (YYYY-MM-DD); default: until reopened.")
    var until: String?

    @OptionGroup var write: ReviewWriteOptions

    func validate() throws {
        if let until { _ = try recordedDate(until, option: "--until") }
        if reason.trimmedWhitespace.isEmpty { throw ValidationError("--reason must say why the finding is accepted") }
        if (finding == nil) == (code == nil || subject == nil) {
            throw ValidationError("Name the finding by its id, or by --code and --subject (not both)")
        }
    }

    func run() throws {
        var id = finding ?? ""
        if finding == nil, let code, let subject {
            let store = try write.registryOptions.open(readOnly: true)
            let matches = try store.seenFindings().filter { $0.code == code && $0.subjects.contains(subject) }
            guard matches.count == 1 else {
                throw InputError(text: LocalizedText(
                    zh: "代码 \(code)、对象 \(subject) 的问题有 \(matches.count) 个\(matches.isEmpty ? "" : "（\(matches.map(\.finding).joined(separator: "、"))）")：请用编号指明",
                    en: "\(matches.count) findings have code \(code) and subject \(subject)\(matches.isEmpty ? "" : " (\(matches.map(\.finding).joined(separator: ", ")))"): name one by its id"))
            }
            id = matches[0].finding
        }
        try FindingsReview.put(id, status: .accepted, reason: reason, decision: decision, until: until.flatMap(RegistryDate.init),
                               options: write)
    }
}

/// `gazetteer findings reopen ID`.
struct FindingsReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Withdraw an acceptance: the finding counts again.")

    @Argument(help: "The finding's id (F-…).")
    var finding: String

    @Option(help: "Why the acceptance is withdrawn.")
    var reason: String

    @OptionGroup var write: ReviewWriteOptions

    func validate() throws {
        if reason.trimmedWhitespace.isEmpty { throw ValidationError("--reason must say why the acceptance is withdrawn") }
    }

    func run() throws {
        try FindingsReview.put(finding, status: .reopened, reason: reason, decision: nil, until: nil, options: write)
    }
}

/// `gazetteer findings apply WORKLIST.csv`.
struct FindingsApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply a reviewed worklist (the CSV report with its decision column filled in) in one transaction.",
        discussion: """
            Each row with a decision is applied: 接受/accept accepts the finding as an exception (the note column \
            says why), 不接受/reject withdraws an acceptance. Rows without a decision are skipped. If any row is \
            malformed or names a finding the registry has not seen, the whole file is refused with the line numbers \
            and nothing is written (exit 3).
            """)

    @Argument(help: "The worklist: a CSV report (--format csv) with the decision column filled in (UTF-8 or GB18030).")
    var worklist: String

    @OptionGroup var write: ReviewWriteOptions

    func run() throws {
        let store = try write.registryOptions.open(readOnly: false)
        let messages = write.messages, actor = write.actor
        let table: CSVTable
        do { table = try CSVReader.read(path: worklist) } catch { throw error.exchangeError(file: worklist) }
        let application = try WorklistApplication(store: store)
        var parsed = WorklistDecisions(table, known: Set(application.seen.keys))
        parsed.refuseRenames()
        let zh = messages.lang == .zh
        guard parsed.problems.isEmpty else { throw WorklistRefused(file: worklist, problems: parsed.problems) }
        let day = write.day
        let counts = try store.write(command: commandLineForAudit, actor: actor.actor) { transaction in
            let counts = try application.apply(parsed.decisions, in: transaction, on: day, actor: actor.actor)
            try transaction.setSummary("worklist \(worklist): \(counts.accepted) accepted, \(counts.reopened) reopened")
            return counts
        }
        let (accepted, reopened, unchanged) = (counts.accepted, counts.reopened, counts.unchanged)
        print(zh ? "复核清单已应用：接受 \(accepted)，重新打开 \(reopened)，未变 \(unchanged)。"
                 : "Worklist applied: \(accepted) accepted, \(reopened) reopened, \(unchanged) unchanged.")
    }
}

/// A worklist refused whole: every problem with its line; the registry is unchanged.
struct WorklistRefused: Error, UserFacingError {
    var file: String
    var problems: [WorklistDecisions.Problem]
    var failureKind: FailureKind { .input }

    func message(_ language: Language, verbose: Bool) -> String {
        let head = language == .zh ? "复核清单被拒绝：\(file) 中有 \(problems.count) 处问题，登记册未作任何修改。"
            : "Worklist refused: \(problems.count) problem(s) in \(file); the registry is unchanged."
        return ([head] + problems.map { "  line \($0.line): " + $0.reason.text(language) }).joined(separator: "\n")
    }
}

/// What every review command needs: the registry, who decides, the day it takes effect, and the message language.
struct ReviewWriteOptions: ParsableArguments {
    @Option(help: "The day the review takes effect (YYYY-MM-DD; default: today).")
    var date: String?

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if let date { _ = try recordedDate(date) }
    }

    /// The day given with `--date`, else today.
    var day: RegistryDate { date.flatMap(RegistryDate.init) ?? today }
}

/// Writes one review, refusing ids no check has reported and reopenings of findings that are not accepted.
enum FindingsReview {
    static func put(_ id: String, status: FindingReview.Status, reason: String, decision: String?, until: RegistryDate?,
                    options: ReviewWriteOptions) throws {
        let registryOptions = options.registryOptions, actor = options.actor.actor, language = options.messages.lang, date = options.day
        let store = try registryOptions.open(readOnly: false)
        guard let seen = try store.seenFindings().first(where: { $0.finding == id }) else {
            throw InputError(text: LocalizedText(
                zh: "登记册中没有问题 \(id)：请先用 --registry \(registryOptions.registry) 运行检查，再按报告中的编号接受。",
                en: "The registry has no finding \(id): run the check with --registry \(registryOptions.registry) first, then use an id from its report."))
        }
        let current = try store.findingReviews(asOf: nil).first { $0.finding == id }
        if status == .reopened && current?.status != .accepted {
            throw InputError(text: LocalizedText(zh: "问题 \(id) 并未被接受，无需重新打开。", en: "Finding \(id) is not accepted; there is nothing to reopen."))
        }
        let versions = status == .accepted ? try FindingReviews.subjectVersions(seen.subjects, in: store) : current?.subjectVersions ?? [:]
        let review = FindingReview(finding: id, code: seen.code, subjects: seen.subjects, status: status, reason: reason,
                                   decision: decision, until: until, subjectVersions: versions, actor: actor)
        try store.write(command: commandLineForAudit, actor: actor) { transaction in
            try transaction.putReview(review, on: date)
            try transaction.setSummary("finding \(id) \(status.rawValue): \(reason)")
        }
        let zh = language == .zh
        switch status {
        case .accepted:
            print(zh ? "已接受例外 \(id)（\(seen.code)，对象 \(seen.subjects.joined(separator: "、"))）：\(reason)"
                     : "Accepted exception \(id) (\(seen.code), subjects \(seen.subjects.joined(separator: ", "))): \(reason)")
        case .reopened:
            print(zh ? "已重新打开 \(id)：\(reason)" : "Reopened \(id): \(reason)")
        }
    }
}

/// `gazetteer findings list`.
struct FindingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the findings checks have reported on the registry, with their review status.")

    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case open, accepted, all
    }

    @Option(help: "Which findings: open, accepted or all.")
    var status: StatusFilter = .all

    @Option(help: "Only codes starting with this prefix, e.g. coverage. or name.")
    var code: String?

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try registryOptions.open(readOnly: true)
        let reviews = Dictionary(try store.findingReviews(asOf: try asOf.date).map { ($0.finding, $0) }, uniquingKeysWith: { a, _ in a })
        let zh = output.lang == .zh
        let rows = try store.seenFindings().filter { seen in
            if let code, !seen.code.hasPrefix(code) { return false }
            let accepted = reviews[seen.finding]?.status == .accepted
            switch status {
            case .open: return !accepted
            case .accepted: return accepted
            case .all: return true
            }
        }
        if output.format == .json {
            print(JSONWriter.serialize(.array(rows.map { seen in
                let review = reviews[seen.finding]
                return .object(JSONObject([
                    ("id", .string(seen.finding)), ("code", .string(seen.code)), ("severity", .string(seen.severity.rawValue)),
                    ("subjects", .array(seen.subjects.map(JSONValue.string))), ("message", .string(seen.message.text(output.lang))),
                    ("status", .string(review?.status == .accepted ? "accepted" : "open")),
                    ("reason", review.map { .string($0.reason) } ?? .null), ("decision", review?.decision.map(JSONValue.string) ?? .null),
                    ("until", review?.until.map { .string($0.description) } ?? .null), ("last_seen", .string(seen.lastSeen)),
                ]))
            })))
            return
        }
        var table = TextTable(headers: zh ? ["编号", "状态", "代码", "对象", "说明", "理由"] : ["id", "status", "code", "subjects", "message", "reason"])
        for seen in rows {
            let review = reviews[seen.finding].flatMap { $0.status == .accepted ? $0 : nil }
            table.append([seen.finding, review == nil ? (zh ? "未处理" : "open") : (zh ? "已接受" : "accepted"), seen.code,
                          seen.subjects.joined(separator: ","), seen.message.text(output.lang), review?.reason ?? ""])
        }
        print(table.render(), terminator: "")
        print(zh ? "共 \(rows.count) 个问题。" : "\(rows.count) finding(s).")
    }
}
