import Foundation

/// What an upsert did.
public enum UpsertOutcome: Sendable, Equatable {
    /// A new record.
    case created
    /// A new version of an existing record; the kinds of change recorded.
    case changed([ChangeKind])
    /// The record was already stored exactly so.
    case unchanged
}

extension Registry {
    /// Runs `body` in one transaction with an audit entry naming `command` and `actor`.
    ///
    /// Either everything `body` wrote is committed, with the audit entry summarising it, or, if `body` throws or the
    /// process dies, nothing is: SQLite's write-ahead log keeps the file as it was before the transaction.
    public func write<R>(command: String, actor: String, _ body: (RegistryTransaction) throws -> R) throws -> R {
        try db.transaction {
            try db.query("INSERT INTO audit_log (timestamp, command, actor, summary) VALUES (?, ?, ?, '')",
                         [.text(Self.timestamp()), .text(command), .text(actor)])
            let transaction = RegistryTransaction(registry: self, auditID: db.lastInsertRowID)
            let result = try body(transaction)
            try db.query("UPDATE audit_log SET summary = ? WHERE id = ?", [.text(transaction.summary), .integer(transaction.auditID)])
            for layer in transaction.touchedLayers { try updateContents(layer) }
            return result
        }
    }

    /// Refreshes a layer's extent and last-change time in `gpkg_contents` from its R-tree.
    private func updateContents(_ layer: Layer) throws {
        let rtree = "rtree_\(layer.rawValue)_geom"
        try db.query("""
            UPDATE gpkg_contents SET last_change = ?,
              min_x = (SELECT min(minx) FROM \(rtree)), max_x = (SELECT max(maxx) FROM \(rtree)),
              min_y = (SELECT min(miny) FROM \(rtree)), max_y = (SELECT max(maxy) FROM \(rtree))
            WHERE table_name = ?
            """, [.text(Self.timestamp()), .text(layer.rawValue)])
    }
}

/// The writing side of one transaction: adds records and new versions, never deletes.
public final class RegistryTransaction {
    let registry: Registry
    let auditID: Int64
    private var tallies: [Layer: (created: Int, changed: Int, unchanged: Int)] = [:]
    private var insertStatements: [Layer: SQLiteStatement] = [:]

    init(registry: Registry, auditID: Int64) {
        self.registry = registry
        self.auditID = auditID
    }

    var touchedLayers: [Layer] { Layer.allCases.filter { tallies[$0] != nil } }

    /// "units: 14 created, 0 changed, 0 unchanged; …"
    var summary: String {
        touchedLayers.map { layer in
            let t = tallies[layer]!
            return "\(layer.rawValue): \(t.created) created, \(t.changed) changed, \(t.unchanged) unchanged"
        }.joined(separator: "; ")
    }

    /// Stores `record`: a new record, or a new version closing the current one, or nothing when unchanged.
    ///
    /// The new version starts on the record's `valid_from`, or `effective` when it has none.
    /// - Parameter decision: the decision (文件号) that authorised the change, recorded on its change events.
    /// - Throws: ``StoreError/conflict(layer:key:reason:)`` when the new version would start before the current one.
    @discardableResult
    public func upsert(_ input: RegistryRecord, effective: RegistryDate, decision: String? = nil) throws -> UpsertOutcome {
        let layer = input.layer
        var record = input
        record.geometry = record.geometry.map(layer.geometry.normalized)
        let start = record.lifespan.validFrom ?? effective
        record.fields["valid_from"] = .text(start.description)
        let key = record.key
        var tally = tallies[layer] ?? (0, 0, 0)
        defer { tallies[layer] = tally }

        guard let current = try registry.record(layer, key: key) else {
            try insert(record)
            try recordEvent(layer, key, .created, start, decision, before: nil, after: record.name)
            tally.created += 1
            return .created
        }
        let changes = Self.differences(from: current.record, to: record)
        if changes.isEmpty {
            tally.unchanged += 1
            return .unchanged
        }
        if let began = current.lifespan.validFrom, start < began {
            throw StoreError.conflict(layer: layer.rawValue, key: key,
                                      reason: "the new version would start on \(start), before the current one began on \(began)")
        }
        try registry.db.query("UPDATE \(layer.rawValue) SET valid_to = ? WHERE fid = ?", [.text(start.description), .integer(current.fid)])
        try insert(record)
        for change in changes {
            try recordEvent(layer, key, change.kind, start, decision, before: change.before, after: change.after)
        }
        tally.changed += 1
        return .changed(changes.map(\.kind))
    }

