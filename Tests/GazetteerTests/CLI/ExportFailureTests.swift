import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Gazetteer

/// A registry with the demo units, lines and 165 markers (an 87 KB GeoJSON export: more than a pipe holds),
/// made once for the suite.
private let demoRegistry: Result<String, any Error> = Result {
    let dir = try TestFixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("demo.gpkg").path
    guard try gazetteer("init", path).status == 0 else { throw InputError("init failed") }
    for layer in ["units", "lines", "markers"] {
        let result = try gazetteer("import", layer, TestFixtures.data("boundaries/demo_\(layer).geojson"), "--registry", path)
        guard result.status == 0 else { throw InputError("import \(layer): \(result.stderr)") }
    }
    return path
}

private struct InputError: Error {
    var text: String
    init(_ text: String) { self.text = text }
}

/// Whether this process may mount a tmpfs (root, with mount(8)): needed to fill a disk for real.
private let canMountTmpfs = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

/// A small tmpfs mounted for the duration of `body`, then unmounted.
private func withTmpfs<T>(size: String, _ body: (URL) throws -> T) throws -> T {
    let dir = try TestFixtures.temporaryDirectory()
    let mount = try runCommand("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path])
    guard mount.status == 0 else { throw InputError("mount: \(mount.stderr)") }
    defer { _ = try? runCommand("/bin/umount", [dir.path]) }
    return try body(dir)
}

/// Runs the CLI with `environment` added and standard output sent to `stdout`, without waiting.
private func launch(_ arguments: [String], environment: [String: String] = [:], stdout: Any = FileHandle.nullDevice,
                    stderr: Any = FileHandle.nullDevice) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TestFixtures.cliPath)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    return process
}

/// The names in `dir` that are unfinished outputs.
private func partialFiles(in dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }
}

@Suite("CLI export failures: no crash, no lie, no debris")
struct ExportFailureTests {
    let registry: String

    init() throws {
        registry = try demoRegistry.get()
    }

    @Test("an existing directory as --output: exit 4 with what to do, no crash, nothing left behind")
    func directoryTarget() throws {
        // Today: free(): double free detected, SIGABRT (exit 134), and a `.partial-PID` file beside the directory.
        let dir = try TestFixtures.temporaryDirectory()
        let target = dir.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        for format in ["geojson", "csv"] {
            let result = try gazetteer("export", "units", "--registry", registry, "--format", format, "--output", target.path)
            #expect(result.status == 4)
            #expect(result.stderr.contains("目标是一个目录：请给出文件路径"))
            #expect(!result.stderr.contains("Backtrac") && !result.stderr.contains("free()"))
        }
        let english = try gazetteer("export", "units", "--registry", registry, "--output", target.path, "--lang", "en")
        #expect(english.status == 4 && english.stderr.contains("it is a directory: give a file path"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["exports"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == [])
    }

