/// Checks import candidates against a layer's schema and turns the good ones into registry records.
///
/// Every problem of every record is collected (none stops the scan), so that one run of an import tells the user
/// everything to fix. Checks: required fields, field types (codes of digits, dates, numbers in range, choices,
/// JSON), duplicate keys in the file, geometry presence, type, coordinate range, apparently swapped axes, validity
/// (optionally repaired), and references to other records (units, lines) in the registry.
public struct RecordValidator: Sendable {
    public var layer: Layer
    /// Repair invalid polygons with GEOS's makeValid (keeping the polygonal part) instead of rejecting them.
    public var repairInvalid: Bool
    /// Keys that references may point to: unit codes and line codes known to the registry.
    public var knownUnits: Set<String>
    public var knownLines: Set<String>
    /// The keys of the layer's current records: an input record with one of them updates that record, so it need not
    /// carry every required field or a geometry (what it does not carry is kept).
    public var existingKeys: Set<String>
    /// Treat every record as complete (`--replace`): fields it does not carry are cleared, and it must carry the
    /// required ones even when it updates an existing record.
    public var replace: Bool
    /// The day new versions start when a record has no `valid_from`, to refuse a `valid_to` that would end them first.
    public var effective: RegistryDate?
    /// The day of the import, to refuse an emplacement, agreement or approval dated after it (``FieldKind/pastDate``);
    /// `nil` to accept any.
    public var today: RegistryDate?

    public init(layer: Layer, repairInvalid: Bool = false, knownUnits: Set<String> = [], knownLines: Set<String> = [],
                existingKeys: Set<String> = [], replace: Bool = false, effective: RegistryDate? = nil, today: RegistryDate? = nil) {
        self.layer = layer
        self.repairInvalid = repairInvalid
        self.knownUnits = knownUnits
        self.knownLines = knownLines
        self.existingKeys = existingKeys
        self.replace = replace
        self.effective = effective
        self.today = today
    }

    /// A validator for records read one at a time; it remembers the keys seen, to report duplicates.
    public func stream() -> Stream { Stream(validator: self) }

    /// Validates records one at a time (see ``RecordValidator``).
    public struct Stream {
        let validator: RecordValidator
        private var seenKeys: [String: String] = [:]
        private let specs: [FieldSpec]
        /// The position in ``specs`` of each field name.
        private let specIndex: [String: Int]
        /// The candidate's value of each field, by position (reset after each record): a record's values are
        /// looked up by the few names it has, not by every field the layer has.
        private var valuesBySpec: [JSONValue?]
        private let unitCodeFields: Set<String>
        /// The set of carried fields, per pattern of fields present (bit i: field i, bit 63: the geometry): the
        /// records of one file nearly always carry the same fields, so one set serves them all.
        private var carriedSets: [UInt64: Set<String>] = [:]

        init(validator: RecordValidator) {
            self.validator = validator
            specs = validator.layer.fields
            specIndex = Dictionary(uniqueKeysWithValues: specs.enumerated().map { ($1.name, $0) })
            valuesBySpec = Array(repeating: nil, count: specs.count)
            unitCodeFields = validator.layer.unitCodeFields
            assert(specs.count < 63, "a layer's fields and the geometry must fit the bits of a UInt64")
        }

