import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// What an import changes, and what it must never change: the data-safety rules of `gazetteer import`.
@Suite("Import semantics")
struct ImportSemanticsTests {
    /// Two units with every field the tests look at, imported on 2020-01-01.
    func seeded() throws -> (GeoPackageStore, URL) {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let units = try RegistryFixtures.file(dir, "units.geojson", RegistryFixtures.collection([
            ("{\"code\":\"150702\",\"name\":\"海拉尔区\",\"parent\":\"150700\",\"romanized\":\"Hailar Qu\",\"seat_name\":\"胜利街道\",\"seat_lon\":119.76,\"seat_lat\":49.21}", RegistryFixtures.square),
            ("{\"code\":\"150724\",\"name\":\"鄂温克族自治旗\",\"parent\":\"150700\",\"romanized\":\"Ewenki Zizhiqi\"}", RegistryFixtures.neighbour),
        ]))
        try RegistryFixtures.importFile(units, .units, into: registry, options: RegistryFixtures.options("2020-01-01"))
        return (registry, dir)
    }

    @Test("--map reads only the mapped fields: the others keep their values, and only real changes are events")
    func mapKeepsUnmappedFields() throws {
        let (registry, dir) = try seeded()
        // A foreign file with its own names for code and name, a different geometry, and a `parent` property of its own.
        let foreign = try RegistryFixtures.file(dir, "datav.geojson", RegistryFixtures.collection([
            ("{\"adcode\":150702,\"name\":\"海拉尔区\",\"parent\":{\"adcode\":150700}}", "{\"type\":\"Polygon\",\"coordinates\":[[[120,49],[121.01,49],[121,50],[120,50],[120,49]]]}"),
            ("{\"adcode\":150724,\"name\":\"鄂温克族自治旗\"}", RegistryFixtures.neighbour),
        ]))
        let result = try RegistryFixtures.importFile(foreign, .units, into: registry, map: "code=adcode,name=name",
                                                     options: RegistryFixtures.options("2024-01-01"))
        #expect(result.changed == 1 && result.unchanged == 1)
        let unit = try #require(try registry.record(AdminUnit.self, key: "150702"))
        #expect(unit.parentCode == "150700")
        #expect(unit.names.romanized == "Hailar Qu")
        #expect(unit.seat?.name == "胜利街道" && unit.seat?.position == Coordinate(x: 119.76, y: 49.21))
        #expect(try registry.events(.units, key: "150702").map(\.kind) == [.created, .boundaryChanged])
    }

