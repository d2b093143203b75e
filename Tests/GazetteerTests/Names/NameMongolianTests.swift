import Foundation
import Testing
@testable import Gazetteer

/// The 蒙古文 rules: a name of Mongolian origin needs its Mongolian-script form, and that field holds only
/// traditional Mongolian script.
@Suite("Name rules: 蒙古文")
struct NameMongolianTests {
    let checker: NameChecker

    init() throws {
        checker = NameChecker(rules: try BundledNameRules.load())
    }

    func ids(_ standard: String, _ category: PlaceCategory = .naturalFeature, mongolian: String? = nil, latin: String? = nil,
             origin: String? = nil, recorded: Bool = true) -> [String] {
        let name = PlaceName(id: "T", names: NameForms(standard: standard, mongolian: mongolian, mongolianLatin: latin),
                             category: category, origin: origin)
        return checker.hits(for: name, mongolianRecorded: recorded).map(\.rule.id).filter { $0.hasPrefix("meng.") }
    }

    @Test("must flag: Mongolian origin (approved regional name, mongolian_latin, origin) without the script form", arguments: [
        ("海拉尔河", nil as String?, nil as String?), ("巴彦托海镇", nil, nil), ("呼和诺尔", "Khökh nuur", nil), ("乌兰泡", nil, nil),
        ("宝日希勒镇", nil, "蒙古语，意为黄色的山梁"),
    ])
    func missing(standard: String, latin: String?, origin: String?) {
        #expect(ids(standard, latin: latin, origin: origin) == ["meng.missing"])
    }

    @Test("must not flag: a Mongolian name with its script, a Chinese-origin name, another regional language, a list without the field")
    func notMissing() {
        #expect(ids("海拉尔河", mongolian: "ᠬᠠᠶᠢᠯᠠᠷ ᠭᠣᠤᠯ", latin: "Khailaar gol") == [])
        #expect(ids("巴彦托海镇", mongolian: "ᠪᠠᠶᠠᠨ ᠲᠣᠬᠣᠢ ᠪᠠᠯᠭᠠᠰᠤ") == [])
        #expect(ids("红旗村", .settlement) == [])
        #expect(ids("满洲里市", .administrativeUnit) == [])
        // Daur and Evenki names are regional but not Mongolian: the script rule is Inner Mongolia's for Mongolian.
        #expect(ids("尼尔基镇", .administrativeUnit) == [])
        #expect(ids("鄂温克族自治旗", .administrativeUnit) == [])
        // The NBS lists have no Mongolian field: nothing can be missing from them.
        #expect(ids("海拉尔河", recorded: false) == [])
    }

    @Test("the Mongolian-script field: Latin, Han and Cyrillic are flagged with the run; FVS, NNBSP and spaces are Mongolian")
    func script() throws {
        #expect(ids("海拉尔河", mongolian: "Khailaar gol") == ["meng.script"])
        #expect(ids("海拉尔河", mongolian: "海拉尔") == ["meng.script"])
        #expect(ids("呼伦湖", mongolian: "Далай нуур") == ["meng.script"])
        let mixed = PlaceName(id: "T", names: NameForms(standard: "呼伦湖", mongolian: "ᠳᠠᠯᠠᠢ nuur"), category: .naturalFeature)
        let hit = try #require(checker.hits(for: mixed).first { $0.rule.id == "meng.script" })
        #expect(hit.matched == ["Latin: nuur"])
        #expect(MongolianScript.foreignRuns(in: "ᠬᠥᠬᠡ\u{202F}ᠶᠢᠨ ᠨᠠᠭᠤᠷ\u{180B}") == [])
        #expect(MongolianScript.foreignRuns(in: "ᠬᠥᠬᠡ 湖 Nuur") == ["Han: 湖", "Latin: Nuur"])
    }

    @Test("a finding of the 蒙古文 rules carries the code name.mongolian, the rule and the evidence of origin")
    func finding() {
        let name = PlaceName(id: "N1", names: NameForms(standard: "海拉尔河"), category: .naturalFeature)
        let report = checker.report([CheckedName(name)], source: "t")
        let finding = report.findings.first { $0.values["rule"] == .text("meng.missing") }
        #expect(finding?.code == .nameMongolian)
        #expect(finding?.values["matched"] == .text("海拉尔"))
        #expect(finding?.severity == .info)
    }
}
