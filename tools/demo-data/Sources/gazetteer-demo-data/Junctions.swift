import Gazetteer

/// The points where three units meet (交会点), which carry same-number triple markers (同号三立, 三面型).
///
/// Inside the city a junction is a point where three county lines end and which is not on the city outline. At the
/// southern end of 蒙黑线 Hulunbuir, Hinggan League and Heilongjiang meet; the third line there (Hinggan–Heilongjiang)
/// is outside the demo and enters as an authored azimuth (``LineFacts/hingganHeilongjiangAzimuth``).
///
/// Each junction's marker is registered on ONE of its lines, the one with the smallest code (蒙黑线 for the outer
/// junction), and numbered in that line's sequence; the other lines meeting there have no marker at that end.
struct Junction {
    /// One line leaving the junction: its azimuth and the two units it separates.
    struct Arm {
        var azimuth: Double
        var units: Set<String>
    }

    var position: Coordinate
    /// The code of the line the junction's marker is registered on.
    var ownerLine: String
    var arms: [Arm]

    /// For each unit around the junction, in ascending code order, the azimuth that halves its sector.
    func sectors() throws -> [(unit: String, azimuth: Double)] {
        let sorted = arms.sorted { $0.azimuth < $1.azimuth }
        var result: [(String, Double)] = []
        for (i, arm) in sorted.enumerated() {
            let next = sorted[(i + 1) % sorted.count]
            var width = next.azimuth - arm.azimuth
            if width <= 0 { width += 360 }
            let shared = arm.units.intersection(next.units)
            guard shared.count == 1 else { throw DemoDataError("junction at \(position): arms do not bound one unit") }
            result.append((shared.first!, Compass.normalized(arm.azimuth + width / 2)))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The junctions of the demo lines.
    static func find(in lines: [DemoLine]) throws -> [Junction] {
        let outline = try Geometry.polygon(Authored.outline).boundary().prepared()
        var arms: [Coordinate: [(line: String, arm: Arm)]] = [:]
        for line in lines where line.level == .county {
            for piece in line.pieces {
                for (end, next) in [(piece[0], piece[1]), (piece[piece.count - 1], piece[piece.count - 2])] {
                    let azimuth = Compass.normalized(try Geodesic.cgcs2000.inverse(from: end, to: next).initialAzimuth)
                    arms[end, default: []].append((line.code, Arm(azimuth: azimuth, units: [line.leftUnit, line.rightUnit])))
                }
            }
        }
        var result: [Junction] = []
        for (position, meeting) in arms where meeting.count == 3 {
            guard try !outline.isWithinDistance(1e-9, of: .point(Point(position))) else { continue }
            result.append(Junction(position: position, ownerLine: meeting.map(\.line).min()!, arms: meeting.map(\.arm)))
        }
        result.sort { ($0.position.x, $0.position.y) < ($1.position.x, $1.position.y) }
        result.append(try outerJunction(lines))
        return result
    }

    /// The junction of Hulunbuir, Hinggan League and Heilongjiang at the southern end of 蒙黑线.
    private static func outerJunction(_ lines: [DemoLine]) throws -> Junction {
        let point = Authored.provincialLine.last!
        let provincialNext = Authored.provincialLine[Authored.provincialLine.count - 2]
        let leagueNext = Authored.leagueLine[1]
        return Junction(position: point, ownerLine: LineFacts.provincialCode, arms: [
            Arm(azimuth: Compass.normalized(try Geodesic.cgcs2000.inverse(from: point, to: provincialNext).initialAzimuth), units: ["150700", "230000"]),
            Arm(azimuth: Compass.normalized(try Geodesic.cgcs2000.inverse(from: point, to: leagueNext).initialAzimuth), units: ["150700", "152200"]),
            Arm(azimuth: LineFacts.hingganHeilongjiangAzimuth, units: ["152200", "230000"]),
        ])
    }
}