    /// Runs `body`, a bulk write to `layer`, with the R-tree filled once at the end instead of row by row.
    ///
    /// The insert trigger is dropped for the duration and the index rows of the new features are added in one
    /// statement afterwards, as GDAL does on bulk loads. Both happen inside the transaction, so a failure or a kill
    /// restores the trigger with everything else.
    public func withDeferredSpatialIndex<R>(_ layer: Layer, _ body: () throws -> R) throws -> R {
        let t = layer.rawValue, rtree = "rtree_\(layer.rawValue)_geom"
        let lastFid = try registry.db.query("SELECT coalesce(max(fid), 0) FROM \(t)").first?.first ?? .integer(0)
        try registry.db.execute("DROP TRIGGER \(rtree)_insert")
        let result = try body()
        try registry.db.query("""
            INSERT OR REPLACE INTO \(rtree)
            SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM \(t)
            WHERE fid > ? AND geom NOT NULL AND NOT ST_IsEmpty(geom)
            """, [lastFid])
        try registry.db.execute(RegistrySchema.insertTrigger(layer))
        return result
    }

    /// Closes, on `date`, every current record of `layer` whose key is not in `keep`, limited to keys starting with
    /// `prefix` and, when `levels` is given, to records of those levels; records a `retired` event for each.
    /// - Returns: how many records were closed.
    public func retire(_ layer: Layer, except keep: Set<String>, levels: Set<String>?, prefix: String?, on date: RegistryDate,
                       decision: String?) throws -> Int {
        var count = 0
        var tally = tallies[layer] ?? (0, 0, 0)
        defer { tallies[layer] = tally }
        // Only the columns the decision needs: the geometry of thousands of records need not be decoded.
        let hasLevel = layer.field("level") != nil
        let rows = try registry.db.query("""
            SELECT fid, "\(layer.keyField)", name, valid_from, \(hasLevel ? "level" : "NULL")
            FROM \(layer.rawValue) WHERE valid_to IS NULL
            """)
        for row in rows {
            guard case .integer(let fid) = row[0], let key = row[1].text, !keep.contains(key) else { continue }
            if let prefix, !key.hasPrefix(prefix) { continue }
            if let levels, !levels.contains(row[4].text ?? "") { continue }
            if let began = row[3].text.flatMap(RegistryDate.init), date < began {
                throw StoreError.conflict(layer: layer.rawValue, key: key,
                                          reason: "cannot retire it on \(date), before its current version began on \(began)")
            }
            try registry.db.query("UPDATE \(layer.rawValue) SET valid_to = ? WHERE fid = ?", [.text(date.description), .integer(fid)])
            try registry.db.query(
                "UPDATE name_forms SET valid_to = ? WHERE layer = ? AND subject = ? AND valid_to IS NULL",
                [.text(date.description), .text(layer.rawValue), .text(key)])
            try recordEvent(layer, key, .retired, date, decision, before: row[2].text, after: nil)
            tally.changed += 1
            count += 1
        }
        return count
    }

    private func insert(_ record: RegistryRecord) throws {
        let layer = record.layer
        let statement: SQLiteStatement
        if let cached = insertStatements[layer] {
            statement = cached
        } else {
            let columns = ["geom"] + layer.fields.map { "\"\($0.name)\"" }
            statement = try registry.db.prepare(
                "INSERT INTO \(layer.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
            insertStatements[layer] = statement
        }
        var values: [SQLValue] = [try record.geometry.map { .blob(try GeoPackageBinary.encode($0, srsID: RegistrySchema.srsID)) } ?? .null]
        for spec in layer.fields { values.append(RecordColumns.sqlValue(record.fields[spec.name], kind: spec.kind)) }
        try statement.run(values)
        try syncNameForms(record)
    }

    /// Keeps `name_forms` in step with a new version of a unit or place name: the forms of the previous version are
    /// closed on the day the new one starts, and the new version's forms opened. Aliases and historical names
    /// (`;`-separated in their fields) get a row each, so a search by any form finds the record.
    private func syncNameForms(_ record: RegistryRecord) throws {
        guard record.layer == .units || record.layer == .names else { return }
        let start = record.fields["valid_from"]?.description
        let end = record.fields["valid_to"]?.description
        let layer = SQLValue.text(record.layer.rawValue), key = SQLValue.text(record.key)
        try registry.db.query(
            "UPDATE name_forms SET valid_to = ? WHERE layer = ? AND subject = ? AND valid_to IS NULL",
            [start.map(SQLValue.text) ?? .null, layer, key])
        var forms: [(NameFormKind, String, NameFormStatus)] = []
        if let name = record.name { forms.append((.chinese, name, .standard)) }
        let single: [(String, NameFormKind)] = [("romanized", .romanization), ("mongolian", .mongolianScript), ("mongolian_latin", .mongolianLatin)]
        for (field, kind) in single {
            if let text = record.fields[field]?.description, !text.isEmpty { forms.append((kind, text, .standard)) }
        }
        for (field, status) in [("aliases", NameFormStatus.variant), ("historical", .historical)] {
            for text in (record.fields[field]?.description ?? "").split(separator: ";") {
                let trimmed = text.trimmedWhitespace
                if !trimmed.isEmpty { forms.append((.alias, trimmed, status)) }
            }
        }
        for (kind, text, status) in forms {
            try registry.db.query(
                "INSERT INTO name_forms (layer, subject, kind, text, status, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [layer, key, .text(kind.rawValue), .text(text), .text(status.rawValue), start.map(SQLValue.text) ?? .null,
                 end.map(SQLValue.text) ?? .null])
        }
    }

