import Foundation

/// Reads device messages from JSON lines (one object a line, `.jsonl`/`.ndjson`) or CSV with a header.
///
/// Fields (the registry-style names; `--map` names other columns or properties, as for import):
/// - `device_id` — the device's id;
/// - `time` — ISO 8601 with an offset (``TelemetryTime``);
/// - `lon`, `lat` — the position, CGCS2000 longitude/latitude, or x/y (easting/northing) in the CRS given;
/// - `tilt` — degrees from the vertical (0–90), optional;
/// - `battery` — charge in **percent** (0–100), optional. Percent because that is what the vendors' platforms show
///   and what an alert threshold is written in; a volt reading depends on the cell chemistry and is refused
///   (a value above 100 or below 0 is an error);
/// - `tamper` — the anti-tamper sensor: `true`/`false`, `1`/`0`, optional.
///
/// Every malformed message is collected with its line, then thrown together (``TelemetryInputError``).
public enum TelemetryReader {
    /// The fields a `--map` may name.
    public static let fields = ["device_id", "time", "lon", "lat", "tilt", "battery", "tamper"]

    /// The messages of the file at `path`, in file order.
    /// - Parameters:
    ///   - mapping: which column or property holds each field.
    ///   - crs: the CRS of `lon`/`lat`; `nil` for CGCS2000 longitude/latitude. A position it puts outside its area of
    ///     use is refused (``Reprojection``), as an import refuses it.
    ///   - now: the time of reading, to refuse a message stamped more than ``clockTolerance`` after it (a device whose
    ///     clock runs years ahead, a mistyped year); `nil` to accept any time.
    /// - Throws: ``TelemetryInputError`` listing every malformed message; ``FieldMappingError`` for a `--map` naming
    ///   an unknown field; ``GeodesyError`` when `crs` cannot be transformed to CGCS2000.
    public static func read(path: String, mapping: FieldMapping = FieldMapping(), crs: CRS? = nil, now: Date? = nil) throws -> [TelemetryMessage] {
        try mapping.validate(knownFields: fields)
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch {
            throw TelemetryInputError(file: path, problems: [.init(line: 0, reason: LocalizedText(zh: "无法读取：\(error)", en: "cannot read: \(error)"))])
        }
        let rows = try isCSV(path: path, bytes: bytes) ? csvRows(bytes, path: path, mapping: mapping) : jsonRows(bytes, mapping: mapping)
        let reprojection = try crs.map { (crs) throws(GeodesyError) in try Reprojection(from: crs) }
        var problems = rows.problems
        var messages: [TelemetryMessage] = []
        for row in rows.rows {
            switch message(row, reprojection: reprojection, now: now) {
            case .success(let message): messages.append(message)
            case .failure(let rowProblems): problems += rowProblems.problems
            }
        }
        if !problems.isEmpty { throw TelemetryInputError(file: path, problems: problems.sorted { $0.line < $1.line }) }
        return messages
    }

    /// One message's fields as text, by registry field name, and its line.
    struct Row {
        var line: Int
        var value: (String) -> String?
    }

    /// Rows and the problems found while splitting the file into them.
    struct Rows {
        var rows: [Row] = []
        var problems: [TelemetryInputError.Problem] = []
    }

    /// A row's problems, as a failure.
    struct RowProblems: Error {
        var problems: [TelemetryInputError.Problem]
    }

