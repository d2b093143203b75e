import Foundation

/// The parts of the map that lie, for certain, farther than the tolerance from every unit edge and boundary line:
/// a point there is not on a boundary, so the boundary flag needs neither its projection nor an edge search.
///
/// A bulk locate of scattered points spends most of its time flagging boundaries on points kilometres from any:
/// projecting each into its Gauss-Krüger zone and searching the edges within the tolerance. This grid, made once
/// per run, answers for most of them with one lookup.
///
/// **Why a clear cell is certain.** The grid's cells are 0.05° squares (larger over a country-sized extent) with
/// the zone borders (odd multiples of 1.5°) on cell edges, so each cell lies in one zone. A cell's four corners are
/// projected into that zone; `R` is the largest distance from their mean `c` to a corner, plus 1% and a metre for
/// the sides' curvature (under a metre of bulge on a 5 km side, where 1% of the radius is tens of metres). The
/// cell is clear when no unit edge and no line lies within `R` + tolerance of `c`: every point of the cell is
/// within `R` of `c`, so each is farther than the tolerance from every edge (the same projected chords the exact
/// search measures). A point whose own zone is not its cell's (a longitude rounded across a zone border) is never
/// called clear. Beyond the grid, which reaches well past every vertex (`2 × tolerance + 200 m`), every point is.
final class BoundaryClearance: Sendable {
    /// Where the cells are: the south-west corner and the cell size (degrees), and how many there are.
    private struct Grid {
        var west: Double, south: Double, cell: Double
        var columns: Int, rows: Int

        /// The longitude of the centre of cells in `column`.
        func centre(ofColumn column: Int) -> Double { west + (Double(column) + 0.5) * cell }
    }

    private let grid: Grid
    /// Per cell, row by row from the south-west: 0 when not clear, else 1 + the index of the cell's zone.
    private let clearZone: [UInt8]

    /// At most this many cells; a larger extent gets larger cells.
    static let maximumCells = 1 << 18

    /// The grid for `locator`'s units and lines. `nil` when there are no edges (then nothing is ever near one).
    /// - Throws: what building the zones' edge indexes throws.
    init?(_ locator: UnitLocator) throws {
        var extent = Envelope.empty
        for unit in locator.units { unit.boundary?.forEachCoordinate { extent.expand(toInclude: $0) } }
        for line in locator.lines { line.geometry?.forEachCoordinate { extent.expand(toInclude: $0) } }
        guard !extent.isEmpty, extent.minX.isFinite, extent.maxX.isFinite else { return nil }
        let margin = 2 * locator.tolerance + 200
        let highestLatitude = min(89, max(abs(extent.minY), abs(extent.maxY)) + 1)
        let marginX = margin / (100_000 * cos(highestLatitude * .pi / 180)), marginY = margin / 100_000
        // 1.5° / k, so that the zone borders fall on cell edges; k = 30 (0.05°) unless the cells would be too many.
        let area = (extent.maxX - extent.minX + 2 * marginX) * (extent.maxY - extent.minY + 2 * marginY)
        let k = max(1, min(30, Int((1.5 / (area / Double(Self.maximumCells)).squareRoot()).rounded(.down))))
        let cell = 1.5 / Double(k)
        let west = ((extent.minX - marginX) / 1.5).rounded(.down) * 1.5
        let south = ((extent.minY - marginY) / cell).rounded(.down) * cell
        let grid = Grid(west: west, south: south, cell: cell, columns: Int(((extent.maxX + marginX - west) / cell).rounded(.up)),
                        rows: Int(((extent.maxY + marginY - south) / cell).rounded(.up)))
        var clearZone = [UInt8](repeating: 0, count: grid.columns * grid.rows)
        // Zone by zone: the columns of cells whose centre is in the zone, their corner nodes projected at once.
        var column = 0
        while column < grid.columns {
            guard let zone = try? GaussKrugerZone(longitude: grid.centre(ofColumn: column)) else {
                column += 1
                continue
            }
            var end = column + 1
            while end < grid.columns, (try? GaussKrugerZone(longitude: grid.centre(ofColumn: end))) == zone { end += 1 }
            Self.mark(columns: column..<end, of: grid, zone: zone, locator: locator, into: &clearZone)
            column = end
        }
        self.grid = grid
        self.clearZone = clearZone
    }

    /// Whether `point` (CGCS2000 longitude/latitude) is certainly farther than the tolerance from every unit edge
    /// and boundary line, in its own Gauss-Krüger zone. `false` means "measure it".
    func isClear(_ point: Coordinate) -> Bool {
        let column = ((point.x - grid.west) / grid.cell).rounded(.down), row = ((point.y - grid.south) / grid.cell).rounded(.down)
        guard column >= 0, row >= 0, column < Double(grid.columns), row < Double(grid.rows) else { return point.isFinite }
        let zone = clearZone[Int(row) * grid.columns + Int(column)]
        // The zone GaussKrugerZone(longitude:) gives the point.
        return zone != 0 && Int(zone) - 1 == (Int((point.x / 3).rounded()) * 3 - 75) / 3
    }

    /// Marks the clear cells among `columns` (all in `zone`).
    private static func mark(columns range: Range<Int>, of grid: Grid, zone: GaussKrugerZone, locator: UnitLocator,
                             into clearZone: inout [UInt8]) {
        guard let projection = try? CoordinateTransformation(from: .cgcs2000, to: zone.crs),
              let edges = try? locator.edges(in: zone) else { return }
        let width = range.count + 1
        var nodes: [Coordinate] = []
        nodes.reserveCapacity(width * (grid.rows + 1))
        for row in 0...grid.rows {
            for column in range.lowerBound...range.upperBound {
                nodes.append(Coordinate(grid.west + Double(column) * grid.cell, grid.south + Double(row) * grid.cell))
            }
        }
        // A node PROJ refuses leaves its zone's cells unmarked: they are measured point by point.
        guard let projected = try? projection.transform(nodes) else { return }
        let tolerance = locator.tolerance
        for row in 0..<grid.rows {
            for offset in 0..<range.count {
                let corners = [projected[row * width + offset], projected[row * width + offset + 1],
                               projected[(row + 1) * width + offset], projected[(row + 1) * width + offset + 1]]
                let centre = Coordinate(corners.reduce(0) { $0 + $1.x } / 4, corners.reduce(0) { $0 + $1.y } / 4)
                let reach = corners.map { (($0.x - centre.x) * ($0.x - centre.x) + ($0.y - centre.y) * ($0.y - centre.y)).squareRoot() }.max()!
                let radius = reach * 1.01 + 1 + tolerance
                guard radius.isFinite else { continue }
                /// No edge of `index` within the radius (an error counts as one: the cell is then measured).
                func clear(_ index: EdgeIndex?) -> Bool {
                    guard let index else { return true }
                    do { return try index.nearest(to: centre, within: radius) == nil } catch { return false }
                }
                guard clear(edges.units), clear(edges.lines) else { continue }
                clearZone[row * grid.columns + range.lowerBound + offset] = UInt8(zone.index + 1)
            }
        }
    }
}