    private func recordEvent(_ layer: Layer, _ key: String, _ kind: ChangeKind, _ date: RegistryDate, _ decision: String?,
                             before: String?, after: String?) throws {
        try registry.db.query(
            "INSERT INTO change_events (layer, subject, kind, date, decision, before, after, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [.text(layer.rawValue), .text(key), .text(kind.rawValue), .text(date.description), decision.map(SQLValue.text) ?? .null,
             before.map(SQLValue.text) ?? .null, after.map(SQLValue.text) ?? .null, .integer(auditID)])
    }

    /// One kind of change between two versions, with readable before/after summaries.
    struct Change {
        var kind: ChangeKind
        var before: String?
        var after: String?
    }

    /// The changes from `old` to `new`, ignoring lifespans: a rename, a geometry change, a seat move, other edits.
    static func differences(from old: RegistryRecord, to new: RegistryRecord) -> [Change] {
        let ignored: Set<String> = ["valid_from", "valid_to"]
        let changedFields = Set(old.fields.keys).union(new.fields.keys)
            .filter { !ignored.contains($0) && !same(old.fields[$0], new.fields[$0]) }
            .sorted()
        var changes: [Change] = []
        var rest = changedFields
        func take(_ names: [String], _ kind: ChangeKind) {
            let hit = names.filter(rest.contains)
            guard !hit.isEmpty else { return }
            rest.removeAll(where: hit.contains)
            changes.append(Change(kind: kind, before: describe(old, hit), after: describe(new, hit)))
        }
        // The forms of the name change with it: a rename is recorded once, with all of them.
        take(["name", "specific", "generic", "romanized", "mongolian", "mongolian_latin", "historical", "aliases"], .renamed)
        take(["seat_name", "seat_lon", "seat_lat", "seat_address"], .moved)
        if !sameGeometry(old.geometry, new.geometry) {
            let kind: ChangeKind = switch new.layer {
            case .units, .lines: .boundaryChanged
            case .markers: .resurveyed
            case .names: .moved
            }
            changes.append(Change(kind: kind, before: "geometry", after: "geometry"))
        }
        if new.layer == .markers, rest.contains("status"), new.fields["status"]?.description == MarkerStatus.rebuilt.rawValue {
            take(["status"], .rebuilt)
        }
        if new.fields["status"]?.description == PlaceNameStatus.retired.rawValue, rest.contains("status") {
            take(["status"], .retired)
        }
        take(rest, .amended)
        return changes
    }

    /// The registry's coordinate resolution: positions closer than this (degrees, about 1 cm) are the same position.
    /// It matches the 7 decimals of exports, so re-importing an exported file records no spurious boundary changes.
    static let positionTolerance = 1e-7

    /// `true` when the geometries have the same structure and their vertices agree within ``positionTolerance``.
    private static func sameGeometry(_ a: Geometry?, _ b: Geometry?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?):
            if x == y { return true }
            return (try? x.equalsExact(y, tolerance: positionTolerance)) ?? false
        default: return false
        }
    }

    /// Field values compare by text so that 1 and 1.0 or "150702" and 150702 are the same.
    private static func same(_ a: FieldValue?, _ b: FieldValue?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?):
            if let dx = x.double, let dy = y.double { return dx == dy }
            return x.description == y.description
        default: return false
        }
    }

    private static func describe(_ record: RegistryRecord, _ names: [String]) -> String {
        names.map { "\($0): \(record.fields[$0]?.description ?? "—")" }.joined(separator: "; ")
    }
}
