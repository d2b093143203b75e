/// The JSON members of a finding, shared by the JSON report (a finding object) and the GeoJSON report (a feature's
/// properties), so that both name and encode every member the same way.
extension Finding {
    /// The finding's members, without its location: code, severity, subjects, file, record, field, message,
    /// measured and threshold (`{"value", "unit"}`), and the template's values (text rendered in `language`,
    /// quantities as numbers).
    func jsonMembers(_ language: Language) -> JSONObject {
        func quantity(_ q: Quantity?) -> JSONValue {
            guard let q else { return .null }
            return .object(JSONObject([("value", .number(q.value)), ("unit", .string(q.unit.rawValue))]))
        }
        var filled = JSONObject()
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .quantity(let q): filled[key] = .number(q.value)
            default: filled[key] = .string(value.text(language))
            }
        }
        var review: JSONValue = .null
        switch status {
        case .open: break
        case .accepted(let r), .reopenedAutomatically(let r, _):
            var members: [(String, JSONValue)] = [
                ("reason", .string(r.reason)), ("decision", r.decision.map(JSONValue.string) ?? .null),
                ("until", r.until.map { .string($0.description) } ?? .null), ("by", .string(r.actor)),
                ("since", r.lifespan.validFrom.map { .string($0.description) } ?? .null),
            ]
            if case .reopenedAutomatically(_, let why) = status { members.append(("reopened_because", .string(why.text(language)))) }
            review = .object(JSONObject(members))
        }
        return JSONObject([
            ("id", .string(identity)), ("status", .string(status.keyword)), ("review", review),
            ("code", .string(code.id)), ("severity", .string(severity.rawValue)),
            ("subjects", .array(subjects.map(JSONValue.string))),
            ("file", file.map(JSONValue.string) ?? .null), ("record", record.map(JSONValue.string) ?? .null),
            ("field", field.map(JSONValue.string) ?? .null),
            ("message", .string(message(language))),
            ("measured", quantity(measured)), ("threshold", quantity(threshold)),
            ("values", .object(filled)),
        ])
    }

    /// Appends `members` as a JSON object to `out`, with `"location"` (or the GeoJSON `geometry`) written straight
    /// from the geometry, never through an intermediate JSON value.
    static func appendObject(_ members: JSONObject, geometryKey: String, geometry: Geometry?, to out: inout String) {
        var text = JSONWriter.serialize(.object(members), precision: 7)
        text.removeLast() // the closing brace; the geometry member goes before it
        out += text
        out += members.count == 0 ? "" : ","
        JSONWriter.writeString(geometryKey, to: &out)
        out += ":"
        if let geometry { geometry.appendGeoJSON(to: &out, precision: 7) } else { out += "null" }
        out += "}"
    }
}
