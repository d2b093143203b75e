/// The round report both sides sign: the round, its line, each marker's comparison and the findings; rendered as
/// HTML (``RoundReportHTML``), JSON, GeoJSON or a terminal summary.
///
/// Renderers are pure: the same report and language give the same bytes.
public struct RoundReport: Sendable {
    public var comparison: RoundComparison
    /// The registry the round is in, for the heading.
    public var source: String?
    /// The findings recorded at the close (empty while the round is open).
    public var recorded: [RoundFindingRecord]

    /// A report of `comparison`.
    public init(comparison: RoundComparison, source: String? = nil, recorded: [RoundFindingRecord] = []) {
        self.comparison = comparison
        self.source = source
        self.recorded = recorded
    }

    public var round: InspectionRound { comparison.round }

    /// The report's title: "蒙黑线 2025 年第 4 次联合检查报告".
    public func title(_ language: Language) -> String {
        let name = comparison.line?.name ?? round.lineCode
        return language == .zh ? "\(name)（\(round.lineCode)）\(round.year) 年第 \(round.ordinal) 次联合检查报告"
                               : "Joint inspection report: \(name) (\(round.lineCode)), \(round.year), round \(round.ordinal)"
    }

    /// "已关闭 2025-07-15（文号）" or "进行中".
    public func state(_ language: Language) -> String {
        guard let closed = round.closedOn else { return language == .zh ? "进行中（未关闭）" : "open (not closed)" }
        let ref = round.decision ?? ""
        return language == .zh ? "已于 \(closed) 关闭，依据 \(ref)" : "closed on \(closed), \(ref)"
    }

    /// The condition of a marker's entry, as a table shows it: the observed condition, or "not visited".
    static func conditionText(_ entry: MarkerComparison, _ language: Language) -> String {
        entry.observation.map { $0.condition.label(language) } ?? (language == .zh ? "未检查" : "not visited")
    }

    static func coordinateText(_ c: Coordinate?) -> String {
        c.map { "\(Quantity.fixed($0.x, decimals: 7)), \(Quantity.fixed($0.y, decimals: 7))" } ?? "—"
    }

    // MARK: JSON

    /// `{"round": …, "summary": …, "markers": [...], "findings": [...]}`.
    public func json(_ language: Language) -> String {
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        func point(_ c: Coordinate?) -> JSONValue { c.map { .array([.number($0.x), .number($0.y)]) } ?? .null }
        let markers: [JSONValue] = comparison.markers.map { entry in
            .object(JSONObject([
                ("number", .string(entry.number)), ("kind", entry.registered?.kind.map { .string($0.rawValue) } ?? .null),
                ("registered_status", entry.registered?.status.map { .string($0.rawValue) } ?? .null),
                ("registered", point(entry.registered?.position)), ("observed", point(entry.observation?.position)),
                ("displacement_m", number(entry.displacement)), ("bearing_deg", number(entry.bearing)),
                ("uncertainty_m", number(entry.uncertainty)),
                ("condition", entry.observation.map { .string($0.condition.rawValue) } ?? .null),
                ("outcome", .string(entry.outcome.rawValue)),
                ("findings", .array(entry.findingCodes.map(JSONValue.string))),
                ("notes", entry.observation?.notes.map(JSONValue.string) ?? .null),
                ("observer", entry.observation?.observer.map(JSONValue.string) ?? .null),
                ("observed_at", entry.observation?.observedAt.map(JSONValue.string) ?? .null),
                ("photos", .array((entry.observation?.photos ?? []).map(JSONValue.string))),
                ("history", .array(entry.history.map { h in
                    .object(JSONObject([("round", .string(h.round)), ("year", .number(Double(h.year))), ("observed", point(h.observation.position)),
                                        ("condition", .string(h.observation.condition.rawValue)), ("drift_m", number(h.drift)),
                                        ("drift_bearing_deg", number(h.driftBearing))]))
                })),
            ]))
        }
        let counts = JSONObject(comparison.outcomeCounts.map { ($0.0.rawValue, JSONValue.number(Double($0.1))) })
        let roundObject = JSONObject([
            ("id", .string(round.id)), ("line", .string(round.lineCode)), ("line_name", comparison.line.map { .string($0.name) } ?? .null),
            ("ordinal", .number(Double(round.ordinal))), ("year", .number(Double(round.year))),
            ("parties", .array(round.parties.map(JSONValue.string))), ("opened_by", .string(round.openedBy)),
            ("opened_on", .string(round.openedOn.description)), ("closed_on", round.closedOn.map { .string($0.description) } ?? .null),
            ("decision", round.decision.map(JSONValue.string) ?? .null),
            ("tolerance_m", .number(comparison.options.tolerance)), ("displaced_m", .number(comparison.options.displaced)),
        ])
        let findings: [JSONValue] = comparison.findings.map { .object($0.jsonMembers(language)) }
        let document = JSONValue.object(JSONObject([
            ("title", .string(title(language))), ("source", source.map(JSONValue.string) ?? .null), ("round", .object(roundObject)),
            ("summary", .object(counts)), ("markers", .array(markers)), ("findings", .array(findings)),
            ("recorded_findings", .number(Double(recorded.count))),
        ]))
        return JSONWriter.serialize(document, precision: 8) + "\n"
    }

