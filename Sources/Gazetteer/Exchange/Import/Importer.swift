/// How an import behaves.
public struct ImportOptions: Sendable {
    /// The day new versions start when a record has no `valid_from` of its own.
    public var effective: RegistryDate
    /// The decision (文件号) authorising the changes, recorded on each change event.
    public var decision: String?
    /// Write the good records and list the rejected ones in a file beside the input, instead of refusing the import.
    public var skipInvalid: Bool
    /// Repair invalid polygons (reported as warnings) instead of rejecting them.
    public var repairInvalid: Bool
    /// Validate only; write nothing.
    public var dryRun: Bool
    /// Where `skipInvalid` lists the rejected records; default `FILE.rejects.csv` beside the input.
    public var rejectsPath: String?
    /// Close the current records that the file no longer lists: for a new edition of a code list, where units that
    /// disappeared were abolished. Only records within ``retireScope`` are considered, and for units only those of a
    /// level the file holds (a village list retires villages, never townships).
    public var retireMissing = false
    /// Which records ``retireMissing`` may close: those whose key starts with a prefix ("1507" for Hulunbuir's
    /// codes) or, said explicitly, all. Required with ``retireMissing``: a one-unit file must not retire a whole layer.
    public var retireScope: RegistryWriter.RetireScope?
    /// Treat every record as complete (`--replace`): a field the input does not carry is cleared. By default an input
    /// record that updates a registered one changes only the fields it carries (an empty value clears a field).
    public var replace = false
    /// List what happens to each record in ``ImportResult/outcomes`` (for `--dry-run` reports).
    public var recordOutcomes = false
    /// The command line and the person, for the audit log.
    public var command: String
    public var actor: String
    /// Today, to warn about versions that start after it (a `--date 2062-01-01` for 2026-01-02 would hide the whole
    /// import from every query of today); `nil` to skip the warning. The library does not read the clock.
    public var today: RegistryDate?

    public init(effective: RegistryDate, decision: String? = nil, skipInvalid: Bool = false, repairInvalid: Bool = false,
                dryRun: Bool = false, command: String, actor: String) {
        self.effective = effective
        self.decision = decision
        self.skipInvalid = skipInvalid
        self.repairInvalid = repairInvalid
        self.dryRun = dryRun
        self.command = command
        self.actor = actor
    }
}

/// What an import did.
public struct ImportResult: Sendable {
    public var layer: Layer
    public var read = 0
    public var created = 0
    public var changed = 0
    public var unchanged = 0
    public var rejected = 0
    /// Records closed because the file no longer lists them (with ``ImportOptions/retireMissing``).
    public var retired = 0
    /// Every issue found, errors and warnings.
    public var issues: [ImportIssue] = []
    /// Where the rejected records were listed (with `skipInvalid`).
    public var rejectsFile: String?
    /// What happened (or, in a dry run, would happen) to each record, when ``ImportOptions/recordOutcomes`` is set.
    public var outcomes: [RecordOutcome] = []
    /// Whether nothing was written (``ImportOptions/dryRun``).
    public var dryRun = false
}

/// What an import did, or would do, to one record.
public struct RecordOutcome: Sendable, Equatable {
    /// What happened to a record.
    public enum Action: String, Sendable {
        case created, changed, unchanged, rejected, retired
    }
    /// Where the record is in the file ("features[3]", "line 17"); empty for a retired record, which the file lacks.
    public var position: String
    public var key: String
    public var action: Action
    /// The kinds of change, for a changed record.
    public var changes: [ChangeKind]

    public init(position: String, key: String, action: Action, changes: [ChangeKind] = []) {
        self.position = position
        self.key = key
        self.action = action
        self.changes = changes
    }
}

/// A retirement asked without saying which records it may close.
public struct RetireScopeMissing: Error, Sendable, CustomStringConvertible {
    public var description: String {
        "--retire-missing needs --scope PREFIX (e.g. --scope 1507) or --scope all: without it a file of one unit would retire every other"
    }
}

/// How far an import has got, for a progress display. Both are reported on the calling thread; the checking runs
/// ahead of the writing.
public enum ImportProgress: Sendable {
    /// Records read and checked.
    case checked(Int)
    /// Valid records written (in the still-open transaction), every thousand.
    case written(Int)
}

