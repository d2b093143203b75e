import Gazetteer

/// Reading the registry: current records, records as of a date, versions, change events, audit.
extension GeoPackageStore {
    /// The SQL condition selecting the versions in force on `date`, or the current versions when `date` is nil.
    private func inForce(_ date: RegistryDate?) -> (String, [SQLValue]) {
        guard let date else { return ("valid_to IS NULL", []) }
        return ("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)",
                [.text(date.description), .text(date.description)])
    }

    /// The records of `layer` in force on `asOf` (current ones when nil), ordered by key.
    public func records(_ layer: Layer, asOf: RegistryDate?) throws -> [StoredRecord] {
        let (condition, arguments) = inForce(asOf)
        let rows = try db.query(
            "SELECT \(RecordColumns.selectList(layer)) FROM \(layer.rawValue) WHERE \(condition) ORDER BY \"\(layer.keyField)\"",
            arguments)
        return try rows.map { try RecordColumns.decode($0, layer: layer) }
    }

    /// The records of `layer` in force on `asOf` whose bounding box meets `box`, found through the layer's R-tree.
    public func records(_ layer: Layer, intersecting box: Envelope, asOf: RegistryDate?) throws -> [StoredRecord] {
        let (condition, arguments) = inForce(asOf)
        let rows = try db.query("""
            SELECT \(RecordColumns.selectList(layer)) FROM \(layer.rawValue)
            WHERE fid IN (SELECT id FROM rtree_\(layer.rawValue)_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)
              AND \(condition) ORDER BY "\(layer.keyField)"
            """, [.real(box.minX), .real(box.maxX), .real(box.minY), .real(box.maxY)] + arguments)
        return try rows.map { try RecordColumns.decode($0, layer: layer) }
    }

    /// Calls `body` with each record of `layer` in force on `asOf`, ordered by key, reading one row at a time so
    /// that a layer of any size is exported with constant memory.
    public func forEachRecord(_ layer: Layer, asOf: RegistryDate?, _ body: (StoredRecord) throws -> Void) throws {
        let (condition, arguments) = inForce(asOf)
        let statement = try db.prepare(
            "SELECT \(RecordColumns.selectList(layer)) FROM \(layer.rawValue) WHERE \(condition) ORDER BY \"\(layer.keyField)\"")
        try statement.bind(arguments)
        while let row = try statement.step() { try body(try RecordColumns.decode(row, layer: layer)) }
    }

    /// The exact extent of the geometries of `layer` in force on `asOf`, read from the geometry headers.
    public func extent(_ layer: Layer, asOf: RegistryDate?) throws -> Envelope {
        let (condition, arguments) = inForce(asOf)
        let statement = try db.prepare("SELECT geom FROM \(layer.rawValue) WHERE geom IS NOT NULL AND \(condition)")
        try statement.bind(arguments)
        var extent = Envelope.empty
        while let row = try statement.step() {
            if case .blob(let bytes) = row[0], let e = bytes.withUnsafeBytes({ GeoPackageBinary.envelope($0) }) { extent.expand(toInclude: e) }
        }
        return extent
    }

    /// The keys of the records of `layer` in force on `asOf` (current ones when nil), without reading their geometry.
    public func keys(_ layer: Layer, asOf: RegistryDate?) throws -> Set<String> {
        let (condition, arguments) = inForce(asOf)
        return Set(try db.query("SELECT \"\(layer.keyField)\" FROM \(layer.rawValue) WHERE \(condition)", arguments).compactMap { $0.first?.text })
    }

    /// The version of record `key` in force on `asOf` (the current one when nil), or nil.
    public func record(_ layer: Layer, key: String, asOf: RegistryDate?) throws -> StoredRecord? {
        let (condition, arguments) = inForce(asOf)
        let rows = try db.query(
            "SELECT \(RecordColumns.selectList(layer)) FROM \(layer.rawValue) WHERE \"\(layer.keyField)\" = ? AND \(condition)",
            [.text(key)] + arguments)
        return try rows.first.map { try RecordColumns.decode($0, layer: layer) }
    }

    /// Every version of record `key`, oldest first.
    public func versions(_ layer: Layer, key: String) throws -> [StoredRecord] {
        let rows = try db.query(
            "SELECT \(RecordColumns.selectList(layer)) FROM \(layer.rawValue) WHERE \"\(layer.keyField)\" = ? ORDER BY fid",
            [.text(key)])
        return try rows.map { try RecordColumns.decode($0, layer: layer) }
    }

    /// The change events of record `key`, in the order they were recorded.
    public func events(_ layer: Layer, key: String) throws -> [ChangeEvent] {
        try db.query(
            "SELECT kind, date, decision, before, after FROM change_events WHERE layer = ? AND subject = ? ORDER BY id",
            [.text(layer.rawValue), .text(key)]
        ).map { row in
            ChangeEvent(layer: layer.rawValue, subject: key, kind: ChangeKind(rawValue: row[0].text ?? "") ?? .amended,
                        date: RegistryDate(row[1].text ?? "") ?? RegistryDate(year: 1, month: 1, day: 1)!,
                        decisionReference: row[2].text, before: row[3].text, after: row[4].text)
        }
    }

    /// The written forms of a unit's or place name's names (standard Chinese, romanization, Mongolian, aliases,
    /// historical names) with their lifespans, oldest first.
    public func nameForms(_ layer: Layer, key: String) throws -> [NameForm] {
        try db.query(
            "SELECT kind, text, status, valid_from, valid_to FROM name_forms WHERE layer = ? AND subject = ? ORDER BY id",
            [.text(layer.rawValue), .text(key)]
        ).compactMap { row in
            guard let kind = row[0].text.flatMap(NameFormKind.init(rawValue:)), let text = row[1].text,
                  let status = row[2].text.flatMap(NameFormStatus.init(rawValue:)) else { return nil }
            return NameForm(kind: kind, text: text, status: status,
                            lifespan: Lifespan(from: row[3].text.flatMap(RegistryDate.init), to: row[4].text.flatMap(RegistryDate.init)))
        }
    }

    /// The audit log, newest last.
    public func auditLog() throws -> [AuditEntry] {
        try db.query("SELECT timestamp, command, actor, summary FROM audit_log ORDER BY id").map {
            AuditEntry(timestamp: $0[0].text ?? "", command: $0[1].text ?? "", actor: $0[2].text ?? "", summary: $0[3].text ?? "")
        }
    }

    /// How many records of each layer are in force on `asOf`, and how many versions are stored in all.
    public func counts(asOf: RegistryDate?) throws -> [LayerCount] {
        let (condition, arguments) = inForce(asOf)
        return try Layer.allCases.map { layer in
            let inForce = try db.query("SELECT count(*) FROM \(layer.rawValue) WHERE \(condition)", arguments).first?.first?.double ?? 0
            let versions = try db.query("SELECT count(*) FROM \(layer.rawValue)").first?.first?.double ?? 0
            return LayerCount(layer: layer, inForce: Int(inForce), versions: Int(versions))
        }
    }
}
