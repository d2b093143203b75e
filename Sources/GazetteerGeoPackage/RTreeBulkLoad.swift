import CSQLite
import Gazetteer

/// Builds a layer's GeoPackage spatial index (`rtree_<t>_geom`, SQLite's R*Tree module) in one pass, packed, by
/// writing the module's three shadow tables directly, as GDAL does when it creates a GeoPackage index.
///
/// Inserting rows one by one through the virtual table costs SQLite a descent, often a node split and a reinsertion
/// per row: 0.73 s of a 3.3 s import of 100,000 markers. Packing the same rows with Sort-Tile-Recursive and writing
/// each node once takes a fraction of that, and gives a tree that answers queries at least as well (every node full
/// or nearly, siblings spatially compact).
///
/// The shadow tables' format is SQLite's (ext/rtree/rtree.c): `<rtree>_node(nodeno, data)` holds each node as a
/// blob of the tree's node size, big-endian: the tree depth (in the root, node 1; zero elsewhere), the number of
/// cells, then cells of a 64-bit id and four 32-bit floats in column order (minx, maxx, miny, maxy);
/// `<rtree>_rowid(rowid, nodeno)` names the leaf holding each row and `<rtree>_parent(nodeno, parentnode)` the
/// parent of each node but the root. SQLite's `rtreecheck()` verifies all three, and the tests run it.
enum RTreeBulkLoad {
    /// SQLite's RTREE_MAXCELLS: the most cells a node holds, whatever the page size.
    static let maximumCells = 51
    /// Bytes per cell of a two-dimensional tree: the id and four floats.
    static let cellSize = 8 + 4 * 4

    /// One cell: a row's (or a child node's) id and its box, rounded outwards to 32-bit floats as SQLite stores it.
    struct Cell {
        var id: Int64
        var minX: Float, maxX: Float, minY: Float, maxY: Float

        /// The box of `envelope`, each minimum rounded down and each maximum up to a `Float` (SQLite's
        /// rtreeValueDown and rtreeValueUp), so that the stored box still contains the geometry.
        init(id: Int64, _ envelope: Envelope) {
            self.id = id
            minX = Self.down(envelope.minX); maxX = Self.up(envelope.maxX)
            minY = Self.down(envelope.minY); maxY = Self.up(envelope.maxY)
        }

        init(id: Int64, covering cells: ArraySlice<Cell>) {
            self.id = id
            minX = .infinity; maxX = -.infinity; minY = .infinity; maxY = -.infinity
            for c in cells {
                minX = min(minX, c.minX); maxX = max(maxX, c.maxX)
                minY = min(minY, c.minY); maxY = max(maxY, c.maxY)
            }
        }

        var envelope: Envelope { Envelope(minX: Double(minX), minY: Double(minY), maxX: Double(maxX), maxY: Double(maxY)) }

        static func down(_ d: Double) -> Float {
            let f = Float(d)
            return Double(f) > d ? f.nextDown : f
        }

        static func up(_ d: Double) -> Float {
            let f = Float(d)
            return Double(f) < d ? f.nextUp : f
        }
    }

    /// Replaces the whole index `rtree` with a packed tree over every row of `table` that has a non-empty geometry,
    /// its box taken from the same `ST_MinX`… functions the GeoPackage insert trigger calls.
    static func rebuild(_ rtree: String, of table: String, in db: SQLiteDatabase) throws(StoreError) {
        guard case .integer(let nodeSize)? = try db.query("SELECT length(data) FROM \"\(rtree)_node\" WHERE nodeno = 1").first?.first,
              nodeSize >= 4 + Int64(cellSize) * 2 else {
            throw .sqlite(code: SQLITE_CORRUPT, message: "\(rtree) has no root node of a usable size", sql: nil)
        }
        let capacity = min(maximumCells, (Int(nodeSize) - 4) / cellSize)
        var cells: [Cell] = []
        let rows = try db.prepare("""
            SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM \(table)
            WHERE geom NOT NULL AND NOT ST_IsEmpty(geom)
            """)
        try rows.bind([])
        while let row = try rows.step() {
            guard case .integer(let fid) = row[0], case .real(let minX) = row[1], case .real(let maxX) = row[2],
                  case .real(let minY) = row[3], case .real(let maxY) = row[4] else { continue }
            cells.append(Cell(id: fid, Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)))
        }
        rows.reset()

        for shadow in ["node", "rowid", "parent"] { try db.execute("DELETE FROM \"\(rtree)_\(shadow)\"") }
        let writeNode = try db.prepare("INSERT INTO \"\(rtree)_node\" (nodeno, data) VALUES (?, ?)")
        let writeRowid = try db.prepare("INSERT INTO \"\(rtree)_rowid\" (rowid, nodeno) VALUES (?, ?)")
        let writeParent = try db.prepare("INSERT INTO \"\(rtree)_parent\" (nodeno, parentnode) VALUES (?, ?)")

        // Level by level from the leaves: each level's cells are put in STR order and dealt evenly into the fewest
        // nodes that hold them, so every node but the root is at least half full (SQLite's deletion expects a third).
        var depth = 0
        var nextNode: Int64 = 2
        while cells.count > capacity {
            let ordered = SortTileRecursive.order(cells.map(\.envelope), capacity: capacity).map { cells[$0] }
            let nodes = (ordered.count + capacity - 1) / capacity
            var parents: [Cell] = []
            parents.reserveCapacity(nodes)
            for n in 0..<nodes {
                let slice = ordered[(n * ordered.count / nodes)..<((n + 1) * ordered.count / nodes)]
                let nodeno = nextNode
                nextNode += 1
                try writeNode.run([.integer(nodeno), .blob(blob(slice, depth: 0, size: Int(nodeSize)))])
                for child in slice {
                    try (depth == 0 ? writeRowid : writeParent).run(integers: child.id, nodeno)
                }
                parents.append(Cell(id: nodeno, covering: slice))
            }
            cells = parents
            depth += 1
        }
        try writeNode.run([.integer(1), .blob(blob(cells[...], depth: depth, size: Int(nodeSize)))])
        for child in cells { try (depth == 0 ? writeRowid : writeParent).run(integers: child.id, 1) }
    }

    /// One node as SQLite stores it.
    static func blob(_ cells: ArraySlice<Cell>, depth: Int, size: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        func put16(_ value: Int, at offset: Int) {
            bytes[offset] = UInt8(truncatingIfNeeded: value >> 8); bytes[offset + 1] = UInt8(truncatingIfNeeded: value)
        }
        put16(depth, at: 0)
        put16(cells.count, at: 2)
        var offset = 4
        for cell in cells {
            withUnsafeBytes(of: UInt64(bitPattern: cell.id).bigEndian) { for b in $0 { bytes[offset] = b; offset += 1 } }
            for value in [cell.minX, cell.maxX, cell.minY, cell.maxY] {
                withUnsafeBytes(of: value.bitPattern.bigEndian) { for b in $0 { bytes[offset] = b; offset += 1 } }
            }
        }
        return bytes
    }
}
