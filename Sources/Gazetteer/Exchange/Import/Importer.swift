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
    /// A key prefix limiting ``retireMissing``, e.g. "1507" for Hulunbuir's codes; nil for the whole layer.
    public var retireScope: String?
    /// How many valid records the first pass keeps for the second; beyond this the file is read and checked again,
    /// so memory stays bounded whatever the file's size.
    public var keptRecordLimit = 200_000
    /// The command line and the person, for the audit log.
    public var command: String
    public var actor: String

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
}

/// How far an import has got, for a progress display.
public enum ImportProgress: Sendable {
    /// Records checked in the first pass.
    case checked(Int)
    /// Records written in the second pass.
    case written(Int)
}

/// Imports one layer from a source into a registry: all or nothing.
///
/// The first pass validates every record and writes nothing; if any record has an error the import is refused with
/// every issue listed (``ImportRefused``), unless `skipInvalid` is set. The second pass writes the valid records in
/// one transaction: killed half-way, the registry is exactly as it was. The second pass reuses the records the first
/// kept, or, for a file of more than ``ImportOptions/keptRecordLimit`` records, reads and checks the source again.
public enum Importer {
    /// Runs the import.
    /// - Throws: ``ImportRefused`` with every issue when records are bad and `skipInvalid` is off;
    ///   ``ExchangeError`` when the file cannot be read; ``StoreError`` when the registry refuses a write.
    public static func run(_ source: ImportSource, layer: Layer, into registry: Registry, options: ImportOptions,
                           progress: ((ImportProgress) -> Void)? = nil) throws -> ImportResult {
        let knownUnits = try registry.keys(.units)
        let knownLines = try registry.keys(.lines)
        let validator = RecordValidator(layer: layer, repairInvalid: options.repairInvalid, knownUnits: knownUnits, knownLines: knownLines)

        var result = ImportResult(layer: layer)
        var check = validator.stream()
        // The valid records are kept from the first pass so the second need not read and check them again, unless
        // there are too many to hold: then the second pass streams the file again, in constant memory.
        var kept: [RegistryRecord]? = []
        var rejectedKeys = Set<String>()
        try source.forEachCandidate { candidate in
            result.read += 1
            let (record, issues) = check.validate(candidate)
            if let record {
                if kept != nil { kept!.append(record) }
                if (kept?.count ?? 0) > options.keptRecordLimit { kept = nil }
            } else {
                result.rejected += 1
                // A record refused for a fault is still listed in the file: it must not count as missing.
                if let key = candidate.values[layer.keyField].flatMap(RecordValidator.text) { rejectedKeys.insert(key) }
            }
            result.issues += issues
            if result.read % 1000 == 0 { progress?(.checked(result.read)) }
        }
        if result.rejected > 0 && !options.skipInvalid {
            throw ImportRefused(file: source.file, issues: result.issues, recordCount: result.read)
        }
        if result.rejected > 0 {
            result.rejectsFile = try writeRejects(result.issues.filter { $0.severity == .error },
                                                  to: options.rejectsPath ?? source.file + ".rejects.csv")
        }
        guard !options.dryRun else { return result }

        try registry.write(command: options.command, actor: options.actor) { transaction in
            var written = 0
            // Keys and levels written, for --retire-missing.
            var seen = rejectedKeys, levels = Set<String>()
            func store(_ record: RegistryRecord) throws {
                switch try transaction.upsert(record, effective: options.effective, decision: options.decision) {
                case .created: result.created += 1
                case .changed: result.changed += 1
                case .unchanged: result.unchanged += 1
                }
                seen.insert(record.key)
                if let level = record.fields["level"]?.description { levels.insert(level) }
                written += 1
                if written % 1000 == 0 { progress?(.written(written)) }
            }
            try transaction.withDeferredSpatialIndex(layer) {
                if let kept {
                    for record in kept { try store(record) }
                } else {
                    var check = validator.stream()
                    try source.forEachCandidate { candidate in
                        if let record = check.validate(candidate).record { try store(record) }
                    }
                }
            }
            if options.retireMissing {
                result.retired = try transaction.retire(
                    layer, except: seen, levels: layer == .units ? levels : nil, prefix: options.retireScope,
                    on: options.effective, decision: options.decision)
            }
        }
        return result
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