    // MARK: GeoJSON

    /// A FeatureCollection: the line, one point per marker (observed position, else registered) with its
    /// comparison, and a line from the registered to the observed position of each displaced or suspected post.
    public func geojson(_ language: Language) -> String {
        var out = "{\"type\":\"FeatureCollection\",\"name\":" + JSONWriter.serialize(.string(round.id)) + ",\"features\":[\n"
        var first = true
        func feature(_ properties: JSONObject, _ geometry: Geometry) {
            if !first { out += ",\n" }
            first = false
            out += "{\"type\":\"Feature\",\"properties\":" + JSONWriter.serialize(.object(properties), precision: 8) + ",\"geometry\":"
            geometry.appendGeoJSON(to: &out, precision: 8)
            out += "}"
        }
        if let line = comparison.line, let geometry = line.geometry {
            feature(JSONObject([("feature", .string("line")), ("code", .string(line.code)), ("name", .string(line.name))]), geometry)
        }
        for entry in comparison.markers {
            guard let at = entry.observation?.position ?? entry.registered?.position else { continue }
            feature(JSONObject([
                ("feature", .string("marker")), ("number", .string(entry.number)), ("outcome", .string(entry.outcome.rawValue)),
                ("condition", .string(Self.conditionText(entry, language))),
                ("displacement_m", entry.displacement.map(JSONValue.number) ?? .null), ("bearing_deg", entry.bearing.map(JSONValue.number) ?? .null),
                ("findings", .string(entry.findingCodes.joined(separator: ","))),
            ]), .point(Point(at)))
            if let from = entry.registered?.position, let to = entry.observation?.position,
               entry.outcome == .displaced || entry.outcome == .suspectedDisplacement {
                feature(JSONObject([("feature", .string("displacement")), ("number", .string(entry.number)),
                                    ("displacement_m", entry.displacement.map(JSONValue.number) ?? .null)]),
                        .lineString(LineString([from, to])))
            }
        }
        return out + "\n]}\n"
    }

    // MARK: terminal

    /// The terminal summary: the round, the counts, the posts that need attention.
    public func summary(_ language: Language) -> String {
        let zh = language == .zh
        var out = title(language) + "\n"
        out += (zh ? "参加方：" : "Parties: ") + round.parties.joined(separator: zh ? "、" : ", ") + "\n"
        out += (zh ? "状态：" : "State: ") + state(language) + "\n"
        out += comparison.outcomeCounts.filter { $0.1 > 0 }.map { "\($0.0.label(language)) \($0.1)" }.joined(separator: zh ? "，" : ", ") + "\n\n"
        var table = TextTable(headers: zh ? ["界桩号", "状况", "位移", "方位", "结论", "问题"] : ["marker", "condition", "displacement", "bearing", "outcome", "findings"],
                              alignments: [.left, .left, .right, .right, .left, .left])
        for entry in comparison.markers where !entry.findingCodes.isEmpty {
            table.append([entry.number, Self.conditionText(entry, language), entry.displacement.map { Quantity.metres($0).formatted } ?? "—",
                          RoundComparison.bearingText(entry.bearing), entry.outcome.label(language), entry.findingCodes.joined(separator: ", ")])
        }
        return out + (table.rows.isEmpty ? (zh ? "所有界桩均无问题。\n" : "No marker needs attention.\n") : table.render())
    }
}
