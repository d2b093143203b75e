import Gazetteer

/// Inspection rounds in the GeoPackage (tables of migration 005): reading rounds, observations and findings of record.
extension GeoPackageStore {
    public func inspectionRounds(line: String?) throws -> [InspectionRound] {
        guard try hasTable("inspection_rounds") else { return [] }
        let rows = try db.query("SELECT \(Self.roundColumns) FROM inspection_rounds WHERE ? IS NULL OR line = ? ORDER BY line, ordinal",
                                [line.map(SQLValue.text) ?? .null, line.map(SQLValue.text) ?? .null])
        return rows.compactMap(Self.round)
    }

    public func inspectionRound(_ id: String) throws -> InspectionRound? {
        guard try hasTable("inspection_rounds") else { return nil }
        return try Self.round(id, in: db)
    }

    public func observations(round id: String) throws -> [FieldObservation] {
        guard try hasTable("round_observations") else { return [] }
        // The newest row of each marker counts; older ones stay in the table, superseded.
        return try db.query("""
            SELECT marker, lon, lat, source_x, source_y, source_crs, condition, photos, notes, observer, observed_at, file, record
            FROM round_observations o WHERE round = ? AND id = (SELECT max(id) FROM round_observations WHERE round = o.round AND marker = o.marker)
            ORDER BY marker
            """, [.text(id)]).compactMap { row in
            guard let number = row[0].text, let condition = row[6].text.flatMap(MarkerCondition.init(rawValue:)) else { return nil }
            func coordinate(_ x: SQLValue, _ y: SQLValue) -> Coordinate? {
                guard let x = x.double, let y = y.double else { return nil }
                return Coordinate(x: x, y: y)
            }
            var photos: [String] = []
            if let text = row[7].text, case .array(let items)? = try? JSONParser.parse(text) { photos = items.compactMap(\.stringValue) }
            return FieldObservation(number: number, position: coordinate(row[1], row[2]), sourcePosition: coordinate(row[3], row[4]),
                                    sourceCRS: row[5].text, condition: condition, photos: photos, notes: row[8].text, observer: row[9].text,
                                    observedAt: row[10].text, file: row[11].text, record: row[12].text)
        }
    }

    public func roundFindings(round id: String) throws -> [RoundFindingRecord] {
        guard try hasTable("round_findings") else { return [] }
        return try db.query("""
            SELECT finding, code, subjects, severity, message_zh, message_en, measured, threshold, unit FROM round_findings WHERE round = ? ORDER BY id
            """, [.text(id)]).compactMap { row in
            guard let finding = row[0].text, let code = row[1].text else { return nil }
            let unit = row[8].text.flatMap(MeasureUnit.init(rawValue:))
            return RoundFindingRecord(round: id, finding: finding, code: code, subjects: (row[2].text ?? "").split(separator: ",").map(String.init),
                                      severity: row[3].text.flatMap(Finding.Severity.init(rawValue:)) ?? .info,
                                      message: LocalizedText(zh: row[4].text ?? "", en: row[5].text ?? ""),
                                      measured: row[6].double.flatMap { v in unit.map { Quantity(v, $0) } },
                                      threshold: row[7].double.flatMap { v in unit.map { Quantity(v, $0) } })
        }
    }

    static let roundColumns = "id, line, ordinal, year, parties, opened_by, opened_on, closed_on, decision"

    static func round(_ id: String, in db: SQLiteDatabase) throws -> InspectionRound? {
        try db.query("SELECT \(roundColumns) FROM inspection_rounds WHERE id = ?", [.text(id)]).first.flatMap(round)
    }

    static func round(_ row: [SQLValue]) -> InspectionRound? {
        guard let id = row[0].text, let line = row[1].text, case .integer(let ordinal) = row[2], case .integer(let year) = row[3],
              let opened = row[6].text.flatMap(RegistryDate.init) else { return nil }
        let parties = (row[4].text ?? "").split(separator: ",").map(String.init)
        return InspectionRound(id: id, lineCode: line, ordinal: Int(ordinal), year: Int(year), parties: parties, openedBy: row[5].text ?? "",
                               openedOn: opened, closedOn: row[7].text.flatMap(RegistryDate.init), decision: row[8].text)
    }
}

/// Writing rounds inside one registry transaction; the tables' triggers refuse what the rules forbid even if a
/// caller skipped the checks above.
extension GeoPackageTransaction {
    func inspectionRound(_ id: String) throws -> InspectionRound? {
        try GeoPackageStore.round(id, in: store.db)
    }

    func insertRound(_ round: InspectionRound) throws {
        try store.db.query("""
            INSERT INTO inspection_rounds (id, line, ordinal, year, parties, opened_by, opened_on, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(round.id), .text(round.lineCode), .integer(Int64(round.ordinal)), .integer(Int64(round.year)),
                  .text(round.parties.joined(separator: ",")), .text(round.openedBy), .text(round.openedOn.description), .integer(auditID)])
    }

    func insertObservation(_ o: FieldObservation, round id: String) throws {
        let photos: SQLValue = o.photos.isEmpty ? .null : .text(JSONWriter.serialize(.array(o.photos.map(JSONValue.string))))
        func text(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
        func real(_ d: Double?) -> SQLValue { d.map(SQLValue.real) ?? .null }
        try store.db.query("""
            INSERT INTO round_observations (round, marker, lon, lat, source_x, source_y, source_crs, condition, photos, notes, observer,
              observed_at, file, record, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(id), .text(o.number), real(o.position?.x), real(o.position?.y), real(o.sourcePosition?.x), real(o.sourcePosition?.y),
                  text(o.sourceCRS), .text(o.condition.rawValue), photos, text(o.notes), text(o.observer), text(o.observedAt),
                  text(o.file), text(o.record), .integer(auditID)])
    }

    func closeRound(_ id: String, on date: RegistryDate, decision: String) throws {
        try store.db.query("UPDATE inspection_rounds SET closed_on = ?, decision = ?, close_audit_id = ? WHERE id = ?",
                           [.text(date.description), .text(decision), .integer(auditID), .text(id)])
    }

    func recordRoundFinding(_ f: RoundFindingRecord) throws {
        let unit = f.measured?.unit ?? f.threshold?.unit
        try store.db.query("""
            INSERT INTO round_findings (round, finding, code, subjects, severity, message_zh, message_en, measured, threshold, unit, audit_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(f.round), .text(f.finding), .text(f.code), .text(f.subjects.joined(separator: ",")), .text(f.severity.rawValue),
                  .text(f.message.zh), .text(f.message.en), f.measured.map { .real($0.value) } ?? .null,
                  f.threshold.map { .real($0.value) } ?? .null, unit.map { .text($0.rawValue) } ?? .null, .integer(auditID)])
    }
}
