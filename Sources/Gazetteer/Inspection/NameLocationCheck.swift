/// `gazetteer names locate-check`: every place name against the unit it is registered in.
///
/// A name's geometry must lie in the unit its `unit` field names. A point (or any geometry) that does not meet the
/// claimed unit at all is `name.outside-unit`, with the units it falls in and its distance to the claimed unit
/// (planar metres in the geometry's Gauss-Krüger zone); a line or area that meets the claimed unit but is not
/// covered by it is `name.straddles-boundary`, with the other units whose interior it enters and the geodesic
/// length or area of the part outside. A point on the claimed unit's boundary is in it (GEOS's `covers`).
///
/// Names without geometry or without a unit, and names whose unit is not in the registry or has no boundary, are
/// not checked (and counted as such).
public enum NameLocationCheck {
    /// What the check found, before it becomes a report.
    public struct Outcome: Sendable {
        /// The findings, in the names' order.
        public var findings: [Finding]
        /// Names checked against a unit boundary.
        public var checked: Int
        /// Names that could not be checked (no geometry, no unit, or a unit without a boundary).
        public var unchecked: Int
    }

    /// Checks `names` against `units`.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when a geometry cannot be tested or projected.
    public static func run(names: [PlaceName], units: [AdminUnit]) throws -> Outcome {
        let locator = UnitLocator(units: units)
        let probe = try locator.makeProbe()
        let byCode = Dictionary(locator.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var prepared: [String: PreparedGeometry] = [:]
        func preparedUnit(_ unit: AdminUnit) throws(GeometryError) -> PreparedGeometry {
            if let p = prepared[unit.code] { return p }
            let p = try PreparedGeometry(unit.boundary!)
            prepared[unit.code] = p
            return p
        }
        var outcome = Outcome(findings: [], checked: 0, unchecked: 0)
        for name in names {
            guard let geometry = name.geometry, !geometry.isEmpty, let code = name.unitCode, let claimed = byCode[code] else {
                outcome.unchecked += 1
                continue
            }
            outcome.checked += 1
            let area = try preparedUnit(claimed)
            if case .point(let p) = geometry {
                let hits = try probe.units(at: p.coordinate)
                if hits.contains(where: { $0.code == code }) { continue }
                let actual = hits.filter { $0.level == claimed.level || claimed.level == nil }
                outcome.findings.append(try outside(name, geometry, claimed: claimed, actual: (actual.isEmpty ? hits : actual).map { ($0.code, $0.name) }))
                continue
            }
            if try area.covers(geometry) { continue }
            // The other units whose interior the geometry enters (meeting only their boundary does not count).
            var others: [(String, String)] = []
            for unit in locator.units where unit.code != code && unit.boundary!.envelope.intersects(geometry.envelope) {
                let u = try preparedUnit(unit)
                if try u.intersects(geometry), !(try unit.boundary!.touches(geometry)) { others.append((unit.code, unit.names.standard)) }
            }
            if try area.intersects(geometry) {
                outcome.findings.append(try straddles(name, geometry, claimed: claimed, others: others))
            } else {
                outcome.findings.append(try outside(name, geometry, claimed: claimed, actual: others))
            }
        }
        return outcome
    }

    /// The report of `outcome`, with the units as the map's subjects.
    public static func report(_ outcome: Outcome, units: [AdminUnit], source: String) -> FindingReport {
        let outsideCount = outcome.findings.filter { $0.code == .nameOutsideUnit }.count
        let straddling = outcome.findings.filter { $0.code == .nameStraddlesBoundary }.count
        return FindingReport(
            title: LocalizedText(zh: "地名与所属区划位置核查", en: "Place names against their units"), source: source,
            subjects: units.compactMap { u in u.boundary.map { ReportSubject(id: u.code, name: u.names.standard, geometry: $0) } },
            findings: outcome.findings, checked: outcome.checked,
            statement: LocalizedText(
                zh: "核查 \(outcome.checked) 个地名：\(outsideCount) 个不在所属区划内，\(straddling) 个跨越区划界线；\(outcome.unchecked) 个无法核查（无几何、无所属区划或所属区划无边界）。",
                en: "\(outcome.checked) names checked: \(outsideCount) outside their unit, \(straddling) straddling a boundary; \(outcome.unchecked) not checkable (no geometry, no unit, or a unit without a boundary)."))
    }

    private static func label(_ code: String, _ name: String) -> String { "\(code) \(name)" }

    private static func outside(_ name: PlaceName, _ geometry: Geometry, claimed: AdminUnit, actual: [(String, String)]) throws -> Finding {
        let zone = try GaussKrugerZone(for: geometry)
        let forward = try CoordinateTransformation(from: .cgcs2000, to: zone.crs)
        let distance = try forward.transform(claimed.boundary!).distance(to: forward.transform(geometry))
        let actualText: FindingValue = actual.isEmpty
            ? .localized(LocalizedText(zh: "所有区划之外", en: "outside every unit"))
            : .text(actual.map { label($0.0, $0.1) }.joined(separator: "、"))
        return Finding(.nameOutsideUnit, subjects: [name.id, claimed.code] + actual.map(\.0), location: geometry,
                       measured: .metres(distance), record: name.id, field: "unit",
                       values: ["subject": .text(label(name.id, name.names.standard)), "claimed": .text(label(claimed.code, claimed.names.standard)),
                                "actual": actualText, "distance": .quantity(.metres(distance))])
    }

    private static func straddles(_ name: PlaceName, _ geometry: Geometry, claimed: AdminUnit, others: [(String, String)]) throws -> Finding {
        let beyond = try Geodesic.cgcs2000.measure(try geometry.difference(claimed.boundary!))
        let outside: Quantity = geometry.dimension == 2 ? Quantity(beyond.area, .squareMetre) : .metres(beyond.length)
        let othersText: FindingValue = others.isEmpty
            ? .localized(LocalizedText(zh: "区划之外", en: "no unit"))
            : .text(others.map { label($0.0, $0.1) }.joined(separator: "、"))
        return Finding(.nameStraddlesBoundary, subjects: [name.id, claimed.code] + others.map(\.0), location: geometry,
                       measured: outside, record: name.id, field: "geometry",
                       values: ["subject": .text(label(name.id, name.names.standard)), "claimed": .text(label(claimed.code, claimed.names.standard)),
                                "others": othersText, "outside": .quantity(outside)])
    }
}
