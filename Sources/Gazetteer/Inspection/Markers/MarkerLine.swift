import Foundation

/// One line prepared for the marker checks: in its own Gauss-Krüger zone, with its segment index, its tri-points,
/// and its markers located on it. Every marker is projected once and located once.
struct MarkerLine {
    var line: BoundaryLine
    var index: LineSegmentIndex
    /// The ends of the line (zone metres) that are tri-points: where lines of three or more units meet. When neither
    /// end is one (a file with this line alone), both ends.
    var triPoints: [Coordinate]
    /// The line's markers located on it, in input order, each number once (or, for a pair or triple numbered
    /// without a type letter, as often as its kind has posts).
    var markers: [LocatedMarker]
    /// The numbers used more often than that: every copy, first included. Only the first copy is checked further.
    var duplicates: [[LocatedMarker]]
    /// ``markers`` grouped by sequence number, in sequence order; markers whose number has no sequence are left
    /// out (the numbering check reports them).
    let groups: [MarkerGroup]
    /// The groups on each part of the line (a MultiLineString's parts in order; one for a LineString), each in
    /// sequence order. A line in several parts has no single direction across them (its parts may be stored in any
    /// order), so order and spacing are judged part by part.
    let groupsByPart: [[MarkerGroup]]

    /// The label findings use: code and name.
    var label: FindingValue { LineCheck.label(line) }

    /// Prepares `line` (which must have a geometry) with `markers`; `network` gives the other lines for tri-points.
    /// `zones` holds the transformations into the zones already met, so that PROJ builds each once per check.
    /// - Throws: ``GeodesyError`` when PROJ cannot project, ``GeometryError`` for a line the index cannot take.
    init(line: BoundaryLine, geometry: Geometry, markers: [MarkerRecord], network: [BoundaryLine],
         zones: inout [GaussKrugerZone: CoordinateTransformation]) throws {
        self.line = line
        let zone = try GaussKrugerZone(for: geometry)
        let forward: CoordinateTransformation
        if let known = zones[zone] {
            forward = known
        } else {
            forward = try zone.projection().forward
            zones[zone] = forward
        }
        let metres = try forward.transform(Self.densified(geometry))
        index = try LineSegmentIndex(metres)
        // The first segment of each part, in the index's numbering (which skips empty parts).
        var partStarts: [Int] = []
        var segments = 0
        for part in metres.lineStrings where !part.coordinates.isEmpty {
            partStarts.append(segments)
            segments += part.coordinates.count - 1
        }
        let ends = metres.lineStrings.flatMap { [$0.coordinates.first, $0.coordinates.last].compactMap { $0 } }
        triPoints = try Self.triPoints(ends: ends, of: line, network: network, forward: forward)
        let positions = try forward.transform(markers.map(\.source.marker.position))
        var located: [LocatedMarker] = []
        located.reserveCapacity(markers.count)
        for (marker, p) in zip(markers, positions) {
            let location = try index.locate(p)
            let part = (partStarts.lastIndex { $0 <= location.segment }) ?? 0
            located.append(LocatedMarker(record: marker, numbering: MarkerNumbering(marker.source.marker.number), metres: p,
                                         location: location, part: part))
        }
        // Copies of each number, by index into `located`, in order of first use.
        var copies: [String: [Int]] = [:]
        copies.reserveCapacity(located.count)
        var order: [String] = []
        var kept: [LocatedMarker] = []
        kept.reserveCapacity(located.count)
        for (i, marker) in located.enumerated() {
            let key = MarkerNumbering.duplicateKey(marker.number)
            let count = copies[key, default: []].count
            if count == 0 { order.append(key) }
            copies[key, default: []].append(i)
            if count < Self.postsAllowed(marker) { kept.append(marker) }
        }
        self.markers = kept
        duplicates = order.compactMap { key in
            guard let all = copies[key], let first = all.first, all.count > Self.postsAllowed(located[first]) else { return nil }
            return all.map { located[$0] }
        }
        var bySequence: [Int: [LocatedMarker]] = [:]
        for marker in kept {
            guard let n = marker.numbering else { continue }
            bySequence[n.sequence, default: []].append(marker)
        }
        groups = bySequence.sorted { $0.key < $1.key }.map { MarkerGroup(sequence: $0.key, members: $0.value) }
        groupsByPart = Dictionary(grouping: groups, by: \.part).sorted { $0.key < $1.key }.map(\.value)
    }

    /// How many markers may carry one number: the posts of a pair or triple numbered without a type letter share
    /// it; otherwise one.
    private static func postsAllowed(_ marker: LocatedMarker) -> Int {
        guard marker.numbering?.letter == nil else { return 1 }
        switch marker.kind {
        case .single: return 1
        case .pair: return 2
        case .triple: return 3
        }
    }

    /// A line's segments are straight in longitude/latitude, as GEOS and GIS software draw it; projected as they
    /// are, a 60 km segment would bow up to tens of metres away from its straight course in the zone. Vertices
    /// every ``densifyStep`` degrees (about 1 km) keep the projected line within centimetres of the registered one.
    static let densifyStep = 0.01

    /// `geometry`'s lines with a vertex at least every ``densifyStep`` degrees, straight in longitude/latitude.
    static func densified(_ geometry: Geometry) -> Geometry {
        func part(_ line: LineString) -> LineString {
            let c = line.coordinates
            guard let last = c.last else { return line }
            var out: [Coordinate] = []
            out.reserveCapacity(c.count)
            for (a, b) in zip(c, c.dropFirst()) {
                let n = max(1, Int((max(abs(b.x - a.x), abs(b.y - a.y)) / densifyStep).rounded(.up)))
                for k in 0..<n {
                    let t = Double(k) / Double(n)
                    out.append(Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
                }
            }
            out.append(last)
            return LineString(out)
        }
        if case .lineString(let line) = geometry { return .lineString(part(line)) }
        return .multiLineString(geometry.lineStrings.map(part))
    }

    /// The ends where the lines of at least three units meet (within ``LineCheck/nodeTolerance``), else all ends.
    private static func triPoints(ends: [Coordinate], of line: BoundaryLine, network: [BoundaryLine],
                                  forward: CoordinateTransformation) throws -> [Coordinate] {
        var unitsAt = ends.map { _ in Set([line.leftUnitCode, line.rightUnitCode]) }
        for other in network where other.code != line.code {
            guard let g = other.geometry else { continue }
            let otherEnds = try forward.transform(g.lineStrings.flatMap { [$0.coordinates.first, $0.coordinates.last].compactMap { $0 } })
            for (i, end) in ends.enumerated() where otherEnds.contains(where: { hypot($0.x - end.x, $0.y - end.y) <= LineCheck.nodeTolerance }) {
                unitsAt[i].formUnion([other.leftUnitCode, other.rightUnitCode])
            }
        }
        let junctions = ends.indices.filter { unitsAt[$0].count >= 3 }.map { ends[$0] }
        return junctions.isEmpty ? ends : junctions
    }

    /// The straight stretch from one marker to another (longitude/latitude), the location of a finding between them.
    func stretch(_ a: LocatedMarker, _ b: LocatedMarker) -> Geometry {
        .lineString(LineString([a.marker.position, b.marker.position]))
    }
}
