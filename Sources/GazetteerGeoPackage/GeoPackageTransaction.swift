import CSQLite
import Foundation
import Gazetteer

extension GeoPackageStore {
    /// Runs `body` in one transaction with an audit entry naming `command` and `actor`.
    ///
    /// Either everything `body` wrote is committed, with the audit entry summarising it, or, if `body` throws or the
    /// process dies, nothing is: SQLite's write-ahead log keeps the file as it was before the transaction.
    public func write<R>(command: String, actor: String, _ body: (any RegistryStoreTransaction) throws -> R) throws -> R {
        try db.transaction {
            try db.query("INSERT INTO audit_log (timestamp, command, actor, summary) VALUES (?, ?, ?, '')",
                         [.text(Self.timestamp()), .text(command), .text(actor)])
            let transaction = GeoPackageTransaction(store: self, auditID: db.lastInsertRowID)
            let result = try body(transaction)
            for layer in Layer.allCases where transaction.touched.contains(layer) { try updateContents(layer) }
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

/// The primitive writes of one GeoPackage transaction (see ``RegistryStoreTransaction``); the versioning rules are
/// ``RegistryWriter``'s.
final class GeoPackageTransaction: RegistryStoreTransaction {
    let store: GeoPackageStore
    let auditID: Int64
    private(set) var touched = Set<Layer>()
    private var insertStatements: [Layer: SQLiteStatement] = [:]
    /// The two inserts every created record runs besides its row, compiled once per transaction: looking them up in
    /// the connection's cache hashed their SQL text for every record of an import.
    private var eventStatement: SQLiteStatement?
    private var nameFormStatement: SQLiteStatement?
    private var db: SQLiteDatabase { store.db }

    /// `statement`, compiled from `sql` the first time.
    private func compiled(_ statement: inout SQLiteStatement?, _ sql: String) throws -> SQLiteStatement {
        if let statement { return statement }
        let made = try db.prepare(sql)
        statement = made
        return made
    }

    init(store: GeoPackageStore, auditID: Int64) {
        self.store = store
        self.auditID = auditID
    }

    func current(_ layer: Layer, key: String) throws -> StoredRecord? {
        try store.record(layer, key: key, asOf: nil)
    }

    func currentKeys(_ layer: Layer) throws -> [CurrentKey] {
        // Only the columns retirement needs: the geometry of thousands of records need not be decoded.
        let level = layer.field("level") != nil ? "level" : "NULL"
        let name = layer.field("name") != nil ? "name" : "NULL"
        return try db.query("""
            SELECT fid, "\(layer.keyField)", \(name), valid_from, \(level) FROM \(layer.rawValue) WHERE valid_to IS NULL
            """).compactMap { row in
            guard case .integer(let fid) = row[0], let key = row[1].text else { return nil }
            return CurrentKey(fid: fid, key: key, name: row[2].text, validFrom: row[3].text.flatMap(RegistryDate.init), level: row[4].text)
        }
    }

    @discardableResult
    func insertVersion(_ record: RegistryRecord) throws -> Int64 {
        let layer = record.layer
        touched.insert(layer)
        let statement: SQLiteStatement
        if let cached = insertStatements[layer] {
            statement = cached
        } else {
            let columns = ["geom"] + layer.fields.map { "\"\($0.name)\"" }
            statement = try db.prepare(
                "INSERT INTO \(layer.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
            insertStatements[layer] = statement
        }
        try statement.run(try RecordColumns.values(record))
        let fid = db.lastInsertRowID
        try openNameForms(record)
        return fid
    }

    func replaceVersion(_ fid: Int64, with record: RegistryRecord) throws {
        let layer = record.layer
        touched.insert(layer)
        let assignments = (["geom"] + layer.fields.map { "\"\($0.name)\"" }).map { "\($0) = ?" }.joined(separator: ", ")
        try db.query("UPDATE \(layer.rawValue) SET \(assignments) WHERE fid = ?", try RecordColumns.values(record) + [.integer(fid)])
        // The forms opened with the version being amended are derived data: they are replaced with the amended ones.
        try db.query("DELETE FROM name_forms WHERE layer = ? AND subject = ? AND valid_to IS NULL AND valid_from IS ?",
                     [.text(layer.rawValue), .text(record.key), record.fields["valid_from"].map { .text($0.description) } ?? .null])
        try openNameForms(record)
    }

    func closeVersion(_ layer: Layer, fid: Int64, key: String, on date: RegistryDate) throws {
        touched.insert(layer)
        try db.query("UPDATE \(layer.rawValue) SET valid_to = ? WHERE fid = ?", [.text(date.description), .integer(fid)])
        try db.query("UPDATE name_forms SET valid_to = ? WHERE layer = ? AND subject = ? AND valid_to IS NULL",
                     [.text(date.description), .text(layer.rawValue), .text(key)])
    }

    func recordEvent(_ event: ChangeEvent) throws {
        try compiled(&eventStatement,
            "INSERT INTO change_events (layer, subject, kind, date, decision, before, after, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
            [.text(event.layer), .text(event.subject), .text(event.kind.rawValue), .text(event.date.description),
             event.decisionReference.map(SQLValue.text) ?? .null, event.before.map(SQLValue.text) ?? .null,
             event.after.map(SQLValue.text) ?? .null, .integer(auditID)])
    }

    func addDataSource(_ source: DataSource) throws {
        func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
        try db.query("""
            INSERT INTO data_sources (layers, name, version, licence, origin, note, recorded, actor, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(source.layers.joined(separator: ",")), .text(source.name), text(source.version), text(source.licence),
                  text(source.origin), text(source.note), .text(source.recorded.description), .text(source.actor), .integer(auditID)])
    }

    func recordSeen(_ finding: SeenFinding) throws {
        try db.query("""
            INSERT INTO findings_seen (finding, code, subjects, severity, message_zh, message_en, source, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(finding) DO UPDATE SET last_seen = excluded.last_seen, message_zh = excluded.message_zh,
              message_en = excluded.message_en, severity = excluded.severity, source = excluded.source
            """, [.text(finding.finding), .text(finding.code), .text(finding.subjects.joined(separator: ",")),
                  .text(finding.severity.rawValue), .text(finding.message.zh), .text(finding.message.en),
                  finding.source.map(SQLValue.text) ?? .null, .text(finding.firstSeen), .text(finding.lastSeen)])
    }

    func putReview(_ review: FindingReview, on date: RegistryDate) throws {
        let versions = JSONWriter.serialize(.object(JSONObject(review.subjectVersions.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })))
        let day = SQLValue.text(date.description)
        let current = try db.query("SELECT id, valid_from FROM finding_reviews WHERE finding = ? AND valid_to IS NULL", [.text(review.finding)]).first
        let values: [SQLValue] = [.text(review.code), .text(review.subjects.joined(separator: ",")), .text(review.status.rawValue),
                                  .text(review.reason), review.decision.map(SQLValue.text) ?? .null,
                                  review.until.map { .text($0.description) } ?? .null, .text(versions), .text(review.actor)]
        if let current, case .integer(let id) = current[0] {
            if current[1].text == date.description {
                try db.query("""
                    UPDATE finding_reviews SET code = ?, subjects = ?, status = ?, reason = ?, decision = ?, until = ?,
                      subject_versions = ?, actor = ?, audit_id = ? WHERE id = ?
                    """, values + [.integer(auditID), .integer(id)])
                return
            }
            try db.query("UPDATE finding_reviews SET valid_to = ? WHERE id = ?", [day, .integer(id)])
        }
        try db.query("""
            INSERT INTO finding_reviews (finding, code, subjects, status, reason, decision, until, subject_versions, actor, valid_from, audit_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(review.finding)] + values + [day, .integer(auditID)])
    }

    func setSummary(_ summary: String) throws {
        try db.query("UPDATE audit_log SET summary = ? WHERE id = ?", [.text(summary), .integer(auditID)])
    }

    /// Fills the R-tree once at the end instead of row by row: the insert trigger is dropped for the duration and the
    /// index rows of the new features are added afterwards, as GDAL does on bulk loads. When the new rows are at least
    /// as many as the old, the whole index is rebuilt packed (``RTreeBulkLoad``); otherwise the new rows go in through
    /// the R-tree module in one statement. Both happen inside the transaction, so a failure or a kill restores the
    /// trigger and the index with everything else.
    ///
    /// The rule "one current version per key" is checked the same way: its insert trigger (migration 003), which
    /// looks the key up for every row, is dropped for the bulk write, and one query afterwards looks for a key of the
    /// new rows with two current versions, failing the write with the trigger's own message if there is one. (A
    /// fifth of SQLite's floor for an import of new units, measured with the three inserts alone.)
    func bulkWrite<R>(_ layer: Layer, _ body: () throws -> R) throws -> R {
        let t = layer.rawValue, rtree = "rtree_\(layer.rawValue)_geom"
        func lastFid() throws -> Int64 {
            guard case .integer(let fid)? = try db.query("SELECT coalesce(max(fid), 0) FROM \(t)").first?.first else { return 0 }
            return fid
        }
        let before = try lastFid()
        try db.execute("DROP TRIGGER \(rtree)_insert")
        let guardName = "\(t)_one_current_insert"
        let guardSQL = try db.query("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [.text(guardName)]).first?.first
        if case .text? = guardSQL { try db.execute("DROP TRIGGER \(guardName)") }
        let result = try body()
        if case .text(let sql)? = guardSQL {
            let key = "\"\(layer.keyField)\""
            let twice = try db.query("""
                SELECT n.\(key) FROM \(t) n WHERE n.fid > ? AND n.valid_to IS NULL
                AND EXISTS (SELECT 1 FROM \(t) o WHERE o.\(key) = n.\(key) AND o.valid_to IS NULL AND o.fid <> n.fid) LIMIT 1
                """, [.integer(before)])
            if let row = twice.first {
                let found = if case .text(let k)? = row.first { k } else { "?" }
                throw StoreError.sqlite(code: SQLITE_CONSTRAINT | 7 << 8,  // SQLITE_CONSTRAINT_TRIGGER, what the trigger raises
                                        message: "\(t): a current version of this code exists already (\(found))", sql: nil)
            }
            try db.execute(sql)
        }
        // Fids only grow (AUTOINCREMENT-free tables reuse a deleted maximum, which an append-only registry never has),
        // so the fids below `before` are the old rows and those above it the new.
        if try lastFid() - before >= before {
            try RTreeBulkLoad.rebuild(rtree, of: t, in: db)
        } else {
            try db.query("""
                INSERT OR REPLACE INTO \(rtree)
                SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM \(t)
                WHERE fid > ? AND geom NOT NULL AND NOT ST_IsEmpty(geom)
                """, [.integer(before)])
        }
        try db.execute(RegistrySchema.rtreeInsertTrigger(layer))
        return result
    }

    /// Opens the `name_forms` rows of a new or amended version of a unit or place name, so a search by any form of a
    /// name (standard, romanized, Mongolian, alias, historical) finds the record as of any date.
    private func openNameForms(_ record: RegistryRecord) throws {
        let forms = record.nameForms
        guard !forms.isEmpty else { return }
        let start = record.fields["valid_from"].map { SQLValue.text($0.description) } ?? .null
        let end = record.fields["valid_to"].map { SQLValue.text($0.description) } ?? .null
        let insert = try compiled(&nameFormStatement,
            "INSERT INTO name_forms (layer, subject, kind, text, status, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for form in forms {
            try insert.run(
                [.text(record.layer.rawValue), .text(record.key), .text(form.kind.rawValue), .text(form.text),
                 .text(form.status.rawValue), start, end])
        }
    }
}
