/// A check run's units in GEOS form: each polygon moved into one Gauss-Krüger zone, converted to GEOS, repaired and
/// indexed once, then shared by every check of the run (adjacency, overlaps, gaps, lines against polygons, seats).
///
/// Converting geometries on every call is what makes GEOS wrappers slow (DESIGN.md): a run over the 14 Hulunbuir
/// units compares 30-odd pairs, and each pair reuses the same two native polygons and their boundaries.
///
/// **Metres.** All units are projected into the CGCS2000 3° Gauss-Krüger zone of the coverage's central longitude
/// (EPSG:4534–4554), so tolerances, snaps and areas are in metres. At the edge of a city as wide as Hulunbuir
/// (115.5°–126° E, zone CM 120° E in most of it) the scale error is under 0.4 %, far inside any snap or tolerance;
/// lengths and areas that a report states are measured geodesically on the ellipsoid from the lon/lat results.
///
/// **Repairs.** An invalid polygon (DataV's 鄂伦春自治旗) is reported as ``FindingCode/geometryInvalid`` and still
/// used, repaired with GEOS's "structure" method, polygonal parts only.
///
/// Not `Sendable`: it holds GEOS objects and serves one task.
public final class CoverageContext {
    /// The units, in input order; positions in this array name units everywhere in the context.
    public let units: [CheckedUnit]
    /// The zone all metric work is done in.
    public let zone: GaussKrugerZone
    /// The repaired polygons in zone metres; `nil` for a unit that could not be used (its finding says why).
    let polygons: [NativeGeometry?]
    /// Each polygon's rings as lines, built once for the shared-boundary intersections.
    let boundaries: [NativeGeometry?]
    /// Each polygon's envelope in zone metres (empty for an unusable unit).
    let envelopes: [Envelope]
    /// The envelopes, packed once.
    let index: EnvelopeIndex
    private let forward: CoordinateTransformation
    private let inverse: CoordinateTransformation
    /// Findings made while building: invalid polygons (repaired) and polygons that could not be used.
    public private(set) var findings: [Finding] = []

    /// Projects, converts, validates and repairs `units`, and indexes them.
    /// - Throws: ``GeodesyError`` when no zone fits the units or PROJ cannot be set up.
    public init(units: [CheckedUnit]) throws {
        self.units = units
        var extent = Envelope.empty
        for unit in units { extent.expand(toInclude: unit.boundary.envelope) }
        zone = try GaussKrugerZone(longitude: extent.isEmpty ? 120 : (extent.minX + extent.maxX) / 2)
        (forward, inverse) = try zone.projection()
        var polygons: [NativeGeometry?] = []
        var boundaries: [NativeGeometry?] = []
        var envelopes: [Envelope] = []
        var findings: [Finding] = []
        for unit in units {
            do {
                let native = try NativeGeometry(forward.transform(unit.boundary))
                let report = try native.validity()
                var usable: NativeGeometry? = native
                if !report.isValid {
                    var location: Geometry?
                    if let c = report.location { location = .point(Point(try inverse.transform(c))) }
                    findings.append(Finding(
                        .geometryInvalid, subjects: [unit.code], location: location, file: unit.file, record: unit.record,
                        field: "geometry", values: ["subject": .text(unit.label), "name": .text(unit.name ?? ""),
                                                    "reason": .localized(GeometryValidation.describe(reason: report.reason ?? "unknown"))]))
                    usable = try native.validPolygonalPart()
                }
                polygons.append(usable)
                boundaries.append(try usable?.boundary())
                envelopes.append(usable?.envelope ?? .empty)
            } catch {
                findings.append(Finding(
                    .geometryUnreadable, subjects: [unit.code], file: unit.file, record: unit.record, field: "geometry",
                    values: ["subject": .text(unit.label), "reason": .text("\(error)")]))
                polygons.append(nil)
                boundaries.append(nil)
                envelopes.append(.empty)
            }
        }
        self.polygons = polygons
        self.boundaries = boundaries
        self.envelopes = envelopes
        self.findings = findings
        index = EnvelopeIndex(envelopes)
    }

    /// The pairs of usable units (first position lower) whose envelopes come within `distance` metres: the
    /// candidates for adjacency and overlap, to be tested exactly.
    public func candidatePairs(within distance: Double) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for i in units.indices where !envelopes[i].isEmpty {
            for j in index.query(envelopes[i].expanded(by: distance)) where j > i { pairs.append((i, j)) }
        }
        return pairs
    }

    /// A geometry in zone metres back in CGCS2000 longitude/latitude.
    public func lonLat(_ geometry: Geometry) throws -> Geometry {
        try inverse.transform(geometry)
    }

    /// A coordinate in zone metres back in CGCS2000 longitude/latitude.
    public func lonLat(_ coordinate: Coordinate) throws -> Coordinate {
        try inverse.transform(coordinate)
    }

    /// A geometry in CGCS2000 longitude/latitude in zone metres.
    public func metres(_ geometry: Geometry) throws -> Geometry {
        try forward.transform(geometry)
    }

    /// The geodesic length in metres of the lines of `geometry` (zone metres), measured on the CGCS2000 ellipsoid.
    public func geodesicLength(ofProjected geometry: Geometry) throws -> Double {
        var total = 0.0
        for line in try lonLat(geometry).lineStrings { total += try Geodesic.cgcs2000.length(of: line.coordinates) }
        return total
    }

    /// The position of the unit with `code`, or nil.
    public func position(of code: String) -> Int? { positions[code] }
    private lazy var positions: [String: Int] = Dictionary(units.indices.map { (units[$0].code, $0) }, uniquingKeysWith: { a, _ in a })

    /// The union of the usable polygons, built on first use and kept (holes, outer boundary, dangles).
    public func union() throws -> NativeGeometry {
        if let cachedUnion { return cachedUnion }
        let made = try NativeGeometry.unionAll(polygons.compactMap { $0 })
        cachedUnion = made
        return made
    }
    private var cachedUnion: NativeGeometry?

    /// The lines two units' boundaries share (zone metres, merged), empty when they share none.
    public func sharedEdge(_ i: Int, _ j: Int) throws -> Geometry {
        guard let a = boundaries[i], let b = boundaries[j] else { return .multiLineString([]) }
        let lines = try a.intersection(b).value().lineStrings.filter { $0.coordinates.count > 1 }
        return lines.isEmpty ? .multiLineString([]) : try Geometry.multiLineString(lines).lineMerged()
    }

    /// The subjects of a report: every unit's boundary as read.
    public var reportSubjects: [ReportSubject] {
        units.map { ReportSubject(id: $0.code, name: $0.name, geometry: $0.boundary) }
    }
}