    @Test("a CSV update changes only its columns; an empty cell clears a field; no geometry column keeps the geometry")
    func partialCSVUpdate() throws {
        let (registry, dir) = try seeded()
        let csv = try RegistryFixtures.file(dir, "seats.csv", """
            code,seat_name,romanized
            150702,呼伦街道,
            """)
        let result = try RegistryFixtures.importFile(csv, .units, into: registry, options: RegistryFixtures.options("2024-01-01"))
        #expect(result.changed == 1 && result.rejected == 0)
        let unit = try #require(try registry.record(AdminUnit.self, key: "150702"))
        #expect(unit.names.standard == "海拉尔区")
        #expect(unit.seat?.name == "呼伦街道" && unit.seat?.position == Coordinate(x: 119.76, y: 49.21))
        #expect(unit.names.romanized == nil)
        #expect(unit.boundary != nil)
        // A new record must still carry its required fields.
        let newUnit = try RegistryFixtures.file(dir, "new.csv", "code,seat_name\n150725,巴彦库仁镇\n")
        #expect { try RegistryFixtures.importFile(newUnit, .units, into: registry) } throws: { error in
            (error as? ImportRefused)?.issues.contains { $0.field == "name" } == true
        }
        // A required field cannot be cleared.
        let clear = try RegistryFixtures.file(dir, "clear.csv", "code,name\n150702,\n")
        #expect { try RegistryFixtures.importFile(clear, .units, into: registry) } throws: { error in
            (error as? ImportRefused)?.issues.contains { $0.field == "name" && $0.reason.en.contains("cannot be cleared") } == true
        }
    }

    @Test("--replace treats records as complete: fields the file does not carry are cleared")
    func replaceMode() throws {
        let (registry, dir) = try seeded()
        let csv = try RegistryFixtures.file(dir, "full.csv", "code,name\n150724,鄂温克族自治旗\n")
        var options = RegistryFixtures.options("2024-01-01")
        options.replace = true
        try RegistryFixtures.importFile(csv, .units, into: registry, options: options)
        let unit = try #require(try registry.record(AdminUnit.self, key: "150724"))
        #expect(unit.parentCode == nil && unit.names.romanized == nil && unit.boundary == nil)
    }

    @Test("two changes on one day amend that day's version: no zero-length version, both change events kept")
    func sameDayChanges() throws {
        let (registry, dir) = try seeded()
        let first = try RegistryFixtures.file(dir, "a.csv", "code,seat_name\n150702,呼伦街道\n")
        let second = try RegistryFixtures.file(dir, "b.csv", "code,romanized\n150702,Hulun Qu\n")
        try RegistryFixtures.importFile(first, .units, into: registry, options: RegistryFixtures.options("2024-03-01"))
        try RegistryFixtures.importFile(second, .units, into: registry, options: RegistryFixtures.options("2024-03-01"))
        let versions = try registry.versions(.units, key: "150702")
        #expect(versions.count == 2)
        #expect(versions.allSatisfy { $0.lifespan.validFrom != $0.lifespan.validTo })
        let current = try #require(try registry.record(AdminUnit.self, key: "150702"))
        #expect(current.seat?.name == "呼伦街道" && current.names.romanized == "Hulun Qu")
        #expect(try registry.events(.units, key: "150702").map(\.kind) == [.created, .moved, .renamed])
        // The name forms follow the amended version: the old romanization is not current any more.
        let forms = try registry.nameForms(.units, key: "150702").filter { $0.lifespan.isCurrent && $0.kind == .romanization }
        #expect(forms.map(\.text) == ["Hulun Qu"])
    }

    @Test("codes keep their leading zeros: 0150702 is not 150702")
    func codesCompareAsText() {
        let a = RegistryRecord(layer: .names, fields: ["id": .text("N1"), "name": .text("河"), "category": .text("natural"), "unit": .text("150702")], geometry: nil)
        var b = a
        b.fields["unit"] = .text("0150702")
        #expect(RecordChanges.between(a, b).map(\.kind) == [.amended])
        var c = a
        c.fields["storeys"] = .integer(3)
        var d = a
        d.fields["storeys"] = .real(3.0)
        #expect(RecordChanges.between(c, d).isEmpty)
    }

    @Test("valid_to on or before valid_from is refused: such a version would be in force on no day")
    func impossibleLifespan() throws {
        let (registry, dir) = try seeded()
        let csv = try RegistryFixtures.file(dir, "bad.csv", "code,name,valid_from,valid_to\n150725,陈巴尔虎旗,2020-05-01,2019-01-01\n150726,新巴尔虎左旗,,2019-01-01\n")
        #expect { try RegistryFixtures.importFile(csv, .units, into: registry, options: RegistryFixtures.options("2020-01-01")) } throws: { error in
            (error as? ImportRefused)?.issues.filter { $0.field == "valid_to" }.count == 2
        }
        #expect(try registry.records(.units).count == 2)
    }

    @Test("statistical codes: 12-digit township codes are kept as 9 digits, so villages find their townships")
    func codeNormalisation() throws {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let townships = try RegistryFixtures.file(dir, "t.csv", "code,name,parent\n150702001,正阳街道,150702\n")
        try RegistryFixtures.importFile(townships, .units, into: registry)
        let villages = try RegistryFixtures.file(dir, "v.csv", """
            village_code,village_name,township_code
            150702001001,天润居委会,150702001000
            150702001002,礼拜寺居委会,150702001000
            """)
        let result = try RegistryFixtures.importFile(villages, .units, into: registry, map: "code=village_code,name=village_name,parent=township_code")
        #expect(result.created == 2)
        #expect(result.issues.isEmpty)
        #expect(try registry.record(AdminUnit.self, key: "150702001001")?.parentCode == "150702001")
        #expect(AdminCode.normalized("150702000000") == "150702")
        #expect(AdminCode.normalized("150702001000") == "150702001")
        #expect(AdminCode.normalized("150702001001") == "150702001001")
    }

    @Test("parents that exist nowhere are reported with their count and a sample")
    func unknownParents() throws {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "t.csv", "code,name,parent\n150702001,正阳街道,150702\n"), .units, into: registry)
        let villages = try RegistryFixtures.file(dir, "v.csv", """
            code,name,parent
            150702009001,甲村,150702009
            150702009002,乙村,150702009
            150702008001,丙村,150702008
            """)
        let result = try RegistryFixtures.importFile(villages, .units, into: registry)
        let warning = try #require(result.issues.first { $0.field == "parent" })
        #expect(warning.severity == .warning)
        #expect(warning.reason.en.hasPrefix("2 parent codes"))
        #expect(warning.reason.en.contains("150702008, 150702009"))
    }

    @Test("a dry run reports what the import would do, record by record, and leaves the file byte-identical")
    func dryRun() throws {
        let (registry, _) = try RegistryFixtures.emptyRegistry()
        let path = registry.path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let units = TestFixtures.data("boundaries/demo_units.geojson")
        var options = RegistryFixtures.options()
        options.dryRun = true
        options.recordOutcomes = true
        let result = try RegistryFixtures.importFile(units, .units, into: registry, options: options)
        #expect(result.created == 14 && result.outcomes.count == 14)
        #expect(result.outcomes.allSatisfy { $0.action == .created })
        #expect(try registry.records(.units).isEmpty)
        #expect(try registry.auditLog().isEmpty)
        _ = registry
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("--retire-missing works on markers (keys other than name) and needs a scope; a dry run lists what it would retire")
    func retireMarkers() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let two = try RegistryFixtures.file(dir, "m.geojsonl", """
            {"type":"Feature","properties":{"number":"M1","line":"150702-150724"},"geometry":{"type":"Point","coordinates":[121,49.2]}}
            {"type":"Feature","properties":{"number":"M2","line":"150702-150724"},"geometry":{"type":"Point","coordinates":[121,49.4]}}
            """)
        try RegistryFixtures.importFile(two, .markers, into: registry)
        let one = try RegistryFixtures.file(dir, "m1.geojsonl", """
            {"type":"Feature","properties":{"number":"M1","line":"150702-150724"},"geometry":{"type":"Point","coordinates":[121,49.2]}}
            """)
        var options = RegistryFixtures.options("2024-01-01")
        options.retireMissing = true
        #expect(throws: RetireScopeMissing.self) { try RegistryFixtures.importFile(one, .markers, into: registry, options: options) }
        options.retireScope = .all
        options.dryRun = true
        options.recordOutcomes = true
        let preview = try RegistryFixtures.importFile(one, .markers, into: registry, options: options)
        #expect(preview.retired == 1 && preview.outcomes.contains(RecordOutcome(position: "", key: "M2", action: .retired)))
        #expect(try registry.keys(.markers) == ["M1", "M2"])
        options.dryRun = false
        let result = try RegistryFixtures.importFile(one, .markers, into: registry, options: options)
        #expect(result.retired == 1)
        #expect(try registry.keys(.markers) == ["M1"])
        #expect(try registry.events(.markers, key: "M2").map(\.kind) == [.created, .retired])
    }
}
