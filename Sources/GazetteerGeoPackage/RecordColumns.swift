import Gazetteer

/// How a layer's fields map to SQL values and back; the one place that knows column types.
enum RecordColumns {
    static func sqlValue(_ value: FieldValue?, kind: FieldKind) -> SQLValue {
        guard let value else { return .null }
        switch (kind, value) {
        case (.real, _): return value.double.map(SQLValue.real) ?? .text(value.description)
        case (.integer, .integer(let i)): return .integer(i)
        case (.integer, _): return value.double.map { .integer(Int64($0)) } ?? .text(value.description)
        default: return .text(value.description)
        }
    }

    /// The SQL values of `record` in the order of an INSERT's columns: the geometry, then the layer's fields.
    static func values(_ record: RegistryRecord) throws -> [SQLValue] {
        let specs = record.layer.fields
        var values = [SQLValue](repeating: .null, count: specs.count + 1)
        values[0] = try record.geometry.map { .blob(try GeoPackageBinary.encode($0, srsID: RegistrySchema.srsID)) } ?? .null
        // By the few fields the record has, each placed at its column: looking up every field of the layer by name
        // hashed fifteen strings per imported record.
        let positions = fieldPositions[record.layer]!
        for (name, value) in record.fields {
            if let i = positions[name] { values[i + 1] = sqlValue(value, kind: specs[i].kind) }
        }
        return values
    }

    /// Each layer's field names and their positions in ``Layer/fields``.
    private static let fieldPositions: [Layer: [String: Int]] = Dictionary(uniqueKeysWithValues: Layer.allCases.map { layer in
        (layer, Dictionary(uniqueKeysWithValues: layer.fields.enumerated().map { ($1.name, $0) }))
    })

    static func fieldValue(_ value: SQLValue) -> FieldValue? {
        switch value {
        case .null, .blob: return nil
        case .integer(let i): return .integer(i)
        case .real(let d): return .real(d)
        case .text(let s): return .text(s)
        }
    }

    /// "fid, geom, "code", "name", …" for SELECTs, built once per layer (lookups run once per imported record).
    static func selectList(_ layer: Layer) -> String {
        selectLists[layer]!
    }

    private static let selectLists: [Layer: String] = Dictionary(uniqueKeysWithValues: Layer.allCases.map { layer in
        (layer, (["fid", "geom"] + layer.fields.map { "\"\($0.name)\"" }).joined(separator: ", "))
    })

    /// Decodes a row selected with ``selectList(_:)``.
    static func decode(_ row: [SQLValue], layer: Layer) throws -> StoredRecord {
        guard case .integer(let fid) = row[0] else { throw StoreError.corrupt(table: layer.rawValue, rowid: -1, reason: "fid is not an integer") }
        var geometry: Geometry?
        if case .blob(let bytes) = row[1] {
            do { geometry = try GeoPackageBinary.decode(bytes) } catch {
                throw StoreError.corrupt(table: layer.rawValue, rowid: fid, reason: "\(error)")
            }
        }
        var fields = FieldBag()
        for (i, spec) in layer.fields.enumerated() {
            if let value = fieldValue(row[i + 2]) { fields[spec.name] = value }
        }
        return StoredRecord(fid: fid, record: RegistryRecord(layer: layer, fields: fields, geometry: geometry))
    }
}
