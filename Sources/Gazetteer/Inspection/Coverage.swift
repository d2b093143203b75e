/// Coverage of one level's units (part of `gazetteer inspect topology`): overlaps between units, and the holes in
/// their union, told apart as gaps, slivers and enclaves.
///
/// GEOS 3.11's C API has no coverage validation (3.12+), so overlaps come from pairwise intersection of the
/// candidate pairs and gaps from the holes of the union, as DESIGN.md says. A gap open to the outside of the
/// coverage cannot be told from the coverage's outer edge and is not reported.
public enum CoverageCheck {
    /// The default `--min-area`: holes smaller than 1 km² (1,000,000 m²) are slivers. Polygons from different
    /// files, simplified separately, leave hundreds of holes along their common borders (778 between Hulunbuir and
    /// its neighbours in DataV), none larger than 1.5 km²; a hole of real land missing from the registry is larger.
    public static let defaultMinArea = 1_000_000.0

    /// The default `--parent-tolerance`: pieces between the children's union and the parent's outline narrower than
    /// 1 km on average are the two outlines' different simplifications. DataV simplifies each level apart: between
    /// Hulunbuir's counties and the prefecture outline of the Inner Mongolia file the pieces are up to 660 m wide on
    /// average (about 300 km² each way along 5,000 km of border); a missing or extra piece of land is wider.
    public static let defaultParentTolerance = 1_000.0

    /// Overlap pieces below this area (m²) are rounding noise of the overlay, not overlaps.
    static let overlayNoise = 0.01

