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

/// Reading the reviews of findings (migration 004).
extension GeoPackageStore {
    private static let reviewColumns = "finding, code, subjects, status, reason, decision, until, subject_versions, actor, valid_from, valid_to"

    private static func review(_ row: [SQLValue]) -> FindingReview? {
        guard let finding = row[0].text, let code = row[1].text, let status = row[3].text.flatMap(FindingReview.Status.init(rawValue:)) else {
            return nil
        }
        var versions: [String: Int64] = [:]
        if let text = row[7].text, case .object(let object)? = try? JSONParser.parse(text) {
            for (key, value) in object.members { if let n = value.numberValue { versions[key] = Int64(n) } }
        }
        return FindingReview(finding: finding, code: code, subjects: (row[2].text ?? "").split(separator: ",").map(String.init),
                             status: status, reason: row[4].text ?? "", decision: row[5].text, until: row[6].text.flatMap(RegistryDate.init),
                             subjectVersions: versions, actor: row[8].text ?? "",
                             lifespan: Lifespan(from: row[9].text.flatMap(RegistryDate.init), to: row[10].text.flatMap(RegistryDate.init)))
    }

    public func findingReviews(asOf: RegistryDate?) throws -> [FindingReview] {
        guard try hasTable("finding_reviews") else { return [] }
        let (condition, arguments): (String, [SQLValue]) = asOf.map {
            ("valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", [.text($0.description), .text($0.description)])
        } ?? ("valid_to IS NULL", [])
        return try db.query("SELECT \(Self.reviewColumns) FROM finding_reviews WHERE \(condition) ORDER BY finding", arguments)
            .compactMap(Self.review)
    }

    public func reviewHistory(finding: String) throws -> [FindingReview] {
        guard try hasTable("finding_reviews") else { return [] }
        return try db.query("SELECT \(Self.reviewColumns) FROM finding_reviews WHERE finding = ? ORDER BY id", [.text(finding)])
            .compactMap(Self.review)
    }

    public func seenFindings() throws -> [SeenFinding] {
        guard try hasTable("findings_seen") else { return [] }
        return try db.query("""
            SELECT finding, code, subjects, severity, message_zh, message_en, source, first_seen, last_seen
            FROM findings_seen ORDER BY code, finding
            """).compactMap { row in
            guard let finding = row[0].text, let code = row[1].text else { return nil }
            return SeenFinding(finding: finding, code: code, subjects: (row[2].text ?? "").split(separator: ",").map(String.init),
                               severity: row[3].text.flatMap(Finding.Severity.init(rawValue:)) ?? .info,
                               message: LocalizedText(zh: row[4].text ?? "", en: row[5].text ?? ""), source: row[6].text,
                               firstSeen: row[7].text ?? "", lastSeen: row[8].text ?? "")
        }
    }

    public func dataSources() throws -> [DataSource] {
        guard try hasTable("data_sources") else { return [] }
        return try db.query("SELECT layers, name, version, licence, origin, note, recorded, actor FROM data_sources ORDER BY id").compactMap { row in
            guard let name = row[1].text, let recorded = row[6].text.flatMap(RegistryDate.init) else { return nil }
            return DataSource(layers: (row[0].text ?? "").split(separator: ",").map(String.init), name: name, version: row[2].text,
                              licence: row[3].text, origin: row[4].text, note: row[5].text, recorded: recorded, actor: row[7].text ?? "")
        }
    }

    /// Whether the file has `table` (a registry read as it is, without migrating, may predate it).
    func hasTable(_ table: String) throws -> Bool {
        !(try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)])).isEmpty
    }
}
