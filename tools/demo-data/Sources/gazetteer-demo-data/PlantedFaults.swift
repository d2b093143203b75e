import Gazetteer

/// Faults planted on purpose, so that `gazetteer inspect topology` on the demo registry shows what it finds
/// (README lists them). Everything else in the demo is consistent: the markers are built from the true lines, and
/// the partition from the true seats, so each fault stays where it is planted and nothing else moves.
enum PlantedFaults {
    /// 阿荣—莫旗线 drawn off its shared edge: a vertex added halfway along, 0.003° east (about 100 m off the slanting edge),
    /// its ends still on the tri-points, so it is found as line.off-edge and nothing else.
    static let offEdgeLine = "150721-150722"
    static let offEdgeShift = 0.003

    /// 牙克石—根河线 stops short: its last point is drawn 2 % of the way back along it (about 2 km), so that end meets
    /// no other line (line.dangle; the missing stretch also takes it off its edge, line.off-edge).
    static let danglingLine = "150782-150785"
    static let danglingFraction = 0.98

    /// 新巴尔虎右旗's seat registered 1.3° east of its true position, in 新巴尔虎左旗 (seat.outside, about 25 km).
    static let seatOutsideUnit = "150727"
    static let seatOutsideShift = Coordinate(1.3, 0)

    /// 扎兰屯市's seat moved about 4.4 km north in a 2024 version imported without a decision
    /// (boundaries/demo_units_2024.geojson, seat.moved-without-decision).
    static let movedSeatUnit = "150783"
    static let movedSeatShift = Coordinate(0, 0.04)

    /// The lines as written to demo_lines.geojson: the true lines with the two line faults.
    static func lines(_ lines: [DemoLine]) -> [DemoLine] {
        lines.map { line in
            var line = line
            switch line.code {
            case offEdgeLine:
                // The county lines are straight (the partition is schematic): bend the first piece at its middle.
                let piece = line.pieces[0]
                let k = piece.count / 2
                let (a, b) = (piece[k - 1], piece[k])
                line.pieces[0].insert(Coordinate((a.x + b.x) / 2 + offEdgeShift, (a.y + b.y) / 2), at: k)
            case danglingLine:
                let last = line.pieces.count - 1
                let piece = line.pieces[last]
                let (a, b) = (piece[piece.count - 2], piece[piece.count - 1])
                line.pieces[last][piece.count - 1] = Coordinate(a.x + (b.x - a.x) * danglingFraction, a.y + (b.y - a.y) * danglingFraction)
            default:
                break
            }
            return line
        }
    }

    /// The seat written for `unit` in demo_units.geojson.
    static func registeredSeat(_ unit: Authored.Unit) -> Coordinate {
        unit.code == seatOutsideUnit ? Coordinate(unit.seat.x + seatOutsideShift.x, unit.seat.y + seatOutsideShift.y) : unit.seat
    }

    /// The seat written for `unit` in the 2024 version (demo_units_2024.geojson holds only ``movedSeatUnit``).
    static func seat2024(_ unit: Authored.Unit) -> Coordinate {
        Coordinate(unit.seat.x + movedSeatShift.x, unit.seat.y + movedSeatShift.y)
    }
}
