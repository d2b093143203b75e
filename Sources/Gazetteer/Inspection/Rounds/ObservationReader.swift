import Foundation

/// Reads a round's field observations from a CSV or GeoJSON file, all or nothing.
///
/// Fields (rename with `--map field=column`): `number` (required), the position as `x`/`y` (CSV: the easting and
/// northing in `--crs`, or longitude/latitude without it; also read from `lon`/`lat` columns) or the feature's
/// point (GeoJSON), `condition` (required: ``MarkerCondition``, English or Chinese), `photos` (`;`-separated),
/// `notes`, `observer`, `time`. A post reported missing needs no position; every other needs one. A position in
/// another CRS is reprojected to CGCS2000 and refused when it falls outside the CRS's area of use or China
/// (``Reprojection``), which catches swapped eastings and northings and a wrong `--crs`.
///
/// Every problem of the file is collected with its line (CSV) or feature (GeoJSON) and reported together in one
/// ``RoundError/malformedObservations(file:problems:)``; nothing is returned then, so nothing is written.
public struct ObservationReader {
    /// The fields `--map` may map.
    public static let fields = ["number", "x", "y", "condition", "photos", "notes", "observer", "time"]

    public var mapping: FieldMapping
    /// The CRS of the file's positions; nil for CGCS2000 (or WGS 84) longitude/latitude.
    public var crs: CRS?
    /// The day of the import, to refuse an observation dated after it; nil to accept any date. A `time` must begin
    /// with its day (`2025-06-09`, `2025-06-09 10:30`, `2025-06-09T10:30:00+08:00`) either way: the signed report
    /// dates each visit by it.
    public var today: RegistryDate?

    /// A reader with `mapping` and `crs`.
    public init(mapping: FieldMapping = FieldMapping(), crs: CRS? = nil, today: RegistryDate? = nil) {
        self.mapping = mapping
        self.crs = crs
        self.today = today
    }

    /// One record as read, before validation.
    private struct Raw {
        var record: String
        var values: [String: String]
        var position: Result<Coordinate, ImportGeometryError>?
    }

