import Foundation

/// The reference landmarks (方位物) of a marker: at least three, each with a bearing and a distance, and, where a
/// landmark's position was surveyed, a recorded bearing and distance that lead to it.
enum LandmarkCheck {
    static func findings(_ marker: LocatedMarker, options: MarkerCheckOptions) throws -> [Finding] {
        var findings: [Finding] = []
        let landmarks = marker.marker.landmarks
        func usable(_ l: ReferenceLandmark) -> Bool {
            l.bearing.isFinite && l.bearing >= 0 && l.bearing < 360 && l.distance.isFinite && l.distance > 0
        }
        let usableCount = landmarks.reduce(0) { $0 + (usable($1) ? 1 : 0) }
        if usableCount < options.minimumLandmarks {
            findings.append(marker.finding(
                .markerLandmarksMissing, subjects: [marker.number, marker.marker.lineCode], measured: Quantity(Double(usableCount), .count),
                threshold: Quantity(Double(options.minimumLandmarks), .count),
                values: ["marker": .text(marker.number), "count": .text("\(usableCount)"), "minimum": .text("\(options.minimumLandmarks)")]))
        }
        for landmark in landmarks where usable(landmark) {
            guard let position = landmark.position else { continue }
            // Bearings are from true north, so the comparison is geodesic (a grid bearing in the zone differs by
            // the meridian convergence, over 1° at the zone's edge).
            let actual = try Geodesic.cgcs2000.inverse(from: marker.marker.position, to: position)
            let azimuth = (actual.initialAzimuth.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
            // The distance between the point the record leads to and the surveyed one: the law of cosines in the
            // plane tangent at the marker (landmarks stand within a few hundred metres).
            let angle = (landmark.bearing - azimuth) * .pi / 180
            let d = landmark.distance, e = actual.distance
            let offset = max(0, d * d + e * e - 2 * d * e * cos(angle)).squareRoot()
            guard offset > options.landmarkTolerance else { continue }
            findings.append(marker.finding(
                .markerLandmarkMismatch, subjects: [marker.number, marker.marker.lineCode], measured: .metres(offset),
                threshold: .metres(options.landmarkTolerance),
                location: .lineString(LineString([marker.marker.position, position])),
                values: ["marker": .text(marker.number), "landmark": .text(landmark.name), "bearing": .text(degrees(landmark.bearing)),
                         "distance": .quantity(.metres(d)), "actual_bearing": .text(degrees(azimuth)),
                         "actual_distance": .quantity(.metres(e)), "offset": .quantity(.metres(offset)),
                         "tolerance": .quantity(.metres(options.landmarkTolerance))]))
        }
        return findings
    }

    /// A bearing to a tenth of a degree: "84.8°".
    static func degrees(_ value: Double) -> String { Quantity.fixed(value, decimals: 1) + "°" }
}
