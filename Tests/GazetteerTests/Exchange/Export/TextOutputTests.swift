import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Testing
@testable import Gazetteer

/// The system calls of a ``TextOutput``, recorded, with one of them made to fail with `code`.
final class ScriptedCalls: Sendable {
    let failing: OutputError.Operation?
    let code: Int32
    private let log = Mutex<[String]>([])

    init(failing: OutputError.Operation? = nil, code: Int32 = ENOSPC) {
        self.failing = failing
        self.code = code
    }

    var calls: [String] { log.withLock { $0 } }

    /// `write` fails for both `write` (mid-stream) and `flush` (at finish): the test chooses which by how much it writes.
    var system: OutputSystemCalls {
        OutputSystemCalls(
            write: { fd, bytes, count in
                self.log.withLock { $0.append("write") }
                if self.failing == .write || self.failing == .flush { errno = self.code; return -1 }
                return Glibc.write(fd, bytes, count)
            },
            fsync: { fd in
                self.log.withLock { $0.append("fsync") }
                if self.failing == .fsync { errno = self.code; return -1 }
                return Glibc.fsync(fd)
            },
            close: { fd in
                self.log.withLock { $0.append("close") }
                let result = Glibc.close(fd)
                if self.failing == .close { errno = self.code; return -1 }
                return result
            },
            rename: { from, to in
                self.log.withLock { $0.append("rename") }
                if self.failing == .rename { errno = self.code; return -1 }
                return Glibc.rename(from, to)
            })
    }
}

@Suite("TextOutput: whole files or none")
struct TextOutputTests {
    /// The names in `dir`, sorted.
    func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test("a finished file is written, synced, closed, then renamed into place; nothing else is left")
    func finishOrder() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("out.geojson").path
        let calls = ScriptedCalls()
        let output = try TextOutput(path: path, system: calls.system)
        #expect(PartialFileCleanup.trackedPaths.contains(path + ".partial-\(getpid())"))
        try output.write(String(repeating: "x", count: 100_000))
        try output.write(bytes: [0x0A])
        try output.finish()
        #expect(calls.calls == ["write", "write", "fsync", "close", "rename"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 100_001)
        #expect(try listing(dir) == ["out.geojson"])
        #expect(!PartialFileCleanup.trackedPaths.contains(path + ".partial-\(getpid())"))
        // Finished means finished: a late write is refused, a late abandon does nothing.
        #expect(throws: OutputError(path: path, operation: .write, code: EBADF, destinationUnchanged: true)) {
            try output.write("more")
        }
        output.abandon()
        #expect(try listing(dir) == ["out.geojson"])
    }

    @Test("a failure at any step removes the temporary file and leaves the existing destination as it was",
          arguments: [OutputError.Operation.write, .flush, .fsync, .close, .rename])
    func failingStep(_ step: OutputError.Operation) throws {
        let dir = try TestFixtures.temporaryDirectory()
        let path = try RegistryFixtures.file(dir, "units.geojson", "the previous export\n")
        let calls = ScriptedCalls(failing: step)
        let output = try TextOutput(path: path, system: calls.system)
        // More than one 64 KiB block makes `write` fail mid-stream; a small text fails at finish (`flush`).
        let text = String(repeating: "{\"type\":\"Feature\"}\n", count: step == .write ? 5000 : 10)
        let expected = OutputError(path: path, operation: step, code: ENOSPC, destinationUnchanged: true)
        #expect(throws: expected) {
            try output.write(text)
            try output.finish()
        }
        #expect(try listing(dir) == ["units.geojson"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the previous export\n")
        #expect(PartialFileCleanup.trackedPaths.allSatisfy { !$0.hasPrefix(path) })
        // After the failure the output is already cleaned up; the caller's abandon is harmless.
        output.abandon()
        output.abandon()
        #expect(try listing(dir) == ["units.geojson"])
    }

    @Test("a directory as the destination is refused before anything is created")
    func directoryTarget() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let target = dir.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let error = #expect(throws: OutputError.self) { try TextOutput(path: target.path) }
        #expect(error?.operation == .open && error?.code == EISDIR)
        #expect(error?.description.contains("目标是一个目录：请给出文件路径") == true)
        #expect(error?.message.en.contains("it is a directory: give a file path") == true)
        #expect(try listing(dir) == ["exports"])
        #expect(try listing(target) == [])
    }

    @Test("a missing directory is a clear error (ENOENT, open) in both languages")
    func missingDirectory() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("no/such/dir/out.csv").path
        let error = #expect(throws: OutputError.self) { try TextOutput(path: path) }
        #expect(error?.operation == .open && error?.code == ENOENT)
        #expect(error?.message.zh.contains("所在目录不存在") == true)
        #expect(error?.message.en == "cannot create \(path) (No such file or directory): its directory does not exist: create it first or choose an existing one. Nothing was written.")
        #expect(try listing(dir) == [])
    }

    @Test("a directory that appears at the destination during the export: the rename fails, no crash, no debris")
    func renameOntoDirectory() throws {
        // Today's TextOutput closed its FILE in finish() and again in abandon(): free(): double free, SIGABRT.
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("late").path
        let output = try TextOutput(path: path)
        try output.write("{}\n")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: false)
        let error = #expect(throws: OutputError.self) { try output.finish() }
        #expect(error?.operation == .rename)
        output.abandon()
        #expect(try listing(dir) == ["late"])
    }

    @Test("an output dropped without finish or abandon closes and removes its temporary file")
    func droppedOutput() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("dropped.csv").path
        do {
            let output = try TextOutput(path: path)
            try output.write(String(repeating: "a,b\r\n", count: 20_000))
            #expect(try listing(dir) == ["dropped.csv.partial-\(getpid())"])
        }
        #expect(try listing(dir) == [])
        #expect(PartialFileCleanup.trackedPaths.allSatisfy { !$0.hasPrefix(path) })
    }

    @Test("an existing device is written in place, not replaced: /dev/full reports the full disk")
    func deviceTarget() throws {
        let output = try TextOutput(path: "/dev/full")
        let error = #expect(throws: OutputError.self) {
            try output.write("{}\n")
            try output.finish()
        }
        #expect(error?.operation == .flush && error?.code == ENOSPC && error?.destinationUnchanged == false)
        #expect(error?.message.zh.contains("磁盘已满") == true)
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a layer export on a full disk fails with the write error and leaves no file")
    func layerExportOnFullDisk() throws {
        let (registry, dir) = try RegistryFixtures.seeded()
        let before = try listing(dir)
        for format in ExportFormat.allCases {
            let path = dir.appendingPathComponent("units.\(format.rawValue)").path
            let output = try TextOutput(path: path, system: ScriptedCalls(failing: .flush).system)
            let error = #expect(throws: OutputError.self) {
                try LayerExporter(format: format).export(.units, from: registry, to: output)
                try output.finish()
            }
            #expect(error?.code == ENOSPC && error?.path == path)
            #expect(try listing(dir) == before)
        }
    }

    @Test("the rejects list of an import is an output like any other: a directory there is refused, nothing left")
    func rejectsIntoDirectory() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let error = #expect(throws: OutputError.self) { try Importer.writeRejects([], to: dir.path) }
        #expect(error?.code == EISDIR)
        #expect(try listing(dir) == [])
    }
}
