/// What an upsert did.
public enum UpsertOutcome: Sendable, Equatable {
    /// A new record.
    case created
    /// A new version of an existing record (or, on the day the current version began, an amendment of it); the
    /// kinds of change recorded.
    case changed([ChangeKind])
    /// The record was already stored exactly so.
    case unchanged
}

/// Versioned writes on any ``RegistryStore``: the history rules of the registry, in one place.
///
/// - A record not yet registered is created, with a `created` event.
/// - A record that differs from its current version (by ``RecordChanges``) gets a new version starting on its
///   `valid_from` (or the import's effective date): the current version is closed that day, and one change event per
///   kind of change is recorded with the decision that authorised it.
/// - **Same-day rule.** A second change on the day the current version began amends that version in place instead of
///   leaving a version that lasted no time (valid_from = valid_to); both changes keep their change events.
/// - Nothing is deleted: retirement closes a record's lifespan.
public final class RegistryWriter {
    let transaction: any RegistryStoreTransaction
    private var tallies: [Layer: (created: Int, changed: Int, unchanged: Int, retired: Int)] = [:]
    /// During ``bulkWrite(_:_:)``: the layer's current keys, read once when it began and kept up to date by the
    /// upserts, so that a key not among them is known new without looking it up (a query per record, a fifth of an
    /// import's time). Only keys this writer makes current can join them: the transaction is the only writer.
    private var bulkKeys: (layer: Layer, keys: Set<String>)?

    /// A writer over one store transaction (see ``RegistryStore/write(command:actor:_:)``).
    public init(_ transaction: any RegistryStoreTransaction) {
        self.transaction = transaction
    }

    /// The layers written so far, in layer order.
    public var touchedLayers: [Layer] { Layer.allCases.filter { tallies[$0] != nil } }

    /// "units: 14 created, 0 changed, 0 unchanged; …", for the audit log.
    public var summary: String {
        touchedLayers.map { layer in
            let t = tallies[layer]!
            return "\(layer.rawValue): \(t.created) created, \(t.changed) changed, \(t.unchanged) unchanged"
                + (t.retired > 0 ? ", \(t.retired) retired" : "")
        }.joined(separator: "; ")
    }

    /// Stores `input`: a new record, a new version closing the current one, an amendment of a version that began the
    /// same day, or nothing when unchanged. A record that carries only some fields (``RegistryRecord/carriedFields``)
    /// is merged onto the current version first.
    ///
    /// - Parameters:
    ///   - effective: the day a new version starts when the record has no `valid_from` of its own.
    ///   - decision: the decision (文件号) that authorised the change, recorded on its change events.
    /// - Throws: ``StoreError/conflict(layer:key:reason:)`` when the new version would start before the current one.
    @discardableResult
    public func upsert(_ input: RegistryRecord, effective: RegistryDate, decision: String? = nil) throws -> UpsertOutcome {
        let layer = input.layer
        let key = input.key
        var tally = tallies[layer] ?? (0, 0, 0, 0)
        defer { tallies[layer] = tally }
        let start = input.lifespan.validFrom ?? effective

        let mayBeRegistered = bulkKeys.map { $0.layer != layer || $0.keys.contains(key) } ?? true
        guard let current = mayBeRegistered ? try transaction.current(layer, key: key) : nil else {
            var record = input
            record.carriedFields = nil
            record.geometry = record.geometry.map(layer.geometry.normalized)
            record.fields["valid_from"] = .text(start.description)
            try transaction.insertVersion(record)
            // Current (as `current` sees it) unless it was given an end already.
            if bulkKeys?.layer == layer, record.fields["valid_to"] == nil { bulkKeys?.keys.insert(key) }
            try event(layer, key, .created, start, decision, before: nil, after: record.name)
            tally.created += 1
            return .created
        }
        var record = input.merged(onto: current.record)
        record.geometry = record.geometry.map(layer.geometry.normalized)
        record.fields["valid_from"] = .text(start.description)
        let changes = RecordChanges.between(current.record, record)
        if changes.isEmpty {
            tally.unchanged += 1
            return .unchanged
        }
        if let began = current.lifespan.validFrom, start < began {
            throw StoreError.conflict(layer: layer.rawValue, key: key,
                                      reason: "the new version would start on \(start), before the current one began on \(began)")
        }
        if current.lifespan.validFrom == start {
            try transaction.replaceVersion(current.fid, with: record)
        } else {
            try transaction.closeVersion(layer, fid: current.fid, key: key, on: start)
            try transaction.insertVersion(record)
        }
        for change in changes {
            try event(layer, key, change.kind, start, decision, before: change.before, after: change.after)
        }
        tally.changed += 1
        return .changed(changes.map(\.kind))
    }

