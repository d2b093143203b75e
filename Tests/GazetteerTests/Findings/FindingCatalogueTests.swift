import Foundation
import Testing
@testable import Gazetteer

@Suite("Finding catalogue")
struct FindingCatalogueTests {
    @Test("codes are unique, family.name, and every placeholder a template uses is documented")
    func catalogueIsConsistent() {
        let ids = FindingCode.catalogue.map(\.id)
        #expect(Set(ids).count == ids.count)
        for code in FindingCode.catalogue {
            #expect(code.id.contains(".") && code.id == code.id.lowercased(), "\(code.id)")
            let declared = Set(code.placeholders.map(\.name))
            #expect(Set(code.templatePlaceholders(.zh)) == declared, "\(code.id) zh")
            #expect(Set(code.templatePlaceholders(.en)) == declared, "\(code.id) en")
            #expect(FindingCode(id: code.id) == code)
        }
    }

    @Test("a message is the template filled from the finding's values, in the language asked")
    func messageFromValues() {
        let finding = Finding(.geometryInvalid, subjects: ["150723"],
                              values: ["subject": "150723 鄂伦春自治旗", "reason": .localized(LocalizedText(zh: "自相交", en: "Self-intersection"))])
        #expect(finding.message(.zh) == "150723 鄂伦春自治旗 的几何无效：自相交")
        #expect(finding.message(.en) == "150723 鄂伦春自治旗: invalid geometry: Self-intersection")
        #expect(finding.severity == .error)
        // A value that is missing stays visible rather than vanishing from the sentence.
        #expect(Finding(.geometryInvalid, subjects: []).message(.en) == "{subject}: invalid geometry: {reason}")
    }

    @Test("quantities carry their unit: 12.3456 km² shows as 12.346 km², a count as a bare number")
    func quantities() {
        #expect(Quantity.squareKilometres(fromSquareMetres: 12_345_600).formatted == "12.346 km²")
        #expect(Quantity.metres(0.4249).formatted == "0.42 m")
        #expect(Quantity.count(3).formatted == "3")
    }

    @Test("an import issue becomes an import.* finding with file, record and field")
    func importIssueFinding() {
        let issue = ImportIssue(position: "features[3]", key: "150723", field: "name",
                                reason: LocalizedText(zh: "缺少必填字段", en: "required field is missing"))
        let finding = issue.finding(file: "units.geojson")
        #expect(finding.code == .importRecordRejected && finding.severity == .error)
        #expect(finding.file == "units.geojson" && finding.record == "features[3]" && finding.field == "name")
        #expect(finding.message(.zh) == "features[3] (150723) name：缺少必填字段")
        #expect(ImportIssue(.warning, position: "line 2", reason: LocalizedText(zh: "x", en: "x")).finding(file: "f").code == .importRecordWarning)
    }

    @Test("docs/FINDINGS.md is the catalogue as generated")
    func documentationIsCurrent() throws {
        let path = TestFixtures.packageRoot.appendingPathComponent("docs/FINDINGS.md").path
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == FindingCatalogueDocument.markdown(),
                "docs/FINDINGS.md is stale: run `swift run gazetteer findings-catalogue > docs/FINDINGS.md`")
    }
}
