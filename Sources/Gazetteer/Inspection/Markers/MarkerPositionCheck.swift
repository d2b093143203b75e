/// Where the markers of one line stand: single markers on the line, the posts of a pair on both sides at
/// comparable offsets, the posts of a triple around a tri-point, with the faces their kind needs.
enum MarkerPositionCheck {
    static func findings(_ line: MarkerLine, options: MarkerCheckOptions) -> [Finding] {
        var findings: [Finding] = []
        let code = line.line.code
        let tolerance = options.tolerances.metres(line.line.level)
        for group in line.groups {
            // A sequence number carried by posts of different kinds is a numbering fault (MarkerNumberingCheck);
            // which shape to expect is then unknown.
            guard let kind = group.kind else { continue }
            for marker in group.members { if let f = faces(marker, kind: kind) { findings.append(f) } }
            switch kind {
            case .single:
                for marker in group.members where marker.location.distance > tolerance {
                    findings.append(marker.finding(
                        .markerOffLine, subjects: [marker.number, code], measured: .metres(marker.location.distance),
                        threshold: .metres(tolerance),
                        values: ["marker": .text(marker.number), "line": line.label, "distance": .quantity(.metres(marker.location.distance)),
                                 "tolerance": .quantity(.metres(tolerance))]))
                }
            case .pair:
                findings += pair(group, line: line, options: options)
            case .triple:
                findings += triple(group, line: line, options: options)
            }
        }
        return findings
    }

    /// ``FindingCode/markerFacesMismatch`` when the recorded faces do not fit the kind: three at a tri-point, two otherwise.
    static func faces(_ marker: LocatedMarker, kind: MarkerKind) -> Finding? {
        let expected = kind == .triple ? 3 : 2
        guard let faces = marker.marker.faces, faces != expected else { return nil }
        return marker.finding(
            .markerFacesMismatch, subjects: [marker.number, marker.marker.lineCode], measured: Quantity(Double(faces), .count),
            threshold: Quantity(Double(expected), .count),
            values: ["marker": .text(marker.number), "kind": .localized(kindName(kind)), "faces": .text("\(faces)"), "expected": .text("\(expected)")])
    }

    static func kindName(_ kind: MarkerKind) -> LocalizedText {
        switch kind {
        case .single: return LocalizedText(zh: "单立", en: "single")
        case .pair: return LocalizedText(zh: "同号双立", en: "pair")
        case .triple: return LocalizedText(zh: "同号三立", en: "triple")
        }
    }

    static func incomplete(_ group: MarkerGroup, kind: MarkerKind, expected: Int, line: MarkerLine) -> Finding {
        group.members[0].finding(
            .markerGroupIncomplete, subjects: group.numbers + [line.line.code], measured: Quantity(Double(group.members.count), .count),
            threshold: Quantity(Double(expected), .count),
            values: ["kind": .localized(kindName(kind)), "markers": .text(group.label), "count": .text("\(group.members.count)"),
                     "expected": .text("\(expected)")])
    }

    /// The two posts of a pair: opposite sides (``FindingCode/markerPairSameSide``), comparable distances
    /// (``FindingCode/markerPairUnbalanced``).
    static func pair(_ group: MarkerGroup, line: MarkerLine, options: MarkerCheckOptions) -> [Finding] {
        guard group.members.count == 2 else { return [incomplete(group, kind: .pair, expected: 2, line: line)] }
        let (a, b) = (group.members[0], group.members[1])
        let (da, db) = (a.location.distance, b.location.distance)
        let subjects = group.numbers + [line.line.code]
        if a.location.side != 0, a.location.side == b.location.side {
            let side = a.location.side > 0 ? LocalizedText(zh: "左侧", en: "left") : LocalizedText(zh: "右侧", en: "right")
            return [a.finding(
                .markerPairSameSide, subjects: subjects, measured: .metres(min(da, db)), threshold: .metres(0),
                location: line.stretch(a, b),
                values: ["markers": .text(group.label), "line": line.label, "side": .localized(side),
                         "first": .quantity(.metres(da)), "second": .quantity(.metres(db))])]
        }
        let difference = abs(da - db)
        let allowed = max(options.pairBalanceRatio * max(da, db), options.pairBalanceFloor)
        guard difference > allowed else { return [] }
        return [a.finding(
            .markerPairUnbalanced, subjects: subjects, measured: .metres(difference), threshold: .metres(allowed), location: line.stretch(a, b),
            values: ["markers": .text(group.label), "line": line.label, "first": .quantity(.metres(da)), "second": .quantity(.metres(db)),
                     "difference": .quantity(.metres(difference)), "tolerance": .quantity(.metres(allowed))])]
    }

    /// The posts of a triple around the tri-point nearest to them (``FindingCode/markerTripleOffTriPoint``).
    static func triple(_ group: MarkerGroup, line: MarkerLine, options: MarkerCheckOptions) -> [Finding] {
        var findings: [Finding] = []
        if group.members.count != 3 { findings.append(incomplete(group, kind: .triple, expected: 3, line: line)) }
        let n = Double(group.members.count)
        let centre = Coordinate(group.members.map(\.metres.x).reduce(0, +) / n, group.members.map(\.metres.y).reduce(0, +) / n)
        func distance(_ p: Coordinate, _ q: Coordinate) -> Double { ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() }
        guard let triPoint = line.triPoints.min(by: { distance($0, centre) < distance($1, centre) }) else { return findings }
        let farthest = group.members.map { distance($0.metres, triPoint) }.max() ?? 0
        if farthest > options.tripleRadius {
            findings.append(group.members[0].finding(
                .markerTripleOffTriPoint, subjects: group.numbers + [line.line.code], measured: .metres(farthest),
                threshold: .metres(options.tripleRadius),
                values: ["markers": .text(group.label), "line": line.label, "distance": .quantity(.metres(farthest)),
                         "tolerance": .quantity(.metres(options.tripleRadius))]))
        }
        return findings
    }
}