    /// Which current records ``retire(_:except:levels:scope:on:decision:)`` considers.
    public enum RetireScope: Sendable, Equatable {
        /// Every current record of the layer (`--scope all`).
        case all
        /// The records whose key starts with this prefix, e.g. "1507" for Hulunbuir's codes.
        case prefix(String)
    }

    /// Closes, on `date`, every current record of `layer` within `scope` whose key is not in `keep` (and, when
    /// `levels` is given, whose level is one of them); records a `retired` event for each.
    /// - Returns: the keys closed, in key order.
    @discardableResult
    public func retire(_ layer: Layer, except keep: Set<String>, levels: Set<String>?, scope: RetireScope, on date: RegistryDate,
                       decision: String?) throws -> [String] {
        var tally = tallies[layer] ?? (0, 0, 0, 0)
        defer { tallies[layer] = tally }
        var closed: [String] = []
        for row in try transaction.currentKeys(layer).sorted(by: { $0.key < $1.key }) where !keep.contains(row.key) {
            if case .prefix(let prefix) = scope, !row.key.hasPrefix(prefix) { continue }
            if let levels, !levels.contains(row.level ?? "") { continue }
            if let began = row.validFrom, date < began {
                throw StoreError.conflict(layer: layer.rawValue, key: row.key,
                                          reason: "cannot retire it on \(date), before its current version began on \(began)")
            }
            try transaction.closeVersion(layer, fid: row.fid, key: row.key, on: date)
            try event(layer, row.key, .retired, date, decision, before: row.name, after: nil)
            tally.retired += 1
            closed.append(row.key)
        }
        return closed
    }

    /// Runs `body`, a bulk write to `layer` (the store may defer index maintenance to its end). The layer's current
    /// keys are read once first, so that upserts of new records need no lookup.
    public func bulkWrite<R>(_ layer: Layer, _ body: () throws -> R) throws -> R {
        if bulkKeys?.layer == layer { return try transaction.bulkWrite(layer, body) }
        let outer = bulkKeys
        bulkKeys = (layer, Set(try transaction.currentKeys(layer).map(\.key)))
        defer { bulkKeys = outer }
        return try transaction.bulkWrite(layer, body)
    }

    /// Writes the audit summary; call once at the end of the transaction.
    public func finish() throws {
        try transaction.setSummary(summary)
    }

    private func event(_ layer: Layer, _ key: String, _ kind: ChangeKind, _ date: RegistryDate, _ decision: String?,
                       before: String?, after: String?) throws {
        try transaction.recordEvent(ChangeEvent(layer: layer.rawValue, subject: key, kind: kind, date: date,
                                                decisionReference: decision, before: before, after: after))
    }
}

extension RegistryStore {
    /// Runs `body` with a ``RegistryWriter`` in one transaction, and records the writer's summary in the audit entry.
    public func writeVersions<R>(command: String, actor: String, _ body: (RegistryWriter) throws -> R) throws -> R {
        try write(command: command, actor: actor) { transaction in
            let writer = RegistryWriter(transaction)
            let result = try body(writer)
            try writer.finish()
            return result
        }
    }
}
