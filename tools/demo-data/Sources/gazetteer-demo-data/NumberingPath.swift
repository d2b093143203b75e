import Foundation
import Gazetteer

/// A boundary line as walked in the order its markers are numbered: GB/T 17796 numbers markers from 001
/// "normally west→east or north→south", so a line that runs mostly east–west is walked from its western end
/// and any other line from its northern end. Pieces of a line in several parts are walked one after another in
/// the same sense.
///
/// The walk need not follow the direction the line is digitised in: lines are digitised so that the unit with the
/// smaller code lies on the left (see ``Lines``), which for 蒙黑线 means south→north, while its markers are
/// numbered north→south.
struct NumberingPath {
    /// The sense of numbering.
    enum Direction {
        case westToEast, northToSouth

        /// "自西向东" or "自北向南".
        var chinese: String {
            switch self {
            case .westToEast: return "自西向东"
            case .northToSouth: return "自北向南"
            }
        }
    }

    /// One piece, oriented in the numbering sense, with geodesic chainage at each vertex.
    struct Piece {
        var coordinates: [Coordinate]
        /// Metres from the piece's start to each vertex.
        var chainage: [Double]
        /// `true` when the piece runs against the line's digitised direction.
        var reversed: Bool

        /// The piece's length in metres.
        var length: Double { chainage.last ?? 0 }

        /// The point `distance` metres from the piece's start, on the straight lon/lat segment that holds it
        /// (so it lies on the line exactly, as GEOS sees the line), and the azimuth of that segment there.
        func point(at distance: Double) throws -> (position: Coordinate, azimuth: Double) {
            let d = max(0, min(distance, length))
            var i = 1
            while i < coordinates.count - 1, chainage[i] < d { i += 1 }
            let a = coordinates[i - 1], b = coordinates[i]
            let segment = chainage[i] - chainage[i - 1]
            let t = segment > 0 ? (d - chainage[i - 1]) / segment : 0
            let position = Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
            let azimuth = try Geodesic.cgcs2000.inverse(from: a, to: b).initialAzimuth
            return (position, azimuth)
        }

        /// The chainage of the vertex equal to `c`, if the piece has one.
        func chainage(ofVertex c: Coordinate) -> Double? {
            coordinates.firstIndex(of: c).map { chainage[$0] }
        }
    }

    var direction: Direction
    var pieces: [Piece]

    /// The walk over a line's `pieces` (as digitised).
    init(_ pieces: [[Coordinate]]) throws {
        var envelope = Envelope.empty
        for piece in pieces { for c in piece { envelope.expand(toInclude: c) } }
        let midLatitude = (envelope.minY + envelope.maxY) / 2
        let width = (envelope.maxX - envelope.minX) * cos(midLatitude * .pi / 180)
        let height = envelope.maxY - envelope.minY
        direction = width >= height ? .westToEast : .northToSouth
        var oriented: [Piece] = []
        for piece in pieces {
            let first = piece[0], last = piece[piece.count - 1]
            let reverse = direction == .westToEast ? first.x > last.x : first.y < last.y
            let coordinates = reverse ? Array(piece.reversed()) : piece
            var chainage = [0.0]
            for i in 1..<coordinates.count {
                chainage.append(chainage[i - 1] + (try Geodesic.cgcs2000.inverse(from: coordinates[i - 1], to: coordinates[i]).distance))
            }
            oriented.append(Piece(coordinates: coordinates, chainage: chainage, reversed: reverse))
        }
        let direction = self.direction
        self.pieces = oriented.sorted { a, b in
            direction == .westToEast ? a.coordinates[0].x < b.coordinates[0].x : a.coordinates[0].y > b.coordinates[0].y
        }
    }

    /// The total length in metres.
    var length: Double { pieces.reduce(0) { $0 + $1.length } }

    /// The first and last points of the walk.
    var start: Coordinate { pieces[0].coordinates[0] }
    var end: Coordinate { pieces[pieces.count - 1].coordinates.last! }

    /// The chainage interval (metres along the first piece) between two of its vertices, in either order; `nil`
    /// when the first piece lacks either vertex.
    func stretch(between a: Coordinate, and b: Coordinate) -> ClosedRange<Double>? {
        guard let da = pieces[0].chainage(ofVertex: a), let db = pieces[0].chainage(ofVertex: b) else { return nil }
        return min(da, db)...max(da, db)
    }
}