    /// CSV by extension, JSON lines by extension, else by the first non-blank byte (`{` is JSON).
    static func isCSV(path: String, bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return true }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return false }
        let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        return first != UInt8(ascii: "{")
    }

    static func csvRows(_ bytes: [UInt8], path: String, mapping: FieldMapping) throws -> Rows {
        let table = try CSVReader.parse(bytes: bytes, options: .forFile(path), file: path)
        var rows = Rows()
        rows.problems = table.problems.map { .init(line: $0.line, reason: LocalizedText(zh: $0.description, en: $0.description)) }
        guard let header = table.header else { return rows }
        let missing = header.missing(["device_id", "time", "lon", "lat"].map(mapping.source(for:)))
        if !missing.isEmpty {
            rows.problems.append(.init(line: header.line, reason: LocalizedText(
                zh: "表头缺少列：\(missing.joined(separator: "、"))（用 --map 指定列名）",
                en: "the header lacks column(s): \(missing.joined(separator: ", ")) (name them with --map)")))
            return rows
        }
        let badLines = Set(table.problems.map(\.line))
        for record in table.records where !badLines.contains(record.line) {
            rows.rows.append(Row(line: record.line) { field in
                header.value(mapping.source(for: field), in: record).flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0.trimmedWhitespace }
            })
        }
        return rows
    }

    static func jsonRows(_ bytes: [UInt8], mapping: FieldMapping) -> Rows {
        var rows = Rows()
        var start = bytes.startIndex
        var line = 1
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            defer { start = end + 1; line += 1 }
            if text.trimmedWhitespace.isEmpty { continue }
            do {
                let value = try JSONParser.parse(text)
                guard let object = value.objectValue else {
                    rows.problems.append(.init(line: line, reason: LocalizedText(zh: "应为 JSON 对象，实为 \(value.typeName)", en: "expected a JSON object, found \(value.typeName)")))
                    continue
                }
                rows.rows.append(Row(line: line) { field in object[mapping.source(for: field)]?.displayText })
            } catch {
                rows.problems.append(.init(line: line, reason: LocalizedText(zh: "JSON 语法错误：第 \(error.column) 列：\(error.reason)",
                                                                               en: "JSON syntax error at column \(error.column): \(error.reason)")))
            }
        }
        return rows
    }

    /// The message of `row`, or every problem with it.
    /// How far past the time of reading a message may be stamped: a day, for clocks that drift and offsets mistyped.
    public static let clockTolerance: TimeInterval = 86_400

    static func message(_ row: Row, reprojection: Reprojection?, now: Date? = nil) -> Result<TelemetryMessage, RowProblems> {
        var problems: [TelemetryInputError.Problem] = []
        func problem(_ field: String, zh: String, en: String) {
            problems.append(.init(line: row.line, field: field, reason: LocalizedText(zh: zh, en: en)))
        }
        func required(_ field: String) -> String? {
            guard let text = row.value(field) else {
                problem(field, zh: "缺少必填字段", en: "missing required field"); return nil
            }
            return text
        }
        func number(_ field: String, required isRequired: Bool, range: ClosedRange<Double>? = nil, unit: String = "") -> Double? {
            guard let text = isRequired ? required(field) : row.value(field) else { return nil }
            guard let value = Double(text), value.isFinite else {
                problem(field, zh: "“\(text)”不是数值", en: "'\(text)' is not a number"); return nil
            }
            if let range, !range.contains(value) {
                problem(field, zh: "\(text) 超出范围 \(range.lowerBound)–\(range.upperBound)\(unit)",
                        en: "\(text) is outside \(range.lowerBound)–\(range.upperBound)\(unit)")
                return nil
            }
            return value
        }
        let device = required("device_id")
        let timeText = required("time")
        let time = timeText.flatMap { text -> Date? in
            guard let date = TelemetryTime.parse(text) else {
                problem("time", zh: "“\(text)”不是带时区的 ISO 8601 时间（如 2025-06-01T08:00:00+08:00）",
                        en: "'\(text)' is not an ISO 8601 time with an offset (e.g. 2025-06-01T08:00:00+08:00)")
                return nil
            }
            if let now, date.timeIntervalSince(now) > clockTolerance {
                problem("time", zh: "时间“\(text)”晚于读取时间一天以上：设备时钟有误，或时间写错",
                        en: "the time '\(text)' is more than a day after the time of reading: the device's clock is wrong, or the time mistyped")
                return nil
            }
            return date
        }
        let x = number("lon", required: true, range: reprojection == nil ? -180...180 : nil)
        let y = number("lat", required: true, range: reprojection == nil ? -90...90 : nil)
        let tilt = number("tilt", required: false, range: 0...90, unit: "°")
        let battery = number("battery", required: false, range: 0...100, unit: "%")
        var tamper: Bool?
        if let text = row.value("tamper") {
            switch text.lowercased() {
            case "true", "1", "yes", "是": tamper = true
            case "false", "0", "no", "否": tamper = false
            default: problem("tamper", zh: "“\(text)”不是 true/false", en: "'\(text)' is not true/false")
            }
        }
        var position: Coordinate?
        if let x, let y {
            if let reprojection {
                switch reprojection.reproject(Coordinate(x, y)) {
                case .success(let moved): position = moved
                case .failure(let error): problem("lon", zh: error.zh, en: error.message)
                }
            } else {
                position = Coordinate(x, y)
            }
        }
        guard problems.isEmpty, let device, let timeText, let time, let position else { return .failure(RowProblems(problems: problems)) }
        return .success(TelemetryMessage(deviceId: device, time: time, timeText: timeText.trimmedWhitespace, position: position,
                                         tilt: tilt, battery: battery, tamper: tamper, line: row.line))
    }
}
