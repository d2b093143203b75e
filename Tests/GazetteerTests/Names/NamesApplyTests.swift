import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// `gazetteer names apply`: a reviewed names worklist — acceptances and renames — applied in one transaction, or
/// refused whole with line numbers.
@Suite("Names worklist apply")
struct NamesApplyTests {
    /// A demo registry that has run `names check`, and the finding id of each (subject, code).
    func checkedRegistry() throws -> (registry: String, ids: [String: String]) {
        let registry = try LayerRecordTests.demoRegistry().path
        let result = try gazetteer("names", "check", "--registry", registry, "--format", "json")
        let json = try JSONParser.parse(result.stdout)
        var ids: [String: String] = [:]
        for finding in json["findings"]?.arrayValue ?? [] {
            guard let id = finding["id"]?.stringValue, let code = finding["code"]?.stringValue,
                  let subject = finding["subjects"]?.arrayValue?.first?.stringValue else { continue }
            ids["\(subject) \(code)"] = id
        }
        return (registry, ids)
    }

    func worklist(_ rows: [String]) throws -> String {
        let dir = try TestFixtures.temporaryDirectory()
        return try RegistryFixtures.file(dir, "worklist.csv", (["编号,复核结论,备注,更名为,批准文号,生效日期"] + rows).joined(separator: "\n") + "\n")
    }

    @Test("a rename and an acceptance in one run: the old name historical, the new one standard from its day, the finding accepted")
    func renameAndAccept() throws {
        let (registry, ids) = try checkedRegistry()
        let foreign = try #require(ids["N0291 name.foreign"]), romanization = try #require(ids["N0317 name.romanization"])
        let file = try worklist(["\(foreign),,,伊敏河小区,满政地字〔2026〕3号,2026-03-01",
                                 "\(romanization),接受,站名沿用铁路部门审定写法,,,"])
        let result = try gazetteer("names", "apply", file, "--registry", registry, "--by", "地名办")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("更名 1，接受 1"))
        let store = try GeoPackageStore.open(at: registry, access: .read)
        let versions = try store.versions(.names, key: "N0291")
        #expect(versions.map { $0.record.fields["name"]?.description } == ["香榭丽舍小区", "伊敏河小区"])
        let renamed = try #require(try store.record(PlaceName.self, key: "N0291"))
        #expect(renamed.names.historical.contains("香榭丽舍小区"))
        #expect(renamed.names.romanized == "Yiminhe Xiaoqu")
        #expect(renamed.approval?.decisionNumber == "满政地字〔2026〕3号")
        #expect(try store.events(.names, key: "N0291").contains { $0.kind == .renamed })
        #expect(try store.findingReviews(asOf: nil).contains { $0.finding == romanization && $0.status == .accepted })
        // The next check no longer finds the foreign name, and shows the accepted one apart.
        let again = try JSONParser.parse(try gazetteer("names", "check", "--registry", registry, "--format", "json").stdout)
        let subjects = (again["findings"]?.arrayValue ?? []).compactMap { $0["subjects"]?.arrayValue?.first?.stringValue }
        #expect(!subjects.contains("N0291"))
        #expect((again["accepted"]?.arrayValue ?? []).contains { $0["id"]?.stringValue == romanization })
    }

    @Test("a malformed row, an unknown finding or a new name that breaks a rule refuses the whole file; nothing is written")
    func refusedWhole() throws {
        let (registry, ids) = try checkedRegistry()
        let foreign = try #require(ids["N0291 name.foreign"]), grand = try #require(ids["N0293 name.grandiose"])
        let before = try GeoPackageStore.open(at: registry, access: .read).auditLog().count
        let file = try worklist(["\(foreign),,,伊敏河小区,满政地字〔2026〕3号,2026-03-01",   // fine on its own
                                 "\(grand),,,世界大厦,满政地字〔2026〕4号,2026-03-01",        // 世界: 大
                                 "F-000000000000,接受,理由,,,",                                 // unknown
                                 "\(try #require(ids["N0290 name.foreign"])),更名,,,满政地字〔2026〕5号,2026-03-01", // no new name
                                 "\(try #require(ids["N0289 name.foreign"])),,,莫嫩家园,满政地字〔2026〕6号,2206-03-01"]) // a typo
        let result = try gazetteer("names", "apply", file, "--registry", registry)
        #expect(result.status == 3)
        #expect(result.stderr.contains("line 3") && result.stderr.contains("世界大厦"))
        #expect(result.stderr.contains("line 4") && result.stderr.contains("line 5"))
        #expect(result.stderr.contains("line 6") && result.stderr.contains("1900—2099 年间"), "\(result.stderr)")
        #expect(!result.stderr.contains("line 2:"))
        let store = try GeoPackageStore.open(at: registry, access: .read)
        #expect(try store.auditLog().count == before)
        #expect(try store.versions(.names, key: "N0291").count == 1)
        // findings apply takes reviews only, and says where renames go.
        let renames = try worklist(["\(foreign),,,伊敏河小区,满政地字〔2026〕3号,2026-03-01"])
        let refused = try gazetteer("findings", "apply", renames, "--registry", registry)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("names apply"))
    }

    @Test("names check on the registry writes the rename columns into its worklist")
    func worklistColumns() throws {
        let (registry, _) = try checkedRegistry()
        let dir = try TestFixtures.temporaryDirectory()
        let out = dir.appendingPathComponent("w.csv").path
        _ = try gazetteer("names", "check", "--registry", registry, "--format", "csv", "--output", out)
        let header = try #require(try CSVReader.read(path: out).header)
        #expect(header.names.suffix(3) == ["更名为", "批准文号", "生效日期"])
    }
}
