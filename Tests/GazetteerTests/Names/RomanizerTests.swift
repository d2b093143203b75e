import Testing
@testable import Gazetteer

/// Romanization by the 1984 rules; expected forms from DOMAIN.md §3 and the rules' own examples.
@Suite("Romanizer")
struct RomanizerTests {
    @Test("specific and generic apart, apostrophes, capitals, polyphones by phrase, approved transliterations", arguments: [
        ("天鹅湖", "Tian'e Hu"), ("西安路", "Xi'an Lu"), ("兴安路", "Xing'an Lu"), ("六安路", "Lu'an Lu"), ("长春街", "Changchun Jie"),
        ("海拉尔站", "Hailar Zhan"), ("呼伦贝尔大厦", "Hulun Buir Dasha"), ("额尔古纳河", "Ergun He"), ("巴彦托海镇", "Bayan Tohoi Zhen"),
        ("陈巴尔虎旗", "Chen Barag Qi"), ("绿园小区", "Lüyuan Xiaoqu"), ("建设路", "Jianshe Lu"), ("胜利大街", "Shengli Dajie"),
    ])
    func romanize(name: String, expected: String) throws {
        #expect(Romanizer(rules: try BundledNameRules.load()).romanize(name) == expected)
    }
}