    /// One finding per pair of units whose interiors overlap: the overlap polygon as location, its geodesic area.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func overlaps(_ context: CoverageContext) throws -> [Finding] {
        var findings: [Finding] = []
        for (i, j) in context.candidatePairs(within: 0) {
            guard let a = context.polygons[i], let b = context.polygons[j], try a.intersects(b) else { continue }
            guard let overlap = try a.intersection(b).polygonalPart(), try overlap.area() > overlayNoise else { continue }
            let pieces = try overlap.value().polygons.filter { (try? Geometry.polygon($0).area()) ?? 0 > overlayNoise }
            guard !pieces.isEmpty else { continue }
            let location = try context.lonLat(pieces.count == 1 ? .polygon(pieces[0]) : .multiPolygon(pieces))
            let area = readableArea(try Geodesic.cgcs2000.measure(location).area)
            let (u, v) = (context.units[i], context.units[j])
            findings.append(Finding(
                .coverageOverlap, subjects: [u.code, v.code], location: location, measured: area,
                values: ["first": .text(u.label), "second": .text(v.label), "area": .quantity(area),
                         "pieces": .quantity(.count(pieces.count))]))
        }
        return findings
    }

    /// One finding per hole in the union of the units: an enclave when one unit surrounds it, a sliver when it is
    /// smaller than `minArea` m² or narrower on average than `snap` m (twice its area over its perimeter), a gap
    /// otherwise. Each names its neighbouring units and is located by the hole itself.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func holes(_ context: CoverageContext, minArea: Double = defaultMinArea, snap: Double = AdjacencyCheck.defaultSnap) throws -> [Finding] {
        let usable = context.polygons.compactMap { $0 }
        guard !usable.isEmpty else { return [] }
        let union = try context.union().value()
        var findings: [Finding] = []
        for polygon in union.polygons {
            for ring in polygon.holes {
                let hole = Polygon(exterior: ring)
                let native = try NativeGeometry(.polygon(hole))
                var neighbours: [CheckedUnit] = []
                for k in context.index.query(native.envelope.expanded(by: 1)) {
                    if let p = context.polygons[k], try p.isWithinDistance(0.01, of: native) { neighbours.append(context.units[k]) }
                }
                let location = try context.lonLat(.polygon(hole))
                let measure = try Geodesic.cgcs2000.measure(location)
                let width = measure.perimeter > 0 ? 2 * measure.area / measure.perimeter : 0
                let code: FindingCode
                let threshold: Quantity?
                if measure.area < minArea || width < snap {
                    code = .coverageSliver
                    threshold = Quantity(minArea, .squareMetre)
                } else if neighbours.count == 1 {
                    code = .coverageEnclave
                    threshold = nil
                } else {
                    code = .coverageGap
                    threshold = Quantity(minArea, .squareMetre)
                }
                let area = readableArea(measure.area)
                var centre = Coordinate(0, 0)
                if case .point(let p)? = try? location.pointOnSurface() { centre = p.coordinate }
                findings.append(Finding(
                    code, subjects: neighbours.map(\.code), location: location, measured: area, threshold: threshold,
                    values: ["neighbours": .text(neighbours.map(\.label).joined(separator: "、")), "area": .quantity(area),
                             "width": .quantity(.metres(width)),
                             "position": .text("\(Quantity.fixed(centre.x, decimals: 4)) E \(Quantity.fixed(centre.y, decimals: 4)) N")]))
            }
        }
        return findings
    }

    /// An area given in m², in km² from 1 km² up so that an enclave reads "1340.190 km²", not ten digits of m².
    static func readableArea(_ squareMetres: Double) -> Quantity {
        squareMetres >= 1_000_000 ? .squareKilometres(fromSquareMetres: squareMetres) : Quantity(squareMetres, .squareMetre)
    }

    /// The children against their parent's outline (`--parent FILE`): each piece of the children's union outside the
    /// outline (``FindingCode/coverageOutsideParent``) and each piece of the outline the children leave uncovered
    /// (``FindingCode/coverageParentUncovered``), where the piece is at least `minArea` m² and `width` m wide on
    /// average; thinner pieces are the two outlines' different simplifications and only count in the totals.
    /// - Returns: the findings, and the total areas (m²) outside and uncovered, slivers included.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func againstParent(_ context: CoverageContext, parent: CheckedUnit, minArea: Double = defaultMinArea,
                                     width minimumWidth: Double = defaultParentTolerance) throws -> (findings: [Finding], outside: Double, uncovered: Double) {
        let raw = try NativeGeometry(context.metres(parent.boundary))
        guard let outline = try raw.validity().isValid ? raw : raw.validPolygonalPart() else { return ([], 0, 0) }
        let union = try context.union()
        var findings: [Finding] = []
        var totals = [0.0, 0.0]
        for (k, (difference, code)) in [(try union.difference(outline), FindingCode.coverageOutsideParent),
                                         (try outline.difference(union), FindingCode.coverageParentUncovered)].enumerated() {
            guard let part = try difference.polygonalPart() else { continue }
            for piece in try part.value().polygons {
                let location = try context.lonLat(.polygon(piece))
                let measure = try Geodesic.cgcs2000.measure(location)
                totals[k] += measure.area
                let width = measure.perimeter > 0 ? 2 * measure.area / measure.perimeter : 0
                guard measure.area >= minArea, width >= minimumWidth else { continue }
                let native = try NativeGeometry(.polygon(piece))
                // A piece outside the outline belongs to the units it is part of; an uncovered piece is named by the
                // units around it.
                var inside: Coordinate?
                if code == .coverageOutsideParent, case .point(let p)? = try? Geometry.polygon(piece).pointOnSurface() { inside = p.coordinate }
                var neighbours: [CheckedUnit] = []
                for i in context.index.query(native.envelope.expanded(by: 1)) {
                    guard let p = context.polygons[i] else { continue }
                    if try inside.map({ try p.covers($0) }) ?? p.isWithinDistance(0.01, of: native) { neighbours.append(context.units[i]) }
                }
                let area = readableArea(measure.area)
                findings.append(Finding(
                    code, subjects: [parent.code] + neighbours.map(\.code), location: location, measured: area,
                    threshold: .metres(minimumWidth),
                    values: ["parent": .text(parent.label), "units": .text(neighbours.map(\.label).joined(separator: "、")),
                             "area": .quantity(area), "width": .quantity(.metres(width))]))
            }
        }
        return (findings, totals[0], totals[1])
    }
}
