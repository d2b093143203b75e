import Foundation
import Testing
@testable import Gazetteer

/// The one-name rules (大, 洋, 怪, 通名) of data/names on the bundled demo names and on hand-made names that must and
/// must not be flagged.
@Suite("Name rules: 大/洋/怪/通名")
struct NameCheckerTests {
    let rules: NameRuleSet
    let checker: NameChecker

    init() throws {
        rules = try BundledNameRules.load()
        checker = NameChecker(rules: rules)
    }

    func name(_ standard: String, specific: String? = nil, generic: String? = nil, _ category: PlaceCategory,
              subcategory: String? = nil, origin: String? = nil, mongolianLatin: String? = nil, scale: PlaceScale = PlaceScale()) -> PlaceName {
        PlaceName(id: "T", names: NameForms(standard: standard, specific: specific, generic: generic, mongolianLatin: mongolianLatin),
                  category: category, subcategory: subcategory, origin: origin, scale: scale)
    }

    /// The rules `place` breaks, without meng.missing: that one is an info prompt to record the Mongolian-script form,
    /// which these hand-made names never carry; its own tests look at it.
    func ruleIDs(_ place: PlaceName) -> [String] { checker.hits(for: place).map(\.rule.id).filter { $0 != "meng.missing" } }

    /// The 大/洋/怪/通名 faults planted in demo_names.csv (tools/demo-data NameCatalogue.problemNames, read by hand),
    /// with the rules each must break. The 重 and romanization faults are other checks.
    static let plantedFaults: [String: Set<String>] = [
        "曼哈顿社区": ["yang.place"], "贝加尔大街": ["yang.place"], "中央路": ["da.cosmic", "pin.english-generic"],
        "金鼎广场": ["da.square-size"], "银河大厦广场": ["tong.stacked", "da.square-size"], "99大厦": ["guai.bare-number"],
        "环球国际花园": ["da.world"], "中央首府小区": ["da.cosmic", "da.status"], "维也纳森林小区": ["yang.place"],
        "BOBO自由城": ["guai.latin"], "皇庭御景": ["guai.feudal", "tong.missing"], "乔巴山家园": ["yang.person"],
        "乌兰巴托商城": ["yang.place"], "香榭丽舍小区": ["yang.place"], "8哩岛": ["guai.digit-mix", "tong.category"],
        "宇宙大厦": ["da.cosmic"], "翠林苑公寓": ["tong.stacked"], "盛世天下城": ["da.cosmic"],
        "加州1886": ["yang.place", "guai.digit-mix", "tong.missing"], "威尼斯水城": ["yang.place"], "御府花园": ["guai.feudal"],
        "中华世纪城": ["da.world"], "金色·阳光小区": ["guai.symbol"], "EE新城": ["guai.latin"],
        // Romanization faults.
        "天鹅湖": ["pin.apostrophe"], "友谊大街": ["pin.english-generic"], "呼伦大街": ["pin.division"], "北山路": ["pin.english-generic"],
        "和平街": ["pin.english-generic"], "兴安路": ["pin.apostrophe"], "延安街": ["pin.apostrophe"], "海拉尔站": ["pin.approved"],
    ]

    @Test("every planted 大/洋/怪/通名/romanization fault of the demo names is found, and no other demo name is flagged")
    func demoNames() throws {
        let list = try PlaceNameList.read(path: TestFixtures.data("names/demo_names.csv"), mapping: FieldMapping(), rules: rules)
        // 369 generated names and the 3 misfiled ones the locate check plants (N0370–N0372).
        #expect(list.names.count == 372)
        #expect(list.warnings.isEmpty)
        var found: [String: Set<String>] = [:]
        for checked in list.names {
            // The 蒙古文 completeness rule (info) is tested on its own below: most demo names of Mongolian origin
            // have no script form yet, on purpose.
            let ids = checker.hits(for: checked.name).map(\.rule.id).filter { !$0.hasPrefix("meng.") }
            if !ids.isEmpty { found[checked.name.names.standard, default: []].formUnion(ids) }
        }
        #expect(found == Self.plantedFaults)
    }

    @Test("the list read while a second thread judges it gives the same report as reading it first, line numbers included")
    func streamedReport() throws {
        let path = TestFixtures.data("names/demo_names.csv")
        let list = try PlaceNameList.read(path: path, mapping: FieldMapping(), rules: rules)
        let first = checker.report(list.names, source: path, warnings: list.warnings)
        let streamed = try checker.report(listAt: path, mapping: FieldMapping())
        #expect(streamed.summary.checked == 372)
        #expect(streamed.findings.count > 39)
        #expect(streamed.findings == first.findings)
        #expect(streamed.summary.statement == first.summary.statement)
        // A finding names the file's line of its record (the header is line 1).
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let finding = try #require(streamed.findings.first { $0.record != nil })
        let line = try #require(finding.record.flatMap { Int($0.dropFirst("line ".count)) })
        #expect(lines[line - 1].contains(finding.subjects[0]))
    }