    @Test("a missing directory: exit 4, the message names it")
    func missingDirectory() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let result = try gazetteer("export", "units", "--registry", registry, "--output", dir.path + "/missing/u.geojson")
        #expect(result.status == 4 && result.stderr.contains("所在目录不存在"))
    }

    @Test("a directory that cannot be written: exit 4, the file there untouched, no partial file",
          .enabled(if: canMountTmpfs || geteuid() != 0, "root ignores permissions and cannot mount here"))
    func unwritableDirectory() throws {
        func check(_ dir: URL) throws {
            let old = dir.appendingPathComponent("units.geojson").path
            let result = try gazetteer("export", "units", "--registry", registry, "--output", old)
            #expect(result.status == 4)
            #expect(result.stderr.contains("只读") || result.stderr.contains("没有写入权限"))
            #expect(try String(contentsOfFile: old, encoding: .utf8) == "the previous export\n")
            #expect(try partialFiles(in: dir) == [])
        }
        if geteuid() == 0 {
            // Root writes through permission bits, so make the file system itself read-only.
            try withTmpfs(size: "64k") { dir in
                try "the previous export\n".write(toFile: dir.appendingPathComponent("units.geojson").path, atomically: false, encoding: .utf8)
                let remount = try runCommand("/bin/mount", ["-o", "remount,ro", dir.path])
                #expect(remount.status == 0)
                try check(dir)
            }
        } else {
            let dir = try TestFixtures.temporaryDirectory()
            try "the previous export\n".write(toFile: dir.appendingPathComponent("units.geojson").path, atomically: false, encoding: .utf8)
            chmod(dir.path, 0o555)
            defer { chmod(dir.path, 0o755) }
            try check(dir)
        }
    }

    @Test("a full disk: exit 4, no partial file, the previous export untouched", .enabled(if: canMountTmpfs, "needs root to mount a 32 KiB tmpfs"))
    func fullDisk() throws {
        // 32 KiB: less than the markers as GeoJSON (87 KB, fails mid-stream) or CSV (52 KB, fails at the last block).
        try withTmpfs(size: "32k") { dir in
            let old = dir.appendingPathComponent("markers.geojson").path
            try "the previous export\n".write(toFile: old, atomically: false, encoding: .utf8)
            for format in ["geojson", "csv"] {
                let result = try gazetteer("export", "markers", "--registry", registry, "--format", format, "--output", old)
                #expect(result.status == 4)
                #expect(result.stderr.contains("磁盘已满") && result.stderr.contains("保持原样"))
                #expect(try String(contentsOfFile: old, encoding: .utf8) == "the previous export\n")
                #expect(try partialFiles(in: dir) == [])
            }
        }
    }

    @Test("standard output on a full device (/dev/full): exit 4 and says so, not exit 0")
    func fullStandardOutput() throws {
        // Today's TextOutput ignored fclose's result: the last buffered block was lost and the export exited 0.
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = try TestFixtures.temporaryDirectory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = try launch(["export", "units", "--registry", registry, "--lang", "en"],
                                 stdout: full, stderr: try FileHandle(forWritingTo: errors))
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 4)
        #expect(try String(contentsOfFile: errors.path, encoding: .utf8).contains("cannot write standard output (No space left on device): the disk is full"))
    }

    @Test("a device as --output is written in place, never replaced by a file", .enabled(if: geteuid() == 0, "needs root for mknod"))
    func deviceTarget() throws {
        // Today, as root, `--output /dev/full` renamed a regular file over the device node. Use a node of our own.
        let dir = try TestFixtures.temporaryDirectory()
        let node = dir.appendingPathComponent("full").path
        #expect(try runCommand("/bin/mknod", [node, "c", "1", "7"]).status == 0)   // what /dev/full is
        let result = try gazetteer("export", "units", "--registry", registry, "--output", node)
        #expect(result.status == 4 && result.stderr.contains("磁盘已满"))
        var status = stat()
        #expect(stat(node, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["full"])
    }

    @Test("SIGINT or SIGTERM during an export removes the partial file and ends with the signal",
          arguments: [SIGINT, SIGTERM])
    func interrupted(_ signalNumber: Int32) throws {
        let dir = try TestFixtures.temporaryDirectory()
        let old = dir.appendingPathComponent("markers.geojson").path
        try "the previous export\n".write(toFile: old, atomically: false, encoding: .utf8)
        // The hook holds the export after its 100th marker (its file open and partly written) until the signal.
        let process = try launch(["export", "markers", "--registry", registry, "--output", old],
                                 environment: ["GAZETTEER_TEST_STALL_EXPORT": "100"])
        let deadline = Date().addingTimeInterval(60)
        while try partialFiles(in: dir).isEmpty && process.isRunning && Date() < deadline { usleep(5_000) }
        #expect(try partialFiles(in: dir).count == 1)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber)
        #expect(try partialFiles(in: dir) == [])
        #expect(try String(contentsOfFile: old, encoding: .utf8) == "the previous export\n")
    }

    @Test("a reader that closes the pipe early (| head): a quiet end with status 141, no crash, no message")
    func closedPipe() throws {
        // Today the export is killed by SIGPIPE (or, with SIGPIPE ignored, reports a write error and exits 3).
        let pipe = Pipe()
        let errors = try TestFixtures.temporaryDirectory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = try launch(["export", "markers", "--registry", registry], stdout: pipe, stderr: try FileHandle(forWritingTo: errors))
        // Read a little, as `head -c` would, then go away: 87 KB cannot all fit in the pipe, so a write meets EPIPE.
        _ = try pipe.fileHandleForReading.read(upToCount: 100)
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 141)
        #expect(try String(contentsOfFile: errors.path, encoding: .utf8) == "")
    }

    @Test("a refused import whose problems go to a closed standard error (2>&1 | head) ends with 141, not a crash, and writes nothing")
    func closedStandardError() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let copy = dir.appendingPathComponent("registry.gpkg").path
        try FileManager.default.copyItem(atPath: registry, toPath: copy)
        // 3,000 markers on a line the registry does not hold: 3,000 problems, far more than a pipe holds.
        var lines = ""
        for i in 0..<3_000 { lines += "{\"type\":\"Feature\",\"properties\":{\"number\":\"Z\(i)\",\"line\":\"999999-999998\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121,49]}}\n" }
        let input = dir.appendingPathComponent("bad.geojsonl").path
        try lines.write(toFile: input, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let pipe = Pipe()
        let process = try launch(["import", "markers", input, "--registry", copy], stderr: pipe)
        _ = try pipe.fileHandleForReading.read(upToCount: 100)
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 141)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }
}