/// Imports one layer from a source into a registry: all or nothing.
///
/// Every record is validated, and the valid ones are written in one transaction: killed half-way, the registry is
/// exactly as it was. The two go on at once: a second thread reads and checks the file and hands the valid records,
/// in batches, to the calling thread, which writes them (``produceWhileConsuming(capacity:produce:consume:)``).
/// If any record has an error the writing stops, the checking goes on to the end so that every issue is listed, and
/// the transaction is rolled back (``ImportRefused``), unless `skipInvalid` is set. Memory stays bounded by the
/// batches in flight, whatever the file's size.
public enum Importer {
    /// Valid records handed from the checking thread to the writing thread at a time.
    static let batchSize = 1_024

    /// Runs the import.
    /// - Throws: ``ImportRefused`` with every issue when records are bad and `skipInvalid` is off;
    ///   ``ExchangeError`` when the file cannot be read; ``StoreError`` when the registry refuses a write.
    public static func run(_ source: ImportSource, layer: Layer, into store: any RegistryStore, options: ImportOptions,
                           progress: ((ImportProgress) -> Void)? = nil) throws -> ImportResult {
        if options.retireMissing && options.retireScope == nil { throw RetireScopeMissing() }
        let knownUnits = try store.keys(.units)
        let knownLines = try store.keys(.lines)
        let existing = try store.keys(layer)
        let validator = RecordValidator(layer: layer, repairInvalid: options.repairInvalid, knownUnits: knownUnits, knownLines: knownLines,
                                        existingKeys: existing, replace: options.replace, effective: options.effective, today: options.today)

        var result = ImportResult(layer: layer)
        result.dryRun = options.dryRun
        var written: [RecordOutcome] = []
        let checkedSource = UncheckedSendable(source)
        do {
            try store.writeVersions(command: options.command, actor: options.actor) { writer in
                var count = 0
                // Keys and levels written, for --retire-missing.
                var seen = Set<String>(), levels = Set<String>()
                var later = LaterStarts()
                func store(_ record: RegistryRecord, at position: String) throws {
                    let outcome = try writer.upsert(record, effective: options.effective, decision: options.decision)
                    if let today = options.today, outcome != .unchanged {
                        later.note(record, at: position, effective: options.effective, today: today)
                    }
                    let action: RecordOutcome.Action
                    var kinds: [ChangeKind] = []
                    switch outcome {
                    case .created: result.created += 1; action = .created
                    case .changed(let k): result.changed += 1; action = .changed; kinds = k
                    case .unchanged: result.unchanged += 1; action = .unchanged
                    }
                    if options.recordOutcomes {
                        written.append(RecordOutcome(position: position, key: record.key, action: action, changes: kinds))
                    }
                    // What retirement spares: only kept when it will run.
                    if options.retireMissing {
                        seen.insert(record.key)
                        if let level = record.fields["level"]?.description { levels.insert(level) }
                    }
                    count += 1
                    if count % 1000 == 0 { progress?(.written(count)) }
                }
                let checked = try writer.bulkWrite(layer) { () throws -> CheckPass in
                    var checked = try produceWhileConsuming(
                        produce: { send in try CheckPass.run(source: checkedSource, validator: validator, options: options, send: send) },
                        consume: { (batch: [CheckedRecord]) in
                            progress?(.checked(batch[batch.count - 1].read))
                            for item in batch { try store(item.record, at: item.position) }
                        })
                    checked.issues += unknownParents(checked.parents, known: knownUnits, alsoKnown: checked.fileKeys, file: source.file)
                    if let today = options.today { checked.issues += later.warning(today: today) }
                    // Refused: thrown inside the transaction, which rolls back what was written before the first bad
                    // record was found (and skips filling the index).
                    if checked.rejected > 0 && !options.skipInvalid {
                        throw ImportRefused(file: source.file, issues: checked.issues, recordCount: checked.read)
                    }
                    return checked
                }
                progress?(.checked(checked.read))
                result.read = checked.read
                result.rejected = checked.rejected
                result.issues = checked.issues
                if options.recordOutcomes { result.outcomes = checked.rejectedOutcomes + written }
                if result.rejected > 0 {
                    result.rejectsFile = try writeRejects(result.issues.filter { $0.severity == .error },
                                                          to: options.rejectsPath ?? source.file + ".rejects.csv")
                }
                if options.retireMissing, let scope = options.retireScope {
                    // A record refused for a fault is still listed in the file: it must not count as missing.
                    seen.formUnion(checked.rejectedKeys)
                    let retired = try writer.retire(
                        layer, except: seen, levels: layer == .units ? levels : nil, scope: scope,
                        on: options.effective, decision: options.decision)
                    result.retired = retired.count
                    if options.recordOutcomes {
                        result.outcomes += retired.map { RecordOutcome(position: "", key: $0, action: .retired) }
                    }
                }
                // A dry run does all the work, then rolls it back: it reports exactly what the import would do.
                if options.dryRun { throw DryRunRollback() }
            }
        } catch is DryRunRollback {}
        return result
    }