    /// The observations of `file` (CSV/TSV/TXT by extension, GeoJSON otherwise).
    /// - Throws: ``RoundError/malformedObservations(file:problems:)`` for bad records; ``ExchangeError`` or
    ///   ``FieldMappingError`` when the file or mapping cannot be read at all; ``GeodesyError`` for an unknown CRS.
    public func read(_ file: String) throws -> [FieldObservation] {
        try mapping.validate(knownFields: Self.fields + ["lon", "lat"])
        let lower = file.lowercased()
        let raws = lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") ? try readCSV(file) : try readGeoJSON(file)
        let reprojection = try crs.map { (crs) throws(GeodesyError) in try Reprojection(from: crs) }
        var problems: [LocalizedText] = [], result: [FieldObservation] = [], firstSeen: [String: String] = [:]
        func problem(_ raw: Raw, _ zh: String, _ en: String) {
            problems.append(LocalizedText(zh: "\(Self.chinese(raw.record))：\(zh)", en: "\(raw.record): \(en)"))
        }
        for raw in raws {
            let number = (raw.values["number"] ?? "").trimmedWhitespace.uppercased()
            guard !number.isEmpty else {
                problem(raw, "缺少界桩号（\(mapping.source(for: "number"))）", "no marker number (\(mapping.source(for: "number")))")
                continue
            }
            if let earlier = firstSeen[number] {
                problem(raw, "界桩 \(number) 在 \(Self.chinese(earlier)) 已有记录", "marker \(number) is recorded already at \(earlier)")
                continue
            }
            firstSeen[number] = raw.record
            let conditionText = (raw.values["condition"] ?? "").trimmedWhitespace
            guard let condition = MarkerCondition(term: conditionText) else {
                let what = conditionText.isEmpty ? "缺少状况（\(mapping.source(for: "condition"))）" : "状况“\(conditionText)”无法识别"
                let whatEn = conditionText.isEmpty ? "no condition (\(mapping.source(for: "condition")))" : "condition '\(conditionText)' is not known"
                problem(raw, "\(number) \(what)：应为 \(MarkerCondition.acceptedTerms)", "\(number) \(whatEn): expected one of \(MarkerCondition.acceptedTerms)")
                continue
            }
            var source: Coordinate?, position: Coordinate?
            switch raw.position {
            case .failure(let error)?:
                problem(raw, "\(number) 坐标有误：\(error.zh)", "\(number): bad position: \(error.message)")
                continue
            case .success(let c)?:
                source = c
                if let reprojection {
                    switch reprojection.reproject(c) {
                    case .success(let moved): position = moved
                    case .failure(let error):
                        problem(raw, "\(number) 坐标有误：\(error.zh)", "\(number): bad position: \(error.message)")
                        continue
                    }
                } else if Reprojection.chinaExtent.contains(c) {
                    position = c
                } else {
                    problem(raw, "\(number) 坐标 (\(c.x), \(c.y)) 不是中国范围内的经纬度：坐标系可能不对（请用 --crs 指明，如 EPSG:4550）",
                            "\(number): (\(c.x), \(c.y)) is not a longitude/latitude in China: the CRS is probably wrong (name it with --crs, e.g. EPSG:4550)")
                    continue
                }
            case nil:
                guard condition == .missing else {
                    problem(raw, "\(number) 缺少实测坐标（只有“丢失”的界桩可以没有坐标）",
                            "\(number): no measured position (only a post reported missing may have none)")
                    continue
                }
            }
            let photos = (raw.values["photos"] ?? "").split(whereSeparator: { $0 == ";" || $0 == "；" })
                .map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            func text(_ field: String) -> String? {
                raw.values[field].map(\.trimmedWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            }
            if let time = text("time") {
                // The day is what comes before the time of day: `2025-06-09 10:30`, `2025-06-09T10:30`, `20250609 10:30`.
                guard let day = RegistryDate(String(time.prefix { $0 != "T" && $0 != " " })), RegistryDate.recordable.contains(day) else {
                    problem(raw, "\(number) 观测时间“\(time)”无法识别：应以日期开头（如 2025-06-09 或 2025-06-09 10:30）",
                            "\(number): the time '\(time)' is not understood: it must begin with the day (e.g. 2025-06-09 or 2025-06-09 10:30)")
                    continue
                }
                if let today, day > today {
                    problem(raw, "\(number) 观测时间 \(time) 晚于今天（\(today)）", "\(number): observed at \(time), after today (\(today))")
                    continue
                }
            }
            result.append(FieldObservation(number: number, position: position, sourcePosition: source, sourceCRS: crs?.definition,
                                           condition: condition, photos: photos, notes: text("notes"), observer: text("observer"),
                                           observedAt: text("time"), file: file, record: raw.record))
        }
        guard problems.isEmpty else { throw RoundError.malformedObservations(file: file, problems: problems) }
        return result
    }

    /// "line 7" → "第 7 行", "features[3]" stays.
    static func chinese(_ record: String) -> String {
        record.hasPrefix("line ") ? "第 \(record.dropFirst(5)) 行" : record
    }

    private func readCSV(_ file: String) throws -> [Raw] {
        let stream: CSVRecordStream
        do { stream = try CSVRecordStream(path: file) } catch { throw error.exchangeError(file: file) }
        guard let header = stream.header else {
            throw ExchangeError.unexpectedContent(file: file, reason: LocalizedText(zh: "没有表头行", en: "no header row"))
        }
        let xColumn = mapping.isMapped("x") || header.index(of: "x") != nil ? mapping.source(for: "x") : mapping.source(for: "lon")
        let yColumn = mapping.isMapped("y") || header.index(of: "y") != nil ? mapping.source(for: "y") : mapping.source(for: "lat")
        for required in [mapping.source(for: "number"), mapping.source(for: "condition")] where header.index(of: required) == nil {
            throw ExchangeError.unexpectedContent(file: file, reason: LocalizedText(
                zh: "表头（\(header.names.joined(separator: "、"))）缺少列“\(required)”（可用 --map 指明，如 --map number=点号,condition=状况）",
                en: "the header (\(header.names.joined(separator: ", "))) has no column '\(required)' (map it with --map, e.g. --map number=点号,condition=状况)"))
        }
        var raws: [Raw] = []
        while true {
            let record: CSVRecord
            do {
                guard let next = try stream.next() else { break }
                record = next
            } catch where error.isRecoverable {
                if case .fieldCount(let expected, let found) = error.reason {
                    raws.append(Raw(record: "line \(error.line)", values: ["number": "?", "condition": "?"],
                                    position: .failure(ImportGeometryError("the row has \(found) fields, the header has \(expected)",
                                                                           zh: "该行有 \(found) 个字段，表头有 \(expected) 个"))))
                }
                continue
            } catch {
                throw error.exchangeError(file: file)
            }
            var values: [String: String] = [:]
            for field in Self.fields { if let v = header.value(mapping.source(for: field), in: record) { values[field] = v } }
            let xText = header.value(xColumn, in: record)?.trimmedWhitespace ?? "", yText = header.value(yColumn, in: record)?.trimmedWhitespace ?? ""
            var position: Result<Coordinate, ImportGeometryError>?
            if !xText.isEmpty || !yText.isEmpty {
                if let x = Double(xText), let y = Double(yText), x.isFinite, y.isFinite {
                    position = .success(Coordinate(x: x, y: y))
                } else {
                    position = .failure(ImportGeometryError("coordinates '\(xText)', '\(yText)' are not finite numbers",
                                                            zh: "坐标“\(xText)”“\(yText)”不是有限的数"))
                }
            }
            raws.append(Raw(record: "line \(record.line)", values: values, position: position))
        }
        return raws
    }

    private func readGeoJSON(_ file: String) throws -> [Raw] {
        try GeoJSONReader.readFeatures(path: file, reading: .init(given: crs)).map { feature in
            var values: [String: String] = [:]
            for field in Self.fields {
                if let v = feature.properties[mapping.source(for: field)]?.displayText { values[field] = v }
            }
            if values["number"] == nil, !mapping.isMapped("number"), let id = feature.id?.displayText { values["number"] = id }
            var position: Result<Coordinate, ImportGeometryError>?
            switch feature.geometry {
            case .success(.point(let p))?: position = .success(p.coordinate)
            case .success(let g)?: position = .failure(ImportGeometryError("a \(g.typeName), not a point", zh: "几何为 \(g.typeName)，不是点"))
            case .failure(let e)?: position = .failure(ImportGeometryError(e.description))
            case nil: position = nil
            }
            return Raw(record: "features[\(feature.index)]", values: values, position: position)
        }
    }
}
