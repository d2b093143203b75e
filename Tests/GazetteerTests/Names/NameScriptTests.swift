import Foundation
import Testing
@testable import Gazetteer

/// The 书写 rules and the character tables generated from Unihan (tools/char-tables).
@Suite("Name rules: 书写 characters")
struct NameScriptTests {
    let rules: NameRuleSet
    let checker: NameChecker

    init() throws {
        rules = try BundledNameRules.load()
        checker = NameChecker(rules: rules)
    }

    /// The 书写 and other hits on a street called `standard`, without the info prompt for a Mongolian-script form.
    func hits(_ standard: String) -> [String] {
        checker.hits(for: PlaceName(id: "T", names: NameForms(standard: standard), category: .streetOrRoad)).filter { $0.rule.id != "meng.missing" }.map { "\($0.rule.id) \($0.matched.joined(separator: ","))" }
    }

    @Test("the tables hold the 8,105 characters with levels and readings (values as in the 通用规范汉字表 and kMandarin)")
    func tables() throws {
        #expect(rules.hanziReadings.count == 8105)
        #expect(rules.hanziReadings["呼"] == "hu")
        #expect(rules.hanziReadings["绿"] == "lv")
        #expect(rules.simplifiedOf["門"] == "门")
        let text = try String(contentsOfFile: TestFixtures.data("names/hanzi.tsv"), encoding: .utf8)
        #expect(text.contains("Unicode 15.0.0"))
        #expect(text.contains("\n一\t1\t1\tyī\tyi\n"))
        // The level boundaries: number 3500 is level 1, 3501 level 2, 6501 level 3.
        #expect(text.split(separator: "\n").filter { $0.split(separator: "\t").dropFirst().first == "3501" }.first?.split(separator: "\t")[2] == "2")
    }

    @Test("a rare character is flagged, a traditional one with its simplified form, standard characters not")
    func script() {
        #expect(hits("乌兰图嘠路") == ["shu.rare 嘠"])
        #expect(hits("東風路") == ["shu.traditional 東→东,風→风"])
        #expect(hits("呼伦贝尔大街") == [])
        #expect(hits("鄂温克路") == [])
    }

    @Test("an invisible character in a name is flagged by code point and position: zero-width, byte-order mark, spaces")
    func invisible() {
        #expect(hits("天鹅\u{200B}湖路") == ["shu.invisible U+200B ZERO WIDTH SPACE @3"])
        #expect(hits("\u{FEFF}天鹅湖路") == ["shu.invisible U+FEFF ZERO WIDTH NO-BREAK SPACE @1"])
        #expect(hits("天鹅\u{3000}湖路") == ["shu.invisible U+3000 IDEOGRAPHIC SPACE @3"])
        #expect(hits("天鹅 湖\u{00A0}路") == ["shu.invisible U+0020 SPACE @3,U+00A0 NO-BREAK SPACE @5"])
        // A joiner is kept by the import for Mongolian script; in a Chinese name it is still invisible.
        #expect(hits("天鹅湖\u{200D}路") == ["shu.invisible U+200D ZERO WIDTH JOINER @4"])
        #expect(hits("天鹅湖路") == [])
    }
}
