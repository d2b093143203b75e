import Foundation
import Testing
@testable import Gazetteer

/// Bad input that used to get in silently (the data-safety issue, items 13–15): each is refused with a message
/// that says where and what, and the registry is left as it was.
@Suite("Import: refusals that used to be silent")
struct InputRefusalTests {
    /// Imports `content` (written as `name`) into a seeded registry and returns the refusal's text, or records an
    /// issue when the import was accepted. The registry file must be unchanged either way it is refused.
    static func refusal(_ layer: Layer, _ name: String, _ content: String, map: String? = nil) throws -> (text: String, issues: [ImportIssue]) {
        let (registry, dir) = try RegistryFixtures.seeded()
        let before = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        let path = try RegistryFixtures.file(dir, name, content)
        var result: (String, [ImportIssue]) = ("", [])
        do {
            let imported = try RegistryFixtures.importFile(path, layer, into: registry, map: map)
            Issue.record("accepted: \(imported.read) read, \(imported.created) created")
        } catch let refused as ImportRefused {
            result = (refused.description, refused.issues)
        } catch {
            result = ("\(error)", [])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry.path)) == before, "the registry file changed")
        return result
    }

    // MARK: 13. Control characters

    @Test("a raw NUL byte inside a CSV field is refused with the field and the character's position")
    func nulInCSV() throws {
        let (text, issues) = try Self.refusal(.names, "n.csv", "id,name,category,unit\nN1,测\u{0}试河,natural,150702\n")
        let issue = try #require(issues.first { $0.field == "name" }, "\(text)")
        #expect(issue.position == "line 2")
        #expect(issue.reason.en == "control character U+0000 at character 2: invisible, and it would cut the stored text short; remove it")
        #expect(issue.reason.zh.contains("第 2 个字符"))
    }

    @Test("a \\u0000 escape in a GeoJSON string is refused the same way; other control characters too")
    func nulInGeoJSON() throws {
        let content = RegistryFixtures.collection([
            ("{\"code\":\"150799\",\"name\":\"测\\u0000试河\"}", RegistryFixtures.square),
            ("{\"code\":\"150798\",\"name\":\"x\",\"seat_name\":\"a\\u001Fb\"}", RegistryFixtures.square),
            ("{\"code\":\"150797\",\"name\":\"x\",\"seat_name\":\"a\\u007F\"}", RegistryFixtures.square),
        ])
        let (text, issues) = try Self.refusal(.units, "u.geojson", content)
        #expect(issues.map(\.position) == ["features[0]", "features[1]", "features[2]"], "\(text)")
        #expect(issues.map(\.field) == ["name", "seat_name", "seat_name"])
        #expect(issues[0].reason.en.hasPrefix("control character U+0000 at character 2"))
        #expect(issues[1].reason.en.hasPrefix("control character U+001F at character 2"))
        #expect(issues[2].reason.en.hasPrefix("control character U+007F at character 2"))
    }

    @Test("invisible format characters are refused: a zero-width space in a name, a byte-order mark from joined files")
    func formatCharacters() throws {
        // 天鹅\u{200B}湖 looks like 天鹅湖 and would slip past the duplicate check; a second file's BOM lands at the
        // start of its first row when two CSVs are joined with `cat`.
        let (text, issues) = try Self.refusal(.names, "n.csv", """
            id,name,category,unit
            N1,天鹅\u{200B}湖,natural,150702
            \u{FEFF}N2,呼伦湖,natural,150702
            N3,湖\u{202E}名,natural,150702

            """)
        #expect(issues.map(\.position) == ["line 2", "line 3", "line 4"], "\(text)")
        #expect(issues.map(\.field) == ["name", "id", "name"])
        #expect(issues[0].reason.en.hasPrefix("invisible format character U+200B ZERO WIDTH SPACE at character 3"), "\(issues[0].reason.en)")
        #expect(issues[0].reason.zh.contains("第 3 个字符是不可见的格式字符 U+200B"))
        #expect(issues[1].reason.en.hasPrefix("invisible format character U+FEFF ZERO WIDTH NO-BREAK SPACE at character 1"))
        #expect(issues[2].reason.en.hasPrefix("invisible format character U+202E RIGHT-TO-LEFT OVERRIDE at character 2"))
    }

    @Test("what Mongolian script needs is kept: joiners, the vowel separator, variation selectors, the narrow no-break space")
    func mongolianKept() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        // ᠬᠠᠶᠢᠯᠠᠷ with a free variation selector (U+180B), a narrow no-break space before a suffix (U+202F), the vowel
        // separator (U+180E) and the two joiners.
        let mongolian = "ᠬᠠ\u{180B}ᠶᠢᠯᠠᠷ\u{202F}ᠤᠨ ᠨᠠ\u{180E}ᠠ \u{200D}ᠭ\u{200C}ᠣᠤᠯ"
        let path = try RegistryFixtures.file(dir, "n.csv", "id,name,category,unit,mongolian\nN1,海拉尔河,natural,150702,\(mongolian)\n")
        try RegistryFixtures.importFile(path, .names, into: registry)
        #expect(try registry.record(.names, key: "N1")?.record.fields["mongolian"] == FieldValue.text(mongolian))
    }

    @Test("the byte-level shortcut agrees with the scalar test for every Unicode scalar")
    func everyScalar() {
        var refused = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let found = ForbiddenCharacters.firstForbidden(in: "汉" + String(Character(scalar)) + "a") != nil
            #expect(found == ForbiddenCharacters.isForbidden(scalar), "U+\(String(value, radix: 16, uppercase: true))")
            if found { refused += 1 }
        }
        // 62 controls (C0 but tab and line breaks, DEL, C1) and Unicode 15's 170 format characters less the 3 kept.
        #expect(refused > 200 && refused < 260, "\(refused)")
    }

    @Test("a record dated outside 1900–2099 is refused as a probable typo; the edges are accepted")
    func datesOutsideTheRange() throws {
        let (text, issues) = try Self.refusal(.names, "n.csv", """
            id,name,category,unit,valid_from,valid_to
            N1,呼伦湖,natural,150702,0001-01-01,
            N2,贝尔湖,natural,150702,2020-01-01,2999-12-31
            N3,乌兰泡,natural,150702,1899-12-31,

            """)
        #expect(issues.map(\.position) == ["line 2", "line 3", "line 4"], "\(text)")
        #expect(issues.map(\.field) == ["valid_from", "valid_to", "valid_from"])
        #expect(issues[0].reason.en == "the date 0001-01-01 is outside 1900–2099, probably a typo")
        #expect(issues[1].reason.zh == "日期 2999-12-31 不在 1900—2099 年之间，可能是笔误")
        let (registry, dir) = try RegistryFixtures.seeded()
        let path = try RegistryFixtures.file(dir, "edges.csv", "id,name,category,unit,valid_from,valid_to\nN1,呼伦湖,natural,150702,1900-01-01,2099-12-31\n")
        try RegistryFixtures.importFile(path, .names, into: registry)
        #expect(try registry.record(.names, key: "N1", asOf: RegistryDate("1950-01-01"))?.record.fields["name"] == FieldValue.text("呼伦湖"))
    }

    @Test("tabs and line breaks inside a text field are kept")
    func tabsAndLineBreaksKept() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let path = try RegistryFixtures.file(dir, "n.csv", "id,name,category,unit,origin\r\nN1,呼伦湖,natural,150702,\"第一行\r\n第二行\t完\"\r\n")
        try RegistryFixtures.importFile(path, .names, into: registry)
        #expect(try registry.record(.names, key: "N1")?.record.fields["origin"] == FieldValue.text("第一行\r\n第二行\t完"))
    }

    // MARK: 14. Headers and --map

    @Test("a CSV whose first row is data (no header) is refused, listing the expected column names")
    func noHeaderRow() throws {
        let (text, _) = try Self.refusal(.units, "u.csv", "150702,海拉尔区\n")
        #expect(text.contains("u.csv"))
        #expect(text.contains("none of the columns (150702, 海拉尔区) is one the import reads"), "\(text)")
        #expect(text.contains("expected a header row with some of: code, name, specific"), "\(text)")
    }

    @Test("a CSV header that matches none of the --map sources is refused, listing the mapped names")
    func headerMatchesNoMappedColumn() throws {
        let (text, _) = try Self.refusal(.units, "u.csv", "adcode_x,title\n150702,海拉尔区\n", map: "code=adcode,name=名称")
        #expect(text.contains("expected a header row with some of: adcode, 名称, lon, lat, wkt"), "\(text)")
    }

    @Test("--map with a field the layer does not have is refused before reading, listing the layer's fields")
    func unknownMappedField() throws {
        let (_, dir) = try RegistryFixtures.emptyRegistry()
        let path = try RegistryFixtures.file(dir, "u.csv", "code,name\n150702,海拉尔区\n")
        #expect {
            _ = try ImportSources.make(file: path, layer: .units, mapping: try FieldMapping(parsing: "codex=code"), crs: nil, encoding: "auto")
        } throws: { error in
            guard case .unknownField("codex", let known) = error as? FieldMappingError else { return false }
            return known.starts(with: ["code", "name", "specific"]) && known.contains("wkt") && known.contains("lon")
        }
        // GeoJSON takes its geometry from the feature, so x/y/wkt are not fields there.
        let geojson = try RegistryFixtures.file(dir, "u.geojson", RegistryFixtures.collection([]))
        #expect(throws: FieldMappingError.self) {
            _ = try ImportSources.make(file: geojson, layer: .units, mapping: try FieldMapping(parsing: "wkt=WKT"), crs: nil, encoding: "auto")
        }
    }

    @Test("gazetteer import --map codex=code exits 2 (usage) naming the field and the layer's fields")
    func unknownMappedFieldCLI() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let registry = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let csv = try RegistryFixtures.file(dir, "u.csv", "code,name\n150702,海拉尔区\n")
        let result = try gazetteer("import", "units", csv, "--map", "codex=code", "--registry", registry)
        #expect(result.status == 2)
        #expect(result.stderr.contains("图层没有字段 codex"), "\(result.stderr)")
        #expect(result.stderr.contains("code、name、specific"))
        let english = try gazetteer("import", "units", csv, "--map", "codex=code", "--registry", registry, "--lang", "en")
        #expect(english.status == 2 && english.stderr.contains("unknown field \"codex\"") && english.stderr.contains("code, name, specific"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
    }

    // MARK: 15. Ragged rows

    @Test("a ragged CSV row is reported as such, not as missing fields")
    func raggedRow() throws {
        let (text, issues) = try Self.refusal(.names, "n.csv", "id,name,category,lon,lat\nN1,呼伦湖,natural,117.4,48.9,extra\nN2,大桥\n")
        #expect(issues.count == 2, "\(text)")
        #expect(issues.map(\.position) == ["line 2", "line 3"])
        #expect(issues.allSatisfy { $0.field == nil })
        #expect(issues.map(\.reason.en) == ["row 2 has 6 fields, the header has 5", "row 3 has 2 fields, the header has 5"])
        #expect(issues[0].reason.zh == "第 2 行有 6 个字段，表头有 5 个")
        #expect(!text.contains("required field is missing"))
    }
}