        /// The record to store, or nil when the candidate has an error; and every issue found.
        public mutating func validate(_ candidate: ImportCandidate) -> (record: RegistryRecord?, issues: [ImportIssue]) {
            if let reason = candidate.unreadable {
                // Its fields cannot be told apart, so checking them would only report phantom problems.
                return (nil, [ImportIssue(.error, position: candidate.position, reason: reason)])
            }
            let layer = validator.layer
            var issues: [ImportIssue] = []
            let key = candidate.values[layer.keyField].flatMap(RecordValidator.text)
                .map { unitCodeFields.contains(layer.keyField) ? AdminCode.normalized($0) : $0 }
            func issue(_ field: String?, _ zh: String, _ en: String, _ severity: Finding.Severity = .error) {
                issues.append(ImportIssue(severity, position: candidate.position, key: key, field: field, reason: LocalizedText(zh: zh, en: en)))
            }
            // An update of a registered record carries only the fields the input has; the rest are kept.
            let partial = !validator.replace && key.map(validator.existingKeys.contains) == true
            var fields = FieldBag()
            var present: UInt64 = 0
            for (name, value) in candidate.values {
                guard let i = specIndex[name] else { continue }
                valuesBySpec[i] = value
                present |= 1 << UInt64(i)
            }
            defer { for i in specs.indices where present & (1 << UInt64(i)) != 0 { valuesBySpec[i] = nil } }
            for (i, spec) in specs.enumerated() {
                let raw = valuesBySpec[i]
                let text = raw.flatMap(RecordValidator.text) ?? ""
                guard let raw, raw != .null, !text.isEmpty else {
                    if spec.required && !partial {
                        issue(spec.name, "缺少必填字段", "required field is missing")
                    } else if spec.required && raw != nil {
                        issue(spec.name, "必填字段不能清空", "a required field cannot be cleared")
                    }
                    continue
                }
                switch RecordValidator.convert(raw, text: text, spec.kind, today: validator.today) {
                case .success(let value):
                    fields[spec.name] = unitCodeFields.contains(spec.name) ? .text(AdminCode.normalized(value.description)) : value
                case .failure(let reason): issue(spec.name, reason.zh, reason.en)
                }
            }
            if let from = fields["valid_from"].flatMap({ RegistryDate($0.description) }) ?? validator.effective,
               let to = fields["valid_to"].flatMap({ RegistryDate($0.description) }), to <= from {
                issue("valid_to", "终止日期 \(to) 不晚于起始日期 \(from)：该版本将不在任何日期生效",
                      "valid_to \(to) is not after valid_from \(from): the version would be in force on no day")
            }
            if let key {
                if let first = seenKeys[key] {
                    issue(layer.keyField, "编号重复，与 \(first) 相同", "duplicate key: same as \(first)")
                } else {
                    seenKeys[key] = candidate.position
                }
            }
            var geometry: Geometry?
            switch candidate.geometry {
            case .none:
                if layer.requiresGeometry && !partial { issue("geometry", "缺少几何", "geometry is missing") }
            case .failure(let error):
                issue("geometry", "几何无法读取：\(error.zh)", "geometry cannot be read: \(error.message)")
            case .success(let g):
                geometry = validator.checkGeometry(g) { zh, en, severity in issue("geometry", zh, en, severity) }
            }
            if layer == .units, fields["level"] == nil, let code = key, let level = AdminLevel(code: code) {
                fields["level"] = .text(level.rawValue)
            }
            if layer == .markers, fields["kind"] == nil, let number = key.flatMap(ProvincialMarkerNumber.init) {
                fields["kind"] = .text(number.kind.rawValue)
            }
            if layer == .markers, fields["height"] == nil, case .point(let p)? = geometry, let z = p.z {
                fields["height"] = .real(z)
            }
            geometry = PointHeight.flatten(geometry, layer: layer, fields: fields) { zh, en in issue("geometry", zh, en, .warning) }
            validator.checkReferences(fields) { field, zh, en, severity in issue(field, zh, en, severity) }
            let rejected = issues.contains { $0.severity == .error }
            if candidate.geometry != nil { present |= 1 << 63 }
            let carried = carriedFields(present)
            if let key { fields[layer.keyField] = .text(key) }
            let record = RegistryRecord(layer: layer, fields: fields, geometry: geometry, carriedFields: validator.replace ? nil : carried)
            return (rejected ? nil : record, issues)
        }

