extension PointLocation {
    /// The location as JSON, the shape `gazetteer locate --format json` prints: the point, its zone and
    /// Gauss-Krüger coordinates, the units by level, the nearest line, the distances (metres, 3 decimals) and flags.
    public var json: JSONValue {
        func number(_ value: Double?, _ decimals: Int) -> JSONValue {
            guard let value, value.isFinite else { return .null }
            let scale = Double.pow10(decimals)
            return .number((value * scale).rounded() / scale)
        }
        let units: [JSONValue] = self.units.map { hit in
            .object(JSONObject([
                ("level", hit.level.map { .string($0.rawValue) } ?? .null), ("code", .string(hit.code)),
                ("name", .string(hit.name)), ("position", .string(hit.position.rawValue)),
            ]))
        }
        return .object(JSONObject([
            ("lon", .number(point.x)), ("lat", .number(point.y)),
            ("gauss_kruger", zone.map { zone in
                .object(JSONObject([
                    ("epsg", .number(Double(zone.epsgCode))), ("central_meridian", .number(Double(zone.centralMeridian))),
                    ("x", number(projected?.x, 3)), ("y", number(projected?.y, 3)),
                ]))
            } ?? .null),
            ("units", .array(units)),
            ("outside", .bool(isOutside)),
            ("on_boundary", .bool(isOnBoundary)),
            ("boundary_distance_m", number(boundaryDistance, 3)),
            ("nearest_line", nearestLine.map { line in
                .object(JSONObject([("code", .string(line.code)), ("name", .string(line.name)), ("distance_m", number(line.distance, 3))]))
            } ?? .null),
        ]))
    }
}

private extension Double {
    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