    @Test("a list that stops being CSV half-way is refused with the file and line, whichever way it is read")
    func streamedBadList() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = "id,name\n"
        for i in 0..<20_000 { text += "N\(i),团结\(i)村\n" }
        text += "N20000,\"未闭合的引号\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for read in [{ _ = try checker.report(listAt: path, mapping: FieldMapping()) },
                     { _ = try PlaceNameList.read(path: path, mapping: FieldMapping(), rules: rules) }] {
            let error = try #require(throws: ExchangeError.self) { try read() }
            #expect("\(error)".contains(path))
            #expect("\(error)".contains("20002"))
        }
    }

    @Test("the whole demo report: every planted fault found by its rule (重 included), no other name flagged except 蒙古文 gaps")
    func demoReport() throws {
        let list = try PlaceNameList.read(path: TestFixtures.data("names/demo_names.csv"), mapping: FieldMapping(), rules: rules)
        let report = checker.report(list.names, source: "demo")
        var found: [String: Set<String>] = [:]
        var mongolianGaps: [String] = []
        for finding in report.findings {
            guard case .text(let rule)? = finding.values["rule"], case .text(let name)? = finding.values["name"] else { continue }
            if rule == "meng.missing" { mongolianGaps.append(finding.subjects[0]); continue }
            found[name, default: []].insert(rule)
        }
        var expected = Self.plantedFaults
        // The 重 faults: a planted homophone pair, a near-duplicate, two 建设路 in one built-up area, and two 团结村
        // village committees in one county (莫旗, towns 那吉 and 六合; the demo accepts them with a decision).
        for (name, rule) in [("新华路", "chong.homophone"), ("新化路", "chong.homophone"), ("新阳光小区", "chong.near"),
                             ("阳光小区", "chong.near"), ("建设路", "chong.county"), ("团结村", "chong.county")] {
            expected[name, default: []].insert(rule)
        }
        #expect(found == expected)
        // Every 蒙古文 gap is a record without a Mongolian-script form; the seven that have one are never flagged.
        let byID = Dictionary(uniqueKeysWithValues: list.names.map { ($0.name.id, $0.name) })
        #expect(mongolianGaps.allSatisfy { (byID[$0]?.names.mongolian ?? "").isEmpty })
        #expect(!mongolianGaps.contains("N0001") && !mongolianGaps.contains("N0085"))
        #expect(!report.findings.contains { $0.values["rule"] == .text("meng.script") })
    }

    @Test("standard names of Mongolian, Daur, Evenki and Oroqen origin give no finding", arguments: [
        ("呼伦贝尔市", PlaceCategory.administrativeUnit), ("海拉尔区", .administrativeUnit), ("巴彦托海镇", .administrativeUnit),
        ("乌力吉路", .streetOrRoad), ("巴特尔小区", .residentialOrBuilding), ("额尔古纳河", .naturalFeature),
        ("莫力达瓦达斡尔族自治旗", .administrativeUnit), ("鄂温克族自治旗", .administrativeUnit), ("鄂伦春自治旗", .administrativeUnit),
        ("成吉思汗广场", .parkOrProtectedArea), ("巴尔虎大街", .streetOrRoad), ("莫嫩大街", .streetOrRoad), ("乌兰小区", .residentialOrBuilding),
    ])
    func regionalNamesAreNotFlagged(standard: String, category: PlaceCategory) {
        #expect(ruleIDs(name(standard, category)) == [])
        // At most the prompt to add the Mongolian-script form, at info level.
        #expect(checker.hits(for: name(standard, category)).allSatisfy { $0.rule.id == "meng.missing" && $0.rule.severity == .info })
    }

    @Test("a foreign-name list holding Mongolian personal names (as hanlp's does) still leaves the region's names alone")
    func regionalAllowanceOverridesAForeignList() throws {
        let directory = try TestFixtures.temporaryDirectory()
        for file in ["rules.tsv", "generics.tsv", "regional_names.tsv", "categories.tsv"] {
            try FileManager.default.copyItem(atPath: TestFixtures.data("names/\(file)"), toPath: directory.appendingPathComponent(file).path)
        }
        let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("rules.tsv"))
        handle.seekToEndOfFile()
        handle.write(Data("yang.hanlp\t洋\twords\t乌力吉|巴特尔|海拉尔|乌兰巴托\t\t*\twarning\t\t外国人名（外部名单）\tforeign personal name (external list)\t测试\t—\n".utf8))
        handle.closeFile()
        let widened = NameChecker(rules: try NameRuleSet(directory: directory.path))
        func widenedIDs(_ place: PlaceName) -> [String] { widened.hits(for: place).map(\.rule.id).filter { $0 != "meng.missing" } }
        #expect(widenedIDs(name("乌力吉路", .streetOrRoad)).isEmpty)
        #expect(widenedIDs(name("巴特尔小区", .residentialOrBuilding)).isEmpty)
        #expect(widenedIDs(name("海拉尔河", .naturalFeature)).isEmpty)
        // Not every occurrence is inside a regional name: 乌兰巴托 contains 乌兰 but is not one.
        #expect(widenedIDs(name("乌兰巴托路", .streetOrRoad)) == ["yang.place", "yang.hanlp"])
    }

    @Test("the transliteration score flags 索菲亚, not 额伦索克 (3/4) nor a name with a Mongolian form (evidence)")
    func transliteration() throws {
        let hits = checker.hits(for: name("索菲亚小区", .residentialOrBuilding))
        #expect(hits.map(\.rule.id) == ["yang.transliteration"])
        #expect(hits.first?.detail == "3/3 ≥ 90%")
        #expect(hits.first?.rule.severity == .info)
        #expect(ruleIDs(name("额伦索克嘎查", .settlement)) == [])
        #expect(ruleIDs(name("索菲亚小区", .residentialOrBuilding, mongolianLatin: "Sofiya")) == [])
        // Characters inside an approved regional name do not count: 呼伦 in 呼伦诺尔.
        #expect(ruleIDs(name("呼伦诺尔嘎查", .settlement)) == [])
    }

    @Test("the 大/洋/feudal word rules keep to the campaign's scope: customary village and town names are not judged")
    func campaignScope() {
        #expect(ruleIDs(name("罗马村", .settlement, subcategory: "village")) == [])
        #expect(ruleIDs(name("王府镇", .administrativeUnit)) == [])
        #expect(ruleIDs(name("罗马嘉园社区", .settlement, subcategory: "community")) == ["yang.place"])
        #expect(ruleIDs(name("中国农业大学社区", .settlement, subcategory: "community")) == [])
    }

    @Test("must-flag names outside the demo set", arguments: [
        ("世界城", PlaceCategory.residentialOrBuilding, "da.world"), ("首府特区", .residentialOrBuilding, "da.status"),
        ("马可波罗大厦", .residentialOrBuilding, "yang.person"), ("苏赫巴托尔路", .streetOrRoad, "yang.person"),
        ("6号院", .residentialOrBuilding, "guai.digit-mix"), ("66大楼", .residentialOrBuilding, "guai.bare-number"),
        ("王府花园", .residentialOrBuilding, "guai.feudal"), ("黄泉路", .streetOrRoad, "guai.vulgar"),
        ("阳光-城", .residentialOrBuilding, "guai.symbol"), ("MOMO公园", .parkOrProtectedArea, "guai.latin"),
        ("锦绣苑小区", .residentialOrBuilding, "tong.stacked"), ("滨河湾", .residentialOrBuilding, "tong.missing"),
    ])
    func mustFlag(standard: String, category: PlaceCategory, rule: String) {
        #expect(ruleIDs(name(standard, category)).contains(rule))
    }

    @Test("must-not-flag names: Chinese numerals, friendship names, customary names, adequate scale")
    func mustNotFlag() {
        #expect(ruleIDs(name("二道街", .streetOrRoad)) == [])
        #expect(ruleIDs(name("中苏友谊公园", .parkOrProtectedArea)) == [])
        #expect(ruleIDs(name("中央街", .streetOrRoad, origin: "城区老街，名称沿用至今")) == [])
        #expect(ruleIDs(name("中央街", .streetOrRoad)) == ["da.cosmic"])
        #expect(ruleIDs(name("阿里河小区", .residentialOrBuilding)) == [])
        #expect(ruleIDs(name("林城家园", .residentialOrBuilding)) == [])
        let big = PlaceScale(landArea: 12_000, floorArea: 50_000)
        #expect(ruleIDs(name("金鼎广场", .residentialOrBuilding, subcategory: "building", scale: big)) == [])
        // No scale recorded: the scale rule cannot judge, so it says nothing.
        #expect(ruleIDs(name("金鼎广场", .residentialOrBuilding, subcategory: "building")) == [])
        #expect(ruleIDs(name("友谊大街", .streetOrRoad, subcategory: "avenue", scale: PlaceScale(roadWidth: 24))) == ["da.avenue-width"])
        #expect(ruleIDs(name("友谊大街", .streetOrRoad, subcategory: "avenue", scale: PlaceScale(roadWidth: 40))) == [])
    }

    @Test("two rules of one category on one name are two findings with two ids (a waiver is per rule)")
    func findingIdentityPerRule() {
        let report = checker.report([CheckedName(name("中央首府小区", .residentialOrBuilding))], source: "t")
        #expect(report.findings.map(\.code.id) == ["name.grandiose", "name.grandiose"])
        #expect(Set(report.findings.map(\.identity)).count == 2)
        #expect(report.findings[0].values["matched"] == .text("中央"))
        #expect(report.findings[0].message(.zh).contains("民发〔2018〕146号"))
    }

    @Test("a category given by its Chinese name or a subcategory code is understood")
    func categoryResolution() {
        #expect(rules.resolveCategory("街路巷")?.category == .streetOrRoad)
        #expect(rules.resolveCategory("avenue")?.category == .streetOrRoad)
        #expect(rules.resolveCategory("avenue")?.subcategory == "avenue")
        #expect(rules.resolveCategory("住宅") == nil)
    }
}
