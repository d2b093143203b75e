import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

@Suite("Registry store")
struct RegistryTests {
    @Test("a new registry is a GeoPackage 1.3 with the four layers, EPSG:4490 and GeoPackage's application id")
    func create() throws {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        #expect(try registry.schemaVersion == RegistrySchema.version)
        let db = registry.db
        #expect(try db.query("PRAGMA application_id").first?.first == .integer(0x4750_4B47))
        #expect(try db.query("PRAGMA user_version").first?.first == .integer(10300))
        #expect(try db.query("PRAGMA journal_mode").first?.first?.text == "wal")
        let tables = try db.query("SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name")
        #expect(tables.map { $0[0].text! } == ["lines", "lines_current", "markers", "markers_current", "names", "names_current", "units", "units_current"])
        #expect(tables.allSatisfy { $0[2] == .integer(4490) })
        #expect(try db.query("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'").first?.first == .integer(4))
    }

    @Test("a registry from a newer Gazetteer is refused rather than misread")
    func newerSchema() throws {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        try registry.db.execute("INSERT INTO gazetteer_migrations VALUES ('999-from-the-future', '2030-01-01')")
        #expect { try GeoPackageStore.open(at: registry.path) } throws: { error in
            guard case StoreError.newerSchema = error else { return false }
            return true
        }
    }

    @Test("creating over an existing file is refused; opening a non-registry says why")
    func refuseBadPaths() throws {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        #expect(throws: StoreError.alreadyExists(path: registry.path)) { try GeoPackageStore.create(at: registry.path) }
        let text = try RegistryFixtures.file(dir, "notes.gpkg", "not a database at all, just text that is long enough to read")
        #expect { try GeoPackageStore.open(at: text) } throws: { error in
            guard case StoreError.notARegistry = error else { return false }
            return true
        }
        #expect { try GeoPackageStore.open(at: dir.appendingPathComponent("missing.gpkg").path) } throws: { error in
            "\(error)".contains("gazetteer init")
        }
    }

    @Test("the R-tree triggers index each inserted geometry by its envelope")
    func rtreeTriggers() throws {
        let (registry, _) = try RegistryFixtures.seeded()
        let rows = try registry.db.query("SELECT minx, maxx, miny, maxy FROM rtree_units_geom ORDER BY minx")
        #expect(rows.count == 2)
        // R*Tree stores 32-bit floats rounded outwards: compare within their precision.
        let first = rows[0].compactMap(\.double)
        #expect(abs(first[0] - 120) < 1e-4 && abs(first[1] - 121) < 1e-4 && abs(first[2] - 49) < 1e-4 && abs(first[3] - 50) < 1e-4)
        let extent = try registry.db.query("SELECT min_x, max_x FROM gpkg_contents WHERE table_name = 'units'").first!
        #expect(abs(extent[0].double! - 120) < 1e-4 && abs(extent[1].double! - 122) < 1e-4)
    }

    /// Markers `first..<first+count` scattered over 2°×2° (a fixed permutation, so the STR packing has work to do).
    static func scatteredMarkers(_ range: Range<Int>) -> (text: String, points: [String: (Double, Double)]) {
        var text = "", points: [String: (Double, Double)] = [:]
        for i in range {
            let x = 120 + Double(i * 7_919 % 1_000) / 500, y = 48 + Double(i * 104_729 % 997) / 498.5
            points["M\(i)"] = (x, y)
            text += "{\"type\":\"Feature\",\"properties\":{\"number\":\"M\(i)\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(x),\(y)]}}\n"
        }
        return (text, points)
    }

    /// The markers the R-tree finds in a window, by number, and the ones that lie in it by their coordinates.
    static func windowAnswers(_ registry: GeoPackageStore, _ points: [String: (Double, Double)]) throws -> (found: Set<String>, inside: Set<String>) {
        let (minX, maxX, minY, maxY) = (120.3, 121.1, 48.2, 49.05)
        let found = try registry.db.query("""
            SELECT m.number, ST_MinX(m.geom), ST_MinY(m.geom) FROM markers m JOIN rtree_markers_geom r ON r.id = m.fid
            WHERE r.maxx >= \(minX) AND r.minx <= \(maxX) AND r.maxy >= \(minY) AND r.miny <= \(maxY)
            """).filter { row in
                // The index is a filter of 32-bit boxes: the exact test is on the geometry, as any GeoPackage reader does.
                let x = row[1].double!, y = row[2].double!
                return x >= minX && x <= maxX && y >= minY && y <= maxY
            }.map { $0[0].text! }
        let inside = points.filter { $0.value.0 >= minX && $0.value.0 <= maxX && $0.value.1 >= minY && $0.value.1 <= maxY }.keys
        return (Set(found), Set(inside))
    }

    @Test("a large bulk import packs the R-tree: SQLite's rtreecheck accepts it, and it finds exactly the points of a window")
    func packedRTree() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        // 3,000 points: more than 51² leaf cells, so the packed tree has three levels.
        let batch = Self.scatteredMarkers(0..<3_000)
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "a.geojsonl", batch.text), .markers, into: registry)
        #expect(try registry.db.query("SELECT rtreecheck('rtree_markers_geom')").first?.first?.text == "ok")
        let root = try #require(try registry.db.query("SELECT data FROM rtree_markers_geom_node WHERE nodeno = 1").first?.first)
        guard case .blob(let bytes) = root else { Issue.record("the root node is not a blob"); return }
        #expect(Int(bytes[0]) << 8 | Int(bytes[1]) == 2, "tree depth")
        #expect(try registry.db.query("SELECT count(*) FROM rtree_markers_geom_rowid").first?.first == .integer(3_000))
        var points = batch.points
        var answers = try Self.windowAnswers(registry, points)
        #expect(answers.inside.count > 100)
        #expect(answers.found == answers.inside)

        // Fewer new rows than old: they go in through the R-tree module, into the packed tree.
        let few = Self.scatteredMarkers(3_000..<3_400)
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "b.geojsonl", few.text), .markers, into: registry)
        points.merge(few.points) { a, _ in a }
        #expect(try registry.db.query("SELECT rtreecheck('rtree_markers_geom')").first?.first?.text == "ok")
        answers = try Self.windowAnswers(registry, points)
        #expect(answers.found == answers.inside)

        // More new rows than old: the whole index is packed again, old rows included.
        let many = Self.scatteredMarkers(3_400..<7_000)
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "c.geojsonl", many.text), .markers, into: registry)
        points.merge(many.points) { a, _ in a }
        #expect(try registry.db.query("SELECT rtreecheck('rtree_markers_geom')").first?.first?.text == "ok")
        #expect(try registry.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(7_000))
        answers = try Self.windowAnswers(registry, points)
        #expect(answers.found == answers.inside && answers.inside.count > 300)

        // SQLite's own deletions and insertions still work on the packed tree.
        try registry.db.execute("DELETE FROM rtree_markers_geom WHERE id % 3 = 0")
        try registry.db.execute("INSERT INTO rtree_markers_geom VALUES (999999, 120.5, 120.5, 48.5, 48.5)")
        #expect(try registry.db.query("SELECT rtreecheck('rtree_markers_geom')").first?.first?.text == "ok")
    }

    @Test("a bulk write keeps one current version per key without the per-row trigger: checked at its end, the trigger back after")
    func bulkWriteOneCurrent() throws {
        let (registry, _) = try RegistryFixtures.seeded()
        let triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        let before = try registry.db.query(triggers)
        // Two current versions of one new code, written raw inside the bulk write (as a bug in the writer would).
        #expect {
            try registry.write(command: "test", actor: "test") { transaction in
                try transaction.bulkWrite(.units) {
                    try registry.db.execute("INSERT INTO units (code, name, valid_from) VALUES ('159901', '甲', '2020-01-01')")
                    try registry.db.execute("INSERT INTO units (code, name, valid_from) VALUES ('159901', '乙', '2021-01-01')")
                }
            }
        } throws: { "\($0)".contains("units: a current version of this code exists already (159901)") }
        #expect(try registry.db.query(triggers) == before)
        #expect(try registry.db.query("SELECT count(*) FROM units WHERE code = '159901'").first?.first == .integer(0))
        // A current version of a key the layer held before the bulk write is found too.
        let existing = try #require(try registry.db.query("SELECT code FROM units WHERE valid_to IS NULL LIMIT 1").first?.first?.text)
        #expect {
            try registry.write(command: "test", actor: "test") { transaction in
                try transaction.bulkWrite(.units) {
                    try registry.db.execute("INSERT INTO units (code, name, valid_from) VALUES ('\(existing)', '丙', '2022-01-01')")
                }
            }
        } throws: { "\($0)".contains("a current version of this code exists already (\(existing))") }
        // A closed version is history, not a second current one; afterwards the trigger guards raw writes again.
        try registry.write(command: "test", actor: "test") { transaction in
            try transaction.bulkWrite(.units) {
                try registry.db.execute("INSERT INTO units (code, name, valid_from, valid_to) VALUES ('\(existing)', '旧', '1990-01-01', '2000-01-01')")
            }
        }
        #expect(try registry.db.query(triggers) == before)
        #expect { try registry.db.execute("INSERT INTO units (code, name) VALUES ('\(existing)', '丁')") } throws: { error in
            "\(error)".contains("a current version of this code exists already")
        }
    }

    @Test("text binds with its length: empty text stays text, Chinese and NUL-free text round-trip, unbound parameters are NULL")
    func textBinding() throws {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        let db = registry.db
        let row = try #require(try db.query("SELECT typeof(?1), length(?1), ?2, length(?2), ?3", [.text(""), .text("呼伦贝尔市"), .text("a'b\"c")]).first)
        #expect(row == [.text("text"), .integer(0), .text("呼伦贝尔市"), .integer(5), .text("a'b\"c")])
        // A statement run again with fewer arguments than parameters: the rest are NULL, not the earlier values.
        let statement = try db.prepare("SELECT ?1, ?2")
        try statement.bind([.text("first"), .text("second")])
        #expect(try statement.step() == [.text("first"), .text("second")])
        try statement.bind([.text("again")])
        #expect(try statement.step() == [.text("again"), .null])
        statement.reset()
    }

    @Test("R-tree boxes are rounded outwards to 32-bit floats, so a stored box still contains its geometry")
    func rtreeRounding() {
        for value in [121.1, -0.1, 49.213_9, 1e-40, 119.764_9, 3.0] {
            let down = RTreeBulkLoad.Cell.down(value), up = RTreeBulkLoad.Cell.up(value)
            #expect(Double(down) <= value && Double(up) >= value, "\(value)")
            #expect(up == down || up == down.nextUp, "\(value): the nearest floats either side")
        }
        #expect(RTreeBulkLoad.Cell.down(3.0) == 3 && RTreeBulkLoad.Cell.up(3.0) == 3)
    }

    @Test("after a bulk import the R-tree holds exactly one entry per feature, and later inserts are indexed again")
    func rtreeAfterBulkImport() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        var lines = ""
        for i in 0..<300 { lines += "{\"type\":\"Feature\",\"properties\":{\"number\":\"M\(i)\",\"line\":\"150702-150724\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121,\(49.0 + Double(i) / 1000)]}}\n" }
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "m.geojsonl", lines), .markers, into: registry)
        let mismatched = try registry.db.query("""
            SELECT count(*) FROM markers m LEFT JOIN rtree_markers_geom r ON r.id = m.fid
            WHERE r.id IS NULL OR abs(r.miny - ST_MinY(m.geom)) > 1e-4
            """)
        #expect(mismatched.first?.first == .integer(0))
        #expect(try registry.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(300))
        // The trigger is back: a feature added later is indexed as it is inserted.
        _ = try registry.writeVersions(command: "test", actor: "tester") { writer in
            try writer.upsert(RegistryRecord(layer: .markers, fields: ["number": .text("X1"), "line": .text("150702-150724")],
                                                  geometry: .point(Point(x: 121.5, y: 49.5))), effective: RegistryDate("2021-01-01")!)
        }
        #expect(try registry.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(301))
    }

    @Test("in one bulk write, a record created and then changed gets one version closed and one current, not two current")
    func bulkWriteKnowsWhatItCreated() throws {
        let (registry, _) = try RegistryFixtures.seeded()
        let outcomes = try registry.writeVersions(command: "test", actor: "tester") { writer in
            try writer.bulkWrite(.markers) {
                let first = try writer.upsert(RegistryRecord(layer: .markers, fields: ["number": .text("B1"), "line": .text("150702-150724")],
                                                             geometry: .point(Point(x: 121.5, y: 49.5))), effective: RegistryDate("2021-01-01")!)
                let again = try writer.upsert(RegistryRecord(layer: .markers, fields: ["number": .text("B1"), "line": .text("150702-150724")],
                                                             geometry: .point(Point(x: 121.6, y: 49.5))), effective: RegistryDate("2022-01-01")!)
                let same = try writer.upsert(RegistryRecord(layer: .markers, fields: ["number": .text("B1"), "line": .text("150702-150724")],
                                                            geometry: .point(Point(x: 121.6, y: 49.5))), effective: RegistryDate("2022-01-01")!)
                return [first, again, same]
            }
        }
        #expect(outcomes == [.created, .changed([.resurveyed]), .unchanged])
        let rows = try registry.db.query("SELECT valid_from, valid_to FROM markers WHERE number = 'B1' ORDER BY fid")
        #expect(rows == [[.text("2021-01-01"), .text("2022-01-01")], [.text("2022-01-01"), .null]])
    }

    @Test("history: rename a unit and move its seat, then as-of answers before and after")
    func history() throws {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let v1 = try RegistryFixtures.file(dir, "v1.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150727\",\"name\":\"乔巴山小区\",\"seat_name\":\"旧址\",\"seat_lon\":116.80,\"seat_lat\":48.60}", RegistryFixtures.square),
        ]))
        let v2 = try RegistryFixtures.file(dir, "v2.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150727\",\"name\":\"莫嫩小区\",\"seat_name\":\"新址\",\"seat_lon\":116.83,\"seat_lat\":48.67}", RegistryFixtures.square),
        ]))
        try RegistryFixtures.importFile(v1, .units, into: registry, options: RegistryFixtures.options("2019-01-01"))
        let result = try RegistryFixtures.importFile(v2, .units, into: registry, options: RegistryFixtures.options("2023-05-08"))
        #expect(result.changed == 1 && result.created == 0)

        let before = try #require(try registry.record(.units, key: "150727", asOf: RegistryDate("2023-05-07")))
        let after = try #require(try registry.record(.units, key: "150727", asOf: RegistryDate("2023-05-08")))
        #expect(before.record.name == "乔巴山小区" && before.record.fields["seat_lon"]?.double == 116.80)
        #expect(after.record.name == "莫嫩小区" && after.record.fields["seat_lon"]?.double == 116.83)
        #expect(try registry.record(.units, key: "150727", asOf: RegistryDate("2018-12-31")) == nil)
        #expect(try registry.record(.units, key: "150727")?.record.name == "莫嫩小区")
        #expect(try registry.versions(.units, key: "150727").count == 2)

        let kinds = try registry.events(.units, key: "150727").map(\.kind)
        #expect(kinds == [.created, .renamed, .moved])
        // Re-importing the same file changes nothing.
        let again = try RegistryFixtures.importFile(v2, .units, into: registry, options: RegistryFixtures.options("2024-01-01"))
        #expect(again.unchanged == 1 && again.changed == 0)
        #expect(try registry.auditLog().count == 3)
    }

    @Test("--retire-missing closes the records a new code list no longer has, within its scope and levels")
    func retireMissing() throws {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let v2021 = try RegistryFixtures.file(dir, "v2021.csv", """
            code,name
            150702001000,正阳街道
            150702001001,天润居委会
            150702001002,礼拜寺居委会
            150702001003,旧村委会
            150703001004,扎赉诺尔居委会
            152201001001,兴安盟的村
            """)
        try RegistryFixtures.importFile(v2021, .units, into: registry, options: RegistryFixtures.options("2021-01-01"))
        // 2022: 旧村委会 is gone, 礼拜寺居委会 is listed but with a bad parent code (rejected, so not "missing").
        let v2022 = try RegistryFixtures.file(dir, "v2022.csv", """
            code,name,parent
            150702001001,天润居委会,150702001000
            150702001002,礼拜寺居委会,15O702001000
            150702001005,新居委会,150702001000
            """)
        var options = RegistryFixtures.options("2022-01-01", skipInvalid: true)
        options.retireMissing = true
        options.retireScope = .prefix("150702")
        let result = try RegistryFixtures.importFile(v2022, .units, into: registry, options: options)
        #expect(result.retired == 1 && result.rejected == 1 && result.created == 1)
        let current = Set(try registry.records(.units).map(\.key))
        // The township (another level; its 12-digit code is kept in its 9-digit form), the other district's village (outside the scope), the other league's
        // village and the rejected record stay; only 旧村委会 is closed.
        #expect(current == ["150702001", "150702001001", "150702001002", "150702001005", "150703001004", "152201001001"])
        #expect(try registry.record(.units, key: "150702001003", asOf: RegistryDate("2021-12-31")) != nil)
        #expect(try registry.events(.units, key: "150702001003").map(\.kind) == [.created, .retired])
    }

    @Test("re-importing an export (7 decimals) changes nothing; a real move of a few centimetres is a new version")
    func exportReimport() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        // A marker surveyed in a Gauss-Krüger zone: its longitude/latitude have more than 7 decimals.
        let survey = try RegistryFixtures.file(dir, "s.csv", "number,line,X,Y\nK1,150702-150724,5450000.123,500123.456\n")
        try RegistryFixtures.importFile(survey, .markers, into: registry, map: "number=number,line=line,x=Y,y=X", crs: "EPSG:4549")
        let exported = GeoJSONExporter().featureCollection(try registry.records(.markers).map(\.record))
        let again = try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "e.geojson", exported), .markers, into: registry,
                                                    options: RegistryFixtures.options("2024-01-01"))
        #expect(again.unchanged == 1 && again.changed == 0)
        // 5 cm north: a re-survey.
        let moved = try RegistryFixtures.file(dir, "m.csv", "number,line,X,Y\nK1,150702-150724,5450000.173,500123.456\n")
        let result = try RegistryFixtures.importFile(moved, .markers, into: registry, map: "number=number,line=line,x=Y,y=X",
                                                     crs: "EPSG:4549", options: RegistryFixtures.options("2025-01-01"))
        #expect(result.changed == 1)
        #expect(try registry.events(.markers, key: "K1").map(\.kind) == [.created, .resurveyed])
    }

    @Test("a new version may not start before the current one began")
    func noBackdating() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let renamed = try RegistryFixtures.file(dir, "r.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150702\",\"name\":\"海拉尔市\"}", RegistryFixtures.square),
        ]))
        #expect { try RegistryFixtures.importFile(renamed, .units, into: registry, options: RegistryFixtures.options("2010-01-01")) } throws: { error in
            guard case StoreError.conflict = error else { return false }
            return true
        }
        #expect(try registry.record(.units, key: "150702")?.record.name == "海拉尔区")
    }
}

