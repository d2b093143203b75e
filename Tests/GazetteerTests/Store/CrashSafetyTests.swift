import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

@Suite("Crash safety")
struct CrashSafetyTests {
    @Test("a writer killed with SIGKILL in the middle of a large import leaves the registry exactly as it was")
    func killedImport() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let path = registry.path
        let before = try registry.counts()
        // 150,000 markers as GeoJSONSeq: large enough that the writing pass takes a while.
        var text = ""
        text.reserveCapacity(25_000_000)
        for i in 0..<150_000 {
            let y = 49.0 + Double(i) / 150_000.0
            text += "{\"type\":\"Feature\",\"properties\":{\"number\":\"M\(i)\",\"line\":\"150702-150724\",\"material\":\"花岗岩\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.0,\(y)]}}\n"
        }
        let input = try RegistryFixtures.file(dir, "big.geojsonl", text)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestFixtures.cliPath)
        process.arguments = ["import", "markers", input, "--registry", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the writing pass has put pages into the write-ahead log, then kill without warning.
        let wal = path + "-wal"
        let deadline = Date().addingTimeInterval(120)
        var killedWhileWriting = false
        while process.isRunning && Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 1_000_000 {
                kill(process.processIdentifier, SIGKILL)
                killedWhileWriting = true
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        #expect(killedWhileWriting, "the import finished or never started writing before it could be killed")
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try GeoPackageStore.open(at: path)
        let after = try reopened.counts()
        #expect(after.map(\.inForce) == before.map(\.inForce))
        #expect(after.map(\.versions) == before.map(\.versions))
        #expect(try reopened.db.query("PRAGMA integrity_check").first?.first?.text == "ok")
        #expect(try reopened.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(0))
        // The import drops the R-tree insert trigger for its bulk load; the rollback must have brought it back.
        #expect(try reopened.db.query("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_markers_geom_insert'")
            .first?.first == .integer(1))
        #expect(try reopened.auditLog().count == 2)
    }
}
