/// A valid record on its way from the checking thread to the writing thread.
struct CheckedRecord: Sendable {
    /// Where it is in the file ("line 17").
    var position: String
    var record: RegistryRecord
    /// How many records had been read when it was checked, for the progress display.
    var read: Int
}

/// What checking a file found: counts, issues and the keys the import's end needs. Made on the checking thread.
struct CheckPass: Sendable {
    var read = 0
    var rejected = 0
    var issues: [ImportIssue] = []
    /// Keys of the records refused for a fault, which are still listed in the file.
    var rejectedKeys = Set<String>()
    var rejectedOutcomes: [RecordOutcome] = []
    /// The file's own unit keys, which count as known parents.
    var fileKeys = Set<String>()
    /// Each parent code named, with the position of the first record naming it.
    var parents: [String: String] = [:]

    /// The producer's stop when the writing thread has failed: the file is not read further.
    private struct Cancelled: Error {}

    /// Reads and checks every record of `source`, sending the valid ones in batches of ``Importer/batchSize``; once a
    /// record is refused (and `skipInvalid` is off) nothing more is sent, but the checking goes on to list every issue.
    static func run(source: UncheckedSendable<ImportSource>, validator: RecordValidator, options: ImportOptions,
                    send: ([CheckedRecord]) -> Bool) throws -> CheckPass {
        let layer = validator.layer
        var pass = CheckPass()
        var check = validator.stream()
        var batch: [CheckedRecord] = []
        batch.reserveCapacity(Importer.batchSize)
        var sending = true
        try source.value.forEachCandidate { candidate in
            pass.read += 1
            let (record, issues) = check.validate(candidate)
            if let record {
                // The file's own units count as known parents (the other layers have no parents).
                if layer == .units { pass.fileKeys.insert(record.key) }
                if layer == .units, let parent = record.fields["parent"]?.description, pass.parents[parent] == nil {
                    pass.parents[parent] = candidate.position
                }
                if sending {
                    batch.append(CheckedRecord(position: candidate.position, record: record, read: pass.read))
                    if batch.count == Importer.batchSize {
                        guard send(batch) else { throw Cancelled() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } else {
                pass.rejected += 1
                if !options.skipInvalid { sending = false; batch = [] }
                if let key = candidate.values[layer.keyField].flatMap(RecordValidator.text) {
                    pass.rejectedKeys.insert(AdminCode.normalized(key))
                    if options.recordOutcomes {
                        pass.rejectedOutcomes.append(RecordOutcome(position: candidate.position, key: key, action: .rejected))
                    }
                }
            }
            pass.issues += issues
        }
        if sending && !batch.isEmpty { guard send(batch) else { throw Cancelled() } }
        return pass
    }
}
