import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// A writer killed in the middle of its transaction leaves the registry as it was.
///
/// The kill point is deterministic: the CLI's test hook (`GAZETTEER_TEST_HOLD_AFTER_WRITTEN`, see ImportTestHook)
/// reports "written N" on stderr once N records are written in the open transaction, and waits on its stdin; the test
/// kills it there.
@Suite("Crash safety", .timeLimit(.minutes(5)))
struct CrashSafetyTests {
    /// Records written before the kill, and in the file.
    static let killAfter = 10_000
    static let total = 15_000

    /// A registry with two units, a line and 100 markers at known positions (121.0, 49 + i/1000), and a GeoJSONSeq
    /// file of `total` further markers.
    func prepare() throws -> (GeoPackageStore, input: String) {
        let (registry, dir) = try RegistryFixtures.seeded()
        var seed = ""
        for i in 0..<100 { seed += marker("S\(i)", 121.0, 49.0 + Double(i) / 1000) }
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "seed.geojsonl", seed), .markers, into: registry)
        var text = ""
        for i in 0..<Self.total { text += marker("M\(i)", 121.5, 49.0 + Double(i) / Double(Self.total)) }
        return (registry, try RegistryFixtures.file(dir, "big.geojsonl", text))
    }

    func marker(_ number: String, _ x: Double, _ y: Double) -> String {
        "{\"type\":\"Feature\",\"properties\":{\"number\":\"\(number)\",\"line\":\"150702-150724\",\"material\":\"花岗岩\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(x),\(y)]}}\n"
    }

    /// Starts `gazetteer import markers input` with the hook, and returns once it has reported `killAfter` records
    /// written; its stdin pipe is returned so the caller can release it.
    func startHeldImport(_ input: String, registry path: String, cacheKiB: Int? = nil) throws -> (Process, stdin: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestFixtures.cliPath)
        process.arguments = ["import", "markers", input, "--registry", path]
        var environment = ["GAZETTEER_TEST_HOLD_AFTER_WRITTEN": "\(Self.killAfter)"]
        if let cacheKiB { environment["GAZETTEER_TEST_CACHE_KIB"] = "\(cacheKiB)" }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        var reported = ""
        while !reported.contains("written \(Self.killAfter)\n") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }   // end of file: the child exited without reaching the point
            reported += String(decoding: chunk, as: UTF8.self)
        }
        #expect(reported.contains("written \(Self.killAfter)\n"), "the import never reported \(Self.killAfter) written: \(reported)")
        return (process, stdin)
    }

    @Test("a writer killed with SIGKILL after 10,000 of 15,000 records leaves the registry exactly as it was")
    func killedImport() throws {
        let (registry, input) = try prepare()
        let path = registry.path
        let before = try registry.counts()
        // A 256 KiB page cache: by the kill point the open transaction has spilled frames into the write-ahead log,
        // so this kills a writer half-way through writing its log, not only one holding pages in memory.
        let (process, stdin) = try startHeldImport(input, registry: path, cacheKiB: 256)
        defer { try? stdin.fileHandleForWriting.close() }
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walSize > 256 * 1024, "the write-ahead log held only \(walSize) bytes at the kill point")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        let reopened = try GeoPackageStore.open(at: path)
        let after = try reopened.counts()
        #expect(after.map(\.inForce) == before.map(\.inForce))
        #expect(after.map(\.versions) == before.map(\.versions))
        #expect(try reopened.db.query("PRAGMA integrity_check").first?.first?.text == "ok")
        // The import drops the R-tree insert trigger for its bulk load; the rollback must have brought it back.
        #expect(try reopened.db.query("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_markers_geom_insert'")
            .first?.first == .integer(1))
        // The R-tree holds exactly the 100 seeded markers, each at the position it was given (R-tree bounds are
        // 32-bit floats rounded outwards, so they enclose the point within 1e-5°).
        let rows = try reopened.db.query("""
            SELECT m.number, r.minx, r.maxx, r.miny, r.maxy FROM markers m JOIN rtree_markers_geom r ON r.id = m.fid ORDER BY m.fid
            """)
        #expect(try reopened.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(100))
        #expect(rows.count == 100)
        for row in rows {
            guard let number = row[0].text, let i = Int(number.dropFirst()),
                  let minX = row[1].double, let maxX = row[2].double, let minY = row[3].double, let maxY = row[4].double else {
                Issue.record("unreadable R-tree row \(row)")
                continue
            }
            let y = 49.0 + Double(i) / 1000
            #expect(minX <= 121.0 && 121.0 <= maxX && maxX - minX < 1e-5, "\(number)")
            #expect(minY <= y && y <= maxY && maxY - minY < 1e-5, "\(number)")
        }
        #expect(try reopened.auditLog().count == 3)
    }

    @Test("released at the same point, the held import finishes and writes all 15,000 records")
    func releasedImport() throws {
        let (registry, input) = try prepare()
        let (process, stdin) = try startHeldImport(input, registry: registry.path)
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let reopened = try GeoPackageStore.open(at: registry.path)
        #expect(try reopened.counts().first { $0.layer == .markers }?.inForce == 100 + Self.total)
        #expect(try reopened.db.query("SELECT count(*) FROM rtree_markers_geom").first?.first == .integer(Int64(100 + Self.total)))
    }
}
