/// Reads the units (and, from a registry, the lines) that the boundary framework checks run on.
public enum CheckInputReader {
    /// The units of `files`, checked together as one coverage. Features are read as the `units` layer with
    /// `idField` and `nameField` for foreign schemas (DataV's `adcode`, the MCA's `QUHUADAIMA`), reprojected
    /// from `crs` when given. Features that cannot be used become findings (``FindingCode/geometryUnreadable``),
    /// not errors: the rest is still checked.
    /// - Throws: ``ExchangeError`` when a file cannot be read at all; ``FieldMappingError`` for a bad field name.
    public static func read(files: [String], idField: String?, nameField: String?, crs: CRS?, selection: UnitSelection) throws -> CheckInput {
        var pairs: [(field: String, source: String)] = []
        if let idField { pairs.append(("code", idField)) }
        if let nameField { pairs.append(("name", nameField)) }
        let mapping = try FieldMapping(pairs)
        var units: [CheckedUnit] = []
        var problems: [Finding] = []
        for file in files {
            let source = try ImportSources.make(file: file, layer: .units, mapping: mapping, crs: crs, encoding: "auto")
            try source.forEachCandidate { candidate in
                let code = candidate.values["code"]?.displayText.map(AdminCode.normalized) ?? ""
                let name = candidate.values["name"]?.displayText
                let subject = code.isEmpty ? candidate.position : code
                func unusable(_ reason: LocalizedText) {
                    problems.append(Finding(.geometryUnreadable, subjects: [subject], file: file, record: candidate.position,
                                            field: "geometry", values: ["subject": .text(name.map { "\(subject) \($0)" } ?? subject),
                                                                        "reason": .localized(reason)]))
                }
                if let reason = candidate.unreadable { unusable(reason); return }
                switch candidate.geometry {
                case .none:
                    unusable(LocalizedText(zh: "没有几何", en: "no geometry"))
                case .failure(let error):
                    unusable(LocalizedText(zh: error.zh, en: error.message))
                case .success(let geometry):
                    guard geometry.dimension == 2 else {
                        unusable(LocalizedText(zh: "不是面（\(geometry.typeName)）", en: "not a polygon (\(geometry.typeName))"))
                        return
                    }
                    guard !code.isEmpty else {
                        unusable(LocalizedText(zh: "没有代码（用 --id-field 指定代码字段）", en: "no code (name the code field with --id-field)"))
                        return
                    }
                    let unit = CheckedUnit(code: code, name: name, boundary: geometry, file: file, record: candidate.position)
                    if selection.accepts(unit) { units.append(unit) }
                }
            }
        }
        return CheckInput(units: units, problems: problems, source: files.joined(separator: ", "))
    }

    /// The units of `store` in force on `asOf` (current ones when nil) with their boundaries and seats, and the
    /// boundary lines between them. Without a level in `selection`, the level with the most units is taken, so
    /// that provinces and counties are never mixed in one coverage.
    /// - Throws: the store's errors; ``RecordConversionError`` for a record that does not convert.
    public static func read(store: any RegistryStore, asOf: RegistryDate?, selection: UnitSelection) throws -> CheckInput {
        let all = try store.records(AdminUnit.self, asOf: asOf).compactMap { unit -> CheckedUnit? in
            guard let boundary = unit.boundary else { return nil }
            return CheckedUnit(code: unit.code, name: unit.names.standard, level: unit.level, boundary: boundary, seat: unit.seat?.position)
        }
        var selection = selection
        if selection.level == nil {
            let counts = Dictionary(grouping: all.compactMap(\.level), by: { $0 }).mapValues(\.count)
            selection.level = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
        let units = all.filter(selection.accepts)
        let codes = Set(units.map(\.code))
        let lines = try store.records(BoundaryLine.self, asOf: asOf).filter { codes.contains($0.leftUnitCode) && codes.contains($0.rightUnitCode) }
        var input = CheckInput(units: units, lines: lines, hasRegisteredLines: true, source: store.location,
                               seatMoves: try SeatCheck.moves(in: store, units: units.map(\.code), asOf: asOf))
        input.dataSources = try store.dataSources()
        return input
    }

    /// The seats of a points file (`--seats FILE`): one point per unit code, read as the `units` layer with
    /// `idField` for the code, reprojected from `crs`. Each replaces the seat of the unit with that code in `input`.
    /// - Throws: ``ExchangeError`` when the file cannot be read; a feature that is not a point is reported as
    ///   ``FindingCode/geometryUnreadable``.
    public static func addSeats(file: String, idField: String?, crs: CRS?, to input: inout CheckInput) throws {
        let mapping = try FieldMapping(idField.map { [("code", $0)] } ?? [])
        let source = try ImportSources.make(file: file, layer: .units, mapping: mapping, crs: crs, encoding: "auto")
        var seats: [String: Coordinate] = [:]
        try source.forEachCandidate { candidate in
            let code = candidate.values["code"]?.displayText.map(AdminCode.normalized) ?? ""
            guard case .success(.point(let p))? = candidate.geometry, !code.isEmpty else {
                input.problems.append(Finding(.geometryUnreadable, subjects: [code.isEmpty ? candidate.position : code], file: file,
                                              record: candidate.position, field: "geometry",
                                              values: ["subject": .text(code.isEmpty ? candidate.position : code),
                                                       "reason": .localized(LocalizedText(zh: "驻地须为带单元代码的点", en: "a seat must be a point with a unit code"))]))
                return
            }
            seats[code] = p.coordinate
        }
        for i in input.units.indices { if let seat = seats[input.units[i].code] { input.units[i].seat = seat } }
    }
}
