import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Findings that people review: stable ids across runs, accepted exceptions, automatic reopening.
@Suite("Finding reviews")
struct FindingReviewTests {
    static func finding(at x: Double, _ y: Double, subjects: [String] = ["150723", "150724"]) -> Finding {
        Finding(.geometryInvalid, subjects: subjects, location: .point(Point(x: x, y: y)), field: "geometry",
                values: ["subject": "x", "reason": "r"])
    }

    @Test("the same fact found again has the same id; a real move or another subject gives another")
    func identity() {
        let a = Self.finding(at: 124.543935, 49.638912)
        #expect(a.identity.hasPrefix("F-") && a.identity.count == 14)
        #expect(Self.finding(at: 124.543935, 49.638912).identity == a.identity)
        // Well under the 1e-5° rounding (about 1 m), and the subjects in another order: the same finding.
        #expect(Self.finding(at: 124.5439351, 49.6389121, subjects: ["150724", "150723"]).identity == a.identity)
        // 0.001° (about 100 m) away, or about another unit: another finding.
        #expect(Self.finding(at: 124.544935, 49.638912).identity != a.identity)
        #expect(Self.finding(at: 124.543935, 49.638912, subjects: ["150723"]).identity != a.identity)
    }

    @Test("topology and names checks run twice on the demo registry: every finding of the second run has an id of the first")
    func secondRunRecognisesEveryFinding() throws {
        let registry = try LayerRecordTests.demoRegistry().path
        func ids(_ arguments: String...) throws -> [String] {
            let result = try runCommand(TestFixtures.cliPath, arguments + ["--registry", registry, "--format", "json"])
            let json = try JSONParser.parse(result.stdout)
            return (json["findings"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        }
        for check in [["inspect", "topology"], ["names", "check"], ["names", "locate-check"]] {
            let first = try ids(check[0], check[1])
            let second = try ids(check[0], check[1])
            #expect(!first.isEmpty, "\(check) found nothing")
            #expect(Set(first).count == first.count, "\(check): ids are unique within a run")
            #expect(first == second, "\(check): the second run gives the same ids in the same order")
        }
        // The registry has seen each of them once, however many runs.
        let seen = try JSONParser.parse(try gazetteer("findings", "list", "--registry", registry, "--status", "all", "--format", "json").stdout)
        let listed = (seen["findings"]?.arrayValue ?? seen.arrayValue ?? []).compactMap { $0["id"]?.stringValue ?? $0["finding"]?.stringValue }
        #expect(Set(listed).count == listed.count)
        let topologyCount = try ids("inspect", "topology").count
        #expect(listed.count >= topologyCount)
    }

    /// A registry with the demo units and a file with one bow-tie polygon whose id is a unit code.
    func setUp() throws -> (registry: String, file: String, dir: URL) {
        let dir = try TestFixtures.temporaryDirectory()
        let registry = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units.geojson"), "--registry", registry, "--date", "2020-01-01").status == 0)
        let file = dir.appendingPathComponent("bowtie.geojson").path
        try """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"150702","properties":{},"geometry":{"type":"Polygon","coordinates":[[[120,49],[121,50],[121,49],[120,50],[120,49]]]}}]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        return (registry, file, dir)
    }

    func check(_ s: (registry: String, file: String, dir: URL), _ extra: String...) throws -> (CommandResult, JSONValue) {
        let result = try runCommand(TestFixtures.cliPath, ["geometry", "validate", s.file, "--registry", s.registry, "--format", "json"] + extra)
        return (result, try JSONParser.parse(result.stdout))
    }

    @Test("accept: a second run recognises the finding, shows it apart and exits 0; reopen: it counts again")
    func acceptAndReopen() throws {
        let s = try setUp()
        let (first, report) = try check(s)
        #expect(first.status == 1)
        let id = try #require(report["findings"]?.arrayValue?.first?["id"]?.stringValue)
        let (_, again) = try check(s)
        #expect(again["findings"]?.arrayValue?.first?["id"]?.stringValue == id)

        #expect(try gazetteer("findings", "accept", "F-000000000000", "--reason", "x", "--registry", s.registry).status == 3)
        let accept = try gazetteer("findings", "accept", id, "--reason", "已知的数据源问题", "--decision", "测试〔2026〕1号", "--registry", s.registry)
        #expect(accept.status == 0 && accept.stdout.contains(id))

        let (accepted, json) = try check(s)
        #expect(accepted.status == 0)
        #expect(json["findings"]?.arrayValue?.isEmpty == true)
        #expect(json["summary"]?["accepted"]?.numberValue == 1 && json["summary"]?["errors"]?.numberValue == 0)
        let exception = try #require(json["accepted"]?.arrayValue?.first)
        #expect(exception["id"]?.stringValue == id && exception["status"]?.stringValue == "accepted")
        #expect(exception["review"]?["decision"]?.stringValue == "测试〔2026〕1号")
        let table = try gazetteer("geometry", "validate", s.file, "--registry", s.registry)
        #expect(table.status == 0 && table.stdout.contains("另有 1 个已接受的例外未显示"))
        let shown = try gazetteer("geometry", "validate", s.file, "--registry", s.registry, "--show-accepted")
        #expect(shown.status == 0 && shown.stdout.contains("（已接受）") && shown.stdout.contains("已知的数据源问题"))

        let list = try gazetteer("findings", "list", "--registry", s.registry, "--status", "accepted", "--format", "json")
        #expect(try JSONParser.parse(list.stdout).arrayValue?.map { $0["id"]?.stringValue } == [id])

        #expect(try gazetteer("findings", "reopen", id, "--reason", "重新核查", "--registry", s.registry, "--date", "2030-01-01").status == 0)
        #expect(try check(s).0.status == 1)
        // History: the acceptance is still there, closed, and answers --as-of.
        let past = try gazetteer("findings", "list", "--registry", s.registry, "--status", "accepted", "--as-of", "2029-12-31", "--format", "json")
        #expect(try JSONParser.parse(past.stdout).arrayValue?.count == 1)
        let store = try GeoPackageStore.open(at: s.registry, access: .read)
        #expect(try store.reviewHistory(finding: id).map(\.status) == [.accepted, .reopened])
        #expect(try store.auditLog().contains { $0.command.contains("findings accept") })
    }

    @Test("an accepted finding whose subject has a new version is reopened automatically and says why")
    func reopenedWhenSubjectChanges() throws {
        let s = try setUp()
        let id = try #require(try check(s).1["findings"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(try gazetteer("findings", "accept", id, "--reason", "已知", "--registry", s.registry).status == 0)
        #expect(try check(s).0.status == 0)
        let seat = s.dir.appendingPathComponent("seat.csv").path
        try "code,seat_name\n150702,呼伦街道\n".write(toFile: seat, atomically: true, encoding: .utf8)
        #expect(try gazetteer("import", "units", seat, "--registry", s.registry, "--date", "2025-01-01").status == 0)
        let (result, json) = try check(s)
        #expect(result.status == 1)
        let reopened = try #require(json["findings"]?.arrayValue?.first)
        #expect(reopened["status"]?.stringValue == "reopened")
        #expect(reopened["review"]?["reopened_because"]?.stringValue?.contains("units:150702") == true)
    }

    @Test("an acceptance whose --until day has passed no longer holds")
    func lapsedAcceptance() throws {
        let s = try setUp()
        let id = try #require(try check(s).1["findings"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(try gazetteer("findings", "accept", id, "--reason", "临时", "--until", "2021-01-01", "--date", "2020-06-01", "--registry", s.registry).status == 0)
        let (result, json) = try check(s)
        #expect(result.status == 1)
        #expect(json["findings"]?.arrayValue?.first?["review"]?["reopened_because"]?.stringValue?.contains("2021-01-01") == true)
        // A mistyped year is a usage error, for --until as for --date.
        let typo = try gazetteer("findings", "accept", id, "--reason", "临时", "--until", "2201-01-01", "--registry", s.registry)
        #expect(typo.status == 2 && typo.stderr.contains("--until 2201-01-01"), "\(typo.stderr)")
        #expect(try gazetteer("findings", "accept", id, "--reason", "临时", "--date", "1020-06-01", "--registry", s.registry).status == 2)
    }
}

@Suite("Worklists applied")
struct WorklistApplyTests {
    @Test("a filled-in CSV worklist is applied in one transaction; a malformed one is refused whole with line numbers")
    func applyWorklist() throws {
        let review = FindingReviewTests()
        let s = try review.setUp()
        let worklist = s.dir.appendingPathComponent("worklist.csv").path
        let written = try gazetteer("geometry", "validate", s.file, "--registry", s.registry, "--format", "csv", "--output", worklist)
        #expect(written.status == 1)
        // The reviewer fills in the decision and the note, as Excel would save it (UTF-8 with BOM kept).
        var table = try CSVReader.read(path: worklist)
        let header = try #require(table.header)
        let decision = try #require(header.names.firstIndex { $0.hasPrefix("复核结论") })
        let note = try #require(header.names.firstIndex(of: "备注"))
        table.records[0].fields[decision] = "接受"
        table.records[0].fields[note] = "已知的数据源问题"
        func save(_ rows: [[String]]) throws {
            var writer = CSVWriter(byteOrderMark: true)
            writer.writeRecord(header.names)
            for row in rows { writer.writeRecord(row) }
            try Data(writer.takeBytes()).write(to: URL(fileURLWithPath: worklist))
        }
        // A bad row (an unknown decision) refuses the whole file, good rows included.
        var bad = table.records[0].fields
        bad[decision] = "也许"
        try save([table.records[0].fields, bad])
        let before = try Data(contentsOf: URL(fileURLWithPath: s.registry))
        let refused = try gazetteer("findings", "apply", worklist, "--registry", s.registry)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("line 3") && refused.stderr.contains("也许"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.registry)) == before)

        try save([table.records[0].fields])
        let applied = try gazetteer("findings", "apply", worklist, "--registry", s.registry)
        #expect(applied.status == 0 && applied.stdout.contains("接受 1"))
        #expect(try review.check(s).0.status == 0)
    }
}

@Suite("Accepting by code and subject")
struct AcceptByCodeTests {
    @Test("--code and --subject name the one finding with them; none or several is refused with the ids")
    func byCodeAndSubject() throws {
        let s = try FindingReviewTests().setUp()
        #expect(try runCommand(TestFixtures.cliPath, ["geometry", "validate", s.file, "--registry", s.registry]).status == 1)
        let none = try gazetteer("findings", "accept", "--code", "geometry.invalid", "--subject", "999999", "--reason", "x", "--registry", s.registry)
        #expect(none.status == 3 && none.stderr.contains("有 0 个"))
        let both = try gazetteer("findings", "accept", "F-000000000000", "--code", "geometry.invalid", "--subject", "150702", "--reason", "x", "--registry", s.registry)
        #expect(both.status == 2)
        let ok = try gazetteer("findings", "accept", "--code", "geometry.invalid", "--subject", "150702", "--reason", "已知", "--registry", s.registry)
        #expect(ok.status == 0)
        #expect(try runCommand(TestFixtures.cliPath, ["geometry", "validate", s.file, "--registry", s.registry]).status == 0)
    }
}