    /// Thrown at the end of a dry run's transaction so that the store rolls everything back.
    private struct DryRunRollback: Error {}

    /// The records of an import whose new version starts after today (their `valid_from`, else the import's
    /// `--date`): counted, with the first, for one warning. Dating a version ahead is allowed (a decision may take
    /// effect next month), but it hides the version from every query of today, so the user is told.
    struct LaterStarts {
        private(set) var count = 0
        private(set) var first: (position: String, start: RegistryDate)?

        mutating func note(_ record: RegistryRecord, at position: String, effective: RegistryDate, today: RegistryDate) {
            let start = record.fields["valid_from"].flatMap { RegistryDate($0.description) } ?? effective
            guard start > today else { return }
            count += 1
            if first == nil { first = (position, start) }
        }

        /// The warning, or none when every version starts by today.
        func warning(today: RegistryDate) -> [ImportIssue] {
            guard let first else { return [] }
            return [ImportIssue(.warning, position: first.position, key: nil, field: "valid_from", reason: LocalizedText(
                zh: "\(count) 条记录的新版本在今天（\(today)）之后才生效（如 \(first.position) 自 \(first.start) 起）：今天的查询看不到它们；若非有意，请检查 --date 或 valid_from",
                en: "\(count) records get versions that start after today (\(today)) (e.g. \(first.position) from \(first.start)): no query of today shows them; if that is not meant, check --date or valid_from"))]
        }
    }

    /// A warning for units whose parent is neither registered nor in the file, though units of the parent's level
    /// are: with the count and a sample, since a code list of one edition often points at codes of another (9- and
    /// 12-digit township codes are normalised, see ``AdminCode``; other mismatches are the user's to resolve). A parent
    /// of a level the registry does not keep at all (the city above its counties) is normal and not reported.
    static func unknownParents(_ parents: [String: String], known: Set<String>, alsoKnown: Set<String> = [], file: String) -> [ImportIssue] {
        guard !parents.isEmpty else { return [] }
        // The levels kept, from the codes of both sets (no union of two large sets is made), until all are seen.
        var keptLevels = Set<AdminLevel>()
        for codes in [known, alsoKnown] {
            for code in codes {
                if let level = AdminLevel(code: code) { keptLevels.insert(level) }
                if keptLevels.count == AdminLevel.allCases.count { break }
            }
        }
        let missing = parents.filter { !known.contains($0.key) && !alsoKnown.contains($0.key) && AdminLevel(code: $0.key).map(keptLevels.contains) == true }
            .sorted { $0.key < $1.key }
        guard !missing.isEmpty else { return [] }
        let sample = missing.prefix(5).map(\.key).joined(separator: ", ")
        return [ImportIssue(.warning, position: missing[0].value, key: nil, field: "parent",
                            reason: LocalizedText(zh: "\(missing.count) 个上级代码既不在登记册中也不在文件中（如 \(sample)）：请先导入上级区划",
                                                  en: "\(missing.count) parent codes are neither in the registry nor in the file (e.g. \(sample)): import the parent units first"))]
    }

    /// Lists rejected records in `path` (UTF-8 with BOM, for Excel): position, key, field, reason.
    /// - Throws: ``OutputError`` when the list cannot be written; no partial file is left then.
    static func writeRejects(_ issues: [ImportIssue], to path: String) throws(OutputError) -> String {
        let output = try TextOutput(path: path)
        var writer = CSVWriter()
        writer.writeRecord(["position", "key", "field", "reason", "原因"])
        for issue in issues {
            writer.writeRecord([issue.position, issue.key ?? "", issue.field ?? "", issue.reason.en, issue.reason.zh])
        }
        // A failed write or finish abandons the output itself (temporary file removed).
        try output.write(bytes: writer.takeBytes())
        try output.finish()
        return path
    }
}