@Suite("Readers on several threads")
struct ConcurrentReaderTests {
    @Test("each thread reads through its own connection (makeReader) while another connection writes")
    func readersPerThread() throws {
        let (registry, _) = try RegistryFixtures.seeded()
        let path = registry.path
        let threads = 4
        /// What each reader saw, written by the reader threads under a lock.
        final class Results: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [Int]
            init(_ count: Int) { values = Array(repeating: -1, count: count) }
            subscript(i: Int) -> Int {
                get { lock.withLock { values[i] } }
                set { lock.withLock { values[i] = newValue } }
            }
            var all: [Int] { lock.withLock { values } }
        }
        let results = Results(threads)
        // Connections are not Sendable: the writer and every reader open their own from the path.
        let writer = Thread {
            let store = try? GeoPackageStore.open(at: path)
            _ = try? store?.writeVersions(command: "test", actor: "tester") { writer in
                for i in 0..<200 {
                    try writer.upsert(RegistryRecord(layer: .names, fields: ["id": .text("W\(i)"), "name": .text("写入\(i)"), "category": .text("natural")],
                                                     geometry: nil), effective: RegistryDate("2021-01-01")!)
                }
            }
        }
        writer.start()
        DispatchQueue.concurrentPerform(iterations: threads) { i in
            guard let reader = try? GeoPackageStore.open(at: path, access: .read).makeReader() else { return }
            var seen = 0
            for _ in 0..<50 {
                // A reader sees the names all or not at all, never half a transaction.
                let names = (try? reader.records(.names).count) ?? -2
                if names != 0 && names != 200 { seen = -3; break }
                seen = (try? reader.records(.units).count) ?? -2
            }
            results[i] = seen
        }
        while !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        #expect(results.all == Array(repeating: 2, count: threads))
        #expect(try registry.records(.names).count == 200)
    }
}
