import ArgumentParser
import Gazetteer

/// `gazetteer stats`: what the registry holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise the registry: records per layer, versions, total area and line length, audit entries.",
        discussion: """
            Example:
              gazetteer stats
              gazetteer stats --as-of 2019-01-01 --format json
            """
    )

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let date = try asOf.date
        let counts = try registry.counts(asOf: date)
        var length = 0.0
        // Records whose geometry could not be measured: left out of the totals, and said so.
        var unmeasured: [Finding] = []
        func measure(_ record: RegistryRecord) -> GeodesicMeasure {
            guard let g = record.geometry else { return GeodesicMeasure() }
            do {
                return try Geodesic.cgcs2000.measure(g)
            } catch {
                unmeasured.append(Finding(.geometryUnmeasurable, subjects: [record.key], file: registry.path, field: "geometry",
                                          values: ["subject": .text(record.key), "reason": .text(error.message(output.lang))]))
                return GeodesicMeasure()
            }
        }
        // Units of different levels cover the same land (a city and its counties): areas are summed per level.
        var areaByLevel: [AdminLevel: (count: Int, area: Double)] = [:]
        for unit in try registry.records(AdminUnit.self, asOf: date) where unit.boundary != nil {
            let level = unit.level ?? AdminLevel(code: unit.code) ?? .village
            let a = measure(unit.record).area
            areaByLevel[level, default: (0, 0)].count += 1
            areaByLevel[level, default: (0, 0)].area += a
        }
        let levelsWithArea = AdminLevel.allCases.compactMap { level in areaByLevel[level].map { (level, $0.count, $0.area) } }
        var byLevel: [String: Int] = [:]
        for line in try registry.records(.lines, asOf: date) {
            length += measure(line.record).length
            byLevel[line.record.fields["level"]?.description ?? "?", default: 0] += 1
        }
        defer {
            for finding in unmeasured { printError("\(finding.severity.label(output.lang))  \(finding.message(output.lang))") }
        }
        let audits = try registry.auditLog().count
        let sources = try registry.dataSources()
        let zh = output.lang == .zh
        if output.format == .json {
            var layers = JSONObject()
            for c in counts {
                layers[c.layer.rawValue] = .object(JSONObject([("in_force", .number(Double(c.inForce))), ("versions", .number(Double(c.versions)))]))
            }
            print(JSONWriter.serialize(.object(JSONObject([
                ("registry", .string(registry.path)), ("as_of", date.map { .string($0.description) } ?? .null),
                ("layers", .object(layers)),
                ("unit_area_km2_by_level", .object(JSONObject(levelsWithArea.map { ($0.0.rawValue, .number($0.2 / 1e6)) }))),
                ("line_length_km", .number(length / 1e3)),
                ("lines_by_level", .object(JSONObject(byLevel.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) }))),
                ("audit_entries", .number(Double(audits))),
                ("data_sources", .array(sources.map(\.json))),
                ("unmeasured", .array(unmeasured.flatMap(\.subjects).map(JSONValue.string))),
            ])), precision: 3))
            try finish(unmeasured)
            return
        }
        var table = TextTable(headers: zh ? ["图层", "现行记录", "全部版本"] : ["layer", "in force", "versions"], alignments: [.left, .right, .right])
        for c in counts { table.append([zh ? "\(c.layer.chinese) \(c.layer.rawValue)" : c.layer.rawValue, String(c.inForce), String(c.versions)]) }
        print(table.render(), terminator: "")
        let levels = byLevel.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let areas = levelsWithArea.map { level, count, area in
            zh ? "\(level.chinese) \(count) 个 \(JSONWriter.formatFixed(area / 1e6, decimals: 1)) km²"
               : "\(level.rawValue) \(count): \(JSONWriter.formatFixed(area / 1e6, decimals: 1)) km²"
        }.joined(separator: zh ? "，" : ", ")
        print(zh
              ? "行政区划面积（按级别）：\(areas.isEmpty ? "无" : areas)；界线总长 \(JSONWriter.formatFixed(length / 1e3, decimals: 1)) km（\(levels)）；审计记录 \(audits) 条。"
              : "Unit area by level: \(areas.isEmpty ? "none" : areas); lines run \(JSONWriter.formatFixed(length / 1e3, decimals: 1)) km (\(levels)); \(audits) audit entries.")
        for source in sources { print((zh ? "数据来源：" : "Data from: ") + source.line(output.lang)) }
        if !unmeasured.isEmpty {
            print(zh ? "（\(unmeasured.count) 条记录无法量算，未计入总数。）" : "(\(unmeasured.count) record(s) could not be measured and are left out of the totals.)")
        }
        try finish(unmeasured)
    }

    /// Exits through ``ExitStatus``: a geometry that cannot be measured is an error-severity finding.
    private func finish(_ unmeasured: [Finding]) throws {
        let summary = FindingSummary(findings: unmeasured, checked: unmeasured.count)
        if ExitStatus.of(summary) != .clean { throw FindingsReported(summary: summary) }
    }
}