        /// The names of the fields in `present` (see ``carriedSets``).
        private mutating func carriedFields(_ present: UInt64) -> Set<String> {
            if let known = carriedSets[present] { return known }
            var names = Set(specs.indices.filter { present & (1 << UInt64($0)) != 0 }.map { specs[$0].name })
            if present & (1 << 63) != 0 { names.insert("geometry") }
            carriedSets[present] = names
            return names
        }
    }

    /// Text of a raw value: strings as they are, integral numbers without a decimal point.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s.trimmedWhitespace
        default: return value.displayText
        }
    }

    /// Converts a raw value to the field's kind, or says why it cannot be. Control characters other than tab and
    /// line breaks, and invisible format characters, are refused in every kind (see ``ForbiddenCharacters``).
    static func convert(_ raw: JSONValue, text: String, _ kind: FieldKind, today: RegistryDate? = nil) -> Result<FieldValue, ValueProblem> {
        if let (scalar, position) = ForbiddenCharacters.firstForbidden(in: text) {
            return .failure(ForbiddenCharacters.problem(scalar, at: position))
        }
        switch kind {
        case .text:
            return .success(.text(text))
        case .digits:
            // ASCII digits, byte by byte: a character is ASCII and a number exactly when it is one of 0–9.
            guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                return .failure(ValueProblem(zh: "应为数字代码，实为“\(text)”", en: "expected a code of digits, found '\(text)'"))
            }
            return .success(.text(text))
        case .date, .pastDate:
            guard let date = RegistryDate(text) else {
                return .failure(ValueProblem(zh: "日期无效“\(text)”（应为 YYYY-MM-DD）", en: "invalid date '\(text)' (expected YYYY-MM-DD)"))
            }
            guard RegistryDate.recordable.contains(date) else {
                return .failure(ValueProblem(zh: "日期 \(date) 不在 1900—2099 年之间，可能是笔误", en: "the date \(date) is outside 1900–2099, probably a typo"))
            }
            if kind == .pastDate, let today, date > today {
                return .failure(ValueProblem(zh: "日期 \(date) 在今天（\(today)）之后：已发生的事（埋设、签订、批准）不能晚于今天",
                                             en: "the date \(date) is after today (\(today)): an emplacement, agreement or approval cannot be later"))
            }
            return .success(.text(date.description))
        case .real(let range):
            guard let number = raw.numberValue ?? Double(text), number.isFinite else {
                return .failure(ValueProblem(zh: "应为数值，实为“\(text)”", en: "expected a number, found '\(text)'"))
            }
            if let range, !range.contains(number) {
                return .failure(ValueProblem(zh: "数值 \(text) 超出范围 \(range.lowerBound)–\(range.upperBound)",
                                             en: "\(text) is outside \(range.lowerBound)–\(range.upperBound)"))
            }
            return .success(.real(number))
        case .integer(let range):
            guard let number = raw.numberValue ?? Double(text), number.rounded() == number, abs(number) < 1e15 else {
                return .failure(ValueProblem(zh: "应为整数，实为“\(text)”", en: "expected a whole number, found '\(text)'"))
            }
            let value = Int64(number)
            if let range, !range.contains(value) {
                return .failure(ValueProblem(zh: "数值 \(text) 超出范围 \(range.lowerBound)–\(range.upperBound)",
                                             en: "\(text) is outside \(range.lowerBound)–\(range.upperBound)"))
            }
            return .success(.integer(value))
        case .choice(let options):
            guard options.contains(text) else {
                return .failure(ValueProblem(zh: "“\(text)”不是允许的取值（\(options.joined(separator: "、"))）",
                                             en: "'\(text)' is not one of \(options.joined(separator: ", "))"))
            }
            return .success(.text(text))
        case .json:
            switch raw {
            case .array, .object: return .success(.text(JSONWriter.serialize(raw)))
            default:
                guard (try? JSONParser.parse(text)) != nil else {
                    return .failure(ValueProblem(zh: "不是有效的 JSON", en: "not valid JSON"))
                }
                return .success(.text(text))
            }
        }
    }

    /// Why a value was refused.
    public struct ValueProblem: Error, Sendable, Equatable {
        public var zh: String
        public var en: String
    }

    /// Checks type, coordinate ranges, axis order and validity; returns the geometry to store (repaired when asked).
    func checkGeometry(_ g: Geometry, report: (String, String, Finding.Severity) -> Void) -> Geometry? {
        guard layer.geometry.accepts(g) else {
            report("几何类型 \(g.typeName) 不适用于\(layer.chinese)图层（应为 \(layer.geometry.rawValue)）",
                   "geometry type \(g.typeName) does not fit layer \(layer.rawValue) (expected \(layer.geometry.rawValue))", .error)
            return nil
        }
        if g.isEmpty {
            report("几何为空", "geometry is empty", .error)
            return nil
        }
        var outOfRange: Coordinate?
        var allSwapped = true
        g.forEachCoordinate { c in
            if !(-180...180).contains(c.x) || !(-90...90).contains(c.y) { outOfRange = outOfRange ?? c }
            // China spans longitudes 73–136 and latitudes 3–54: a point with those ranges exchanged is swapped.
            if !((3...54).contains(c.x) && (73...136).contains(c.y)) { allSwapped = false }
        }
        if allSwapped {
            report("坐标疑似经纬度颠倒（x 在 3–54、y 在 73–136 之间）：请交换坐标轴",
                   "coordinates look swapped (x within 3–54, y within 73–136): exchange longitude and latitude", .error)
            return nil
        }
        if let c = outOfRange {
            report("坐标 (\(c.x), \(c.y)) 超出经纬度范围：是投影坐标吗？请用 --crs 指定坐标系",
                   "coordinate (\(c.x), \(c.y)) is outside longitude/latitude range: projected coordinates? name their CRS with --crs", .error)
            return nil
        }
        guard g.dimension == 2 else { return g }
        do {
            let validity = try g.validity()
            if validity.isValid { return g }
            let place = validity.location.map { " @ \($0.x) \($0.y)" } ?? ""
            let reason = GeometryValidation.describe(reason: validity.reason ?? "invalid")
            guard repairInvalid else {
                report("几何无效：\(reason.zh)\(place)；可用 --make-valid 修复", "invalid geometry: \(reason.en)\(place); --make-valid repairs it", .error)
                return nil
            }
            guard let repaired = try g.makeValid().polygonalPart else {
                report("几何无效且无法修复：\(reason.zh)\(place)", "invalid geometry that cannot be repaired: \(reason.en)\(place)", .error)
                return nil
            }
            report("几何无效，已修复：\(reason.zh)\(place)", "invalid geometry repaired: \(reason.en)\(place)", .warning)
            return repaired
        } catch {
            report("几何检查失败：\(error)", "geometry check failed: \(error)", .error)
            return nil
        }
    }

    /// References to units and lines must resolve, in the registry or in the same file.
    func checkReferences(_ fields: FieldBag, report: (String, String, String, Finding.Severity) -> Void) {
        let units = knownUnits
        func unit(_ field: String, severity: Finding.Severity) {
            guard let code = fields[field]?.description, !units.contains(code) else { return }
            report(field, "行政区划代码 \(code) 不在登记册中", "unit code \(code) is not in the registry", severity)
        }
        switch layer {
        case .units:
            // A parent outside the registry (the city itself, the province) is normal.
            break
        case .lines:
            // Provincial and league lines face units of other provinces and leagues, which the registry need not hold.
            let outward = fields["level"]?.description != BoundaryLevel.county.rawValue
            unit("left_unit", severity: outward ? .info : .error)
            unit("right_unit", severity: outward ? .info : .error)
        case .markers:
            if let line = fields["line"]?.description, !knownLines.contains(line) {
                report("line", "界线代码 \(line) 不在登记册中", "line code \(line) is not in the registry", .error)
            }
        case .names:
            unit("unit", severity: .error)
        }
    }
}

import Foundation
