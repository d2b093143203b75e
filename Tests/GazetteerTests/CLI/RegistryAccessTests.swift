import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// How the CLI treats the registry file: locks held by another writer, read-only media, leftovers, scope rules.
@Suite("CLI registry access")
struct RegistryAccessTests {
    let units = TestFixtures.data("boundaries/demo_units.geojson")

    func freshRegistry() throws -> (String, URL) {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", path).status == 0)
        return (path, dir)
    }

    @Test("a second writer waits, says so, and on timeout gives a clear message and the system-failure status 4")
    func busyRegistry() throws {
        let (path, _) = try freshRegistry()
        let holder = try GeoPackageStore.open(at: path)
        try holder.db.execute("BEGIN IMMEDIATE")
        defer { try? holder.db.execute("ROLLBACK") }
        let result = try gazetteer("import", "units", units, "--registry", path, "--wait", "1")
        #expect(result.status == 4)
        #expect(result.stderr.contains("正由另一进程写入"))
        #expect(result.stderr.contains("登记册正被另一个程序写入") && result.stderr.contains("--wait"))
        #expect(!result.stderr.contains("SQLite error 5"))
    }

    @Test("a writer that finishes within --wait lets the second import through")
    func waitsForWriter() throws {
        let (path, _) = try freshRegistry()
        // The connection moves to the releasing thread and is used only there afterwards.
        final class Holder: @unchecked Sendable { let store: GeoPackageStore; init(_ s: GeoPackageStore) { store = s } }
        let holder = Holder(try GeoPackageStore.open(at: path))
        try holder.store.db.execute("BEGIN IMMEDIATE")
        let release = Thread { Thread.sleep(forTimeInterval: 0.5); try? holder.store.db.execute("COMMIT") }
        release.start()
        let result = try gazetteer("import", "units", units, "--registry", path, "--wait", "30")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("新增 14"))
    }

    @Test("read commands leave no -wal or -shm files beside the registry")
    func noLeftovers() throws {
        let (path, _) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path).status == 0)
        for command in [["list", "units"], ["stats"], ["show", "150702"], ["history", "150702"]] {
            let result = try runCommand(TestFixtures.cliPath, command + ["--registry", path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test("a registry on a read-only file system can be listed, exported and shown (GDAL can, so must we)")
    func readOnlyMedia() throws {
        let (path, dir) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path).status == 0)
        let mount = dir.appendingPathComponent("ro").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard try runCommand("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mount]).status == 0 else {
            print("skipped: cannot mount a tmpfs here (needs root), so no read-only file system to test on")
            return
        }
        defer { _ = try? runCommand("/bin/umount", [mount]) }
        let copy = mount + "/r.gpkg"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try runCommand("/bin/mount", ["-o", "remount,ro", mount]).status == 0)
        let list = try gazetteer("list", "units", "--registry", copy, "--format", "json")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try JSONParser.parse(list.stdout).arrayValue?.count == 14)
        #expect(try gazetteer("stats", "--registry", copy).status == 0)
        let out = dir.appendingPathComponent("u.geojson").path
        #expect(try gazetteer("export", "units", "--registry", copy, "--output", out).status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount) == ["r.gpkg"])
    }

    @Test("--retire-missing without --scope is a usage error; with --dry-run it previews and writes nothing")
    func retireNeedsScope() throws {
        let (path, dir) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path, "--date", "2020-01-01").status == 0)
        let one = dir.appendingPathComponent("one.csv").path
        try "code,name\n150702,海拉尔区\n".write(toFile: one, atomically: true, encoding: .utf8)
        let refused = try gazetteer("import", "units", one, "--registry", path, "--retire-missing")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--scope"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let preview = try gazetteer("import", "units", one, "--registry", path, "--retire-missing", "--scope", "all",
                                    "--dry-run", "--format", "json", "--date", "2024-01-01")
        #expect(preview.status == 0, "\(preview.stderr)")
        let report = try JSONParser.parse(preview.stdout)
        #expect(report["summary"]?["totals"]?["retired"]?.numberValue == 13)
        #expect(report["summary"]?["totals"]?["unchanged"]?.numberValue == 1)
        let outcomes = report["findings"]?.arrayValue?.filter { $0["code"]?.stringValue == "import.record-outcome" } ?? []
        #expect(outcomes.filter { $0["values"]?["outcome"]?.stringValue == "retired" }.count == 13)
        #expect(outcomes.filter { $0["values"]?["outcome"]?.stringValue == "unchanged" }.map { $0["subjects"]?.arrayValue?.first?.stringValue } == ["150702"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try gazetteer("stats", "--registry", path).stdout.contains("14"))
    }

    @Test("a dry run into a fresh registry reports the 14 records it would create")
    func dryRunCounts() throws {
        let (path, _) = try freshRegistry()
        let result = try gazetteer("import", "units", units, "--registry", path, "--dry-run")
        #expect(result.status == 0)
        #expect(result.stdout.contains("新增 14"))
        #expect(result.stdout.contains("试运行"))
        let list = try gazetteer("list", "units", "--registry", path, "--format", "json")
        #expect(try JSONParser.parse(list.stdout).arrayValue?.count == 0)
    }
}
