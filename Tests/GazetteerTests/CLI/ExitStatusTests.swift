import Foundation
import Testing
@testable import Gazetteer

/// The exit-status contract (0 clean, 1 findings, 2 usage, 3 bad input, 4 registry or system) and the messages
/// users meet, through the built executable.
@Suite("CLI exit status and messages")
struct ExitStatusTests {
    let units = TestFixtures.data("boundaries/demo_units.geojson")

    func registry() throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", path).status == 0)
        return path
    }

    @Test("gazetteer with no arguments prints the help and exits 2")
    func noArguments() throws {
        let result = try runCommand(TestFixtures.cliPath, [])
        #expect(result.status == 2)
        #expect(result.stderr.contains("USAGE: gazetteer <subcommand>"))
    }

    @Test("a typo in a closed choice is usage (2), listing the choices", arguments: [
        ["import", "units", "x.csv", "--encoding", "gbk2"],
        ["geometry", "validate", "x.geojson", "--format", "pdf"],
        ["list", "units", "--lang", "fr"],
    ])
    func closedChoices(arguments: [String]) throws {
        let result = try runCommand(TestFixtures.cliPath, arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Please provide one of"))
    }

    @Test("--encoding keeps accepting the encodings' other names (gbk, utf8, cp936)")
    func encodingAliases() throws {
        let path = try registry()
        let file = try TestFixtures.temporaryDirectory().appendingPathComponent("none.csv").path
        for name in ["gbk", "utf8", "cp936", "GB18030"] {
            // The file is missing: bad input (3), which proves the encoding itself was accepted (not 2).
            #expect(try gazetteer("import", "units", file, "--encoding", name, "--registry", path).status == 3, "\(name)")
        }
    }

    @Test("a registry locked by another writer is a system failure (4), explained in Chinese; SQLite's text only with --verbose",
          .enabled(if: TestFixtures.hasTool("python3"), "needs python3 to hold the lock"))
    func lockedRegistry() throws {
        let path = try registry()
        // Another process holds SQLite's write lock for the whole test.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True); time.sleep(30)
            """, path]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        _ = pipe.fileHandleForReading.availableData // returns once "locked" is printed
        let result = try gazetteer("import", "units", units, "--registry", path, "--wait", "1")
        #expect(result.status == 4)
        #expect(result.stderr.contains("登记册正被另一个程序写入") && !result.stderr.contains("SQLite"))
        let verbose = try gazetteer("import", "units", units, "--registry", path, "--verbose", "--lang", "en", "--wait", "1")
        #expect(verbose.status == 4)
        #expect(verbose.stderr.contains("locked") && verbose.stderr.contains("SQLite error"))
    }

    @Test("a report that cannot be written for lack of space is a system failure (4)",
          .enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"))
    func diskFull() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestFixtures.cliPath)
        process.arguments = ["geometry", "validate", units, "--format", "html"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(message.contains("磁盘已满"))
    }

    @Test("a folder given as the registry is bad input (3) with a sentence, not 'SQLite error'")
    func folderAsRegistry() throws {
        let dir = try TestFixtures.temporaryDirectory().path
        let result = try gazetteer("list", "units", "--registry", dir)
        #expect(result.status == 3)
        #expect(result.stderr.contains("是一个文件夹") && !result.stderr.contains("SQLite"))
        #expect(try gazetteer("list", "units", "--registry", dir, "--lang", "en").stderr.contains("is a folder"))
    }

    @Test("a refused import with --format json prints its problems as JSON on standard output, and exits 3")
    func refusedImportAsJSON() throws {
        let path = try registry()
        let bad = try TestFixtures.temporaryDirectory().appendingPathComponent("bad.geojson").path
        try RegistryFixtures.collection([("{\"code\":\"150799\"}", RegistryFixtures.square)]).write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try gazetteer("import", "units", bad, "--registry", path, "--format", "json", "--lang", "en")
        #expect(result.status == 3)
        let report = try JSONParser.parse(result.stdout)
        #expect(report["summary"]?["errors"]?.numberValue == 1)
        #expect(report["summary"]?["statement"]?.stringValue?.hasPrefix("Import refused") == true)
        let finding = try #require(report["findings"]?.arrayValue?.first)
        #expect(finding["code"]?.stringValue == "import.record-rejected")
        #expect(finding["record"]?.stringValue == "features[0]" && finding["field"]?.stringValue == "name")
        #expect(finding["file"]?.stringValue == bad)
    }

    @Test("messages for files are in Chinese by default and English with --lang en")
    func bilingualFileMessages() throws {
        let zh = try gazetteer("geometry", "validate", "/nonexistent/x.geojson")
        #expect(zh.status == 3 && zh.stderr.contains("无法读取 /nonexistent/x.geojson"))
        let en = try gazetteer("geometry", "validate", "/nonexistent/x.geojson", "--lang", "en")
        #expect(en.status == 3 && en.stderr.contains("Cannot read /nonexistent/x.geojson"))
        let crs = try gazetteer("geometry", "measure", units, "--crs", "EPSG:999999")
        #expect(crs.status == 3 && crs.stderr.contains("未知坐标系"))
    }

    @Test("help says plainly that it is English, and lists exit status 4")
    func helpText() throws {
        let help = try gazetteer("--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("帮助文本为英文") && help.stdout.contains("Help is in English"))
        #expect(help.stdout.contains("4 the\nregistry or the system failed"))
        let validate = try gazetteer("geometry", "validate", "--help")
        #expect(validate.stdout.contains("--format <format>") && validate.stdout.contains("html"))
        #expect(validate.stdout.contains("--output <output>") && validate.stdout.contains("--verbose"))
    }

    @Test("validate writes each format to --output; the HTML report holds the map and the invalid unit",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func validateFormats() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let dir = try TestFixtures.temporaryDirectory()
        for format in ["table", "json", "geojson", "csv", "html"] {
            let out = dir.appendingPathComponent("report.\(format)").path
            let result = try gazetteer("geometry", "validate", file, "--id-field", "adcode", "--format", format, "--output", out)
            #expect(result.status == 1, "\(format)")
            #expect(result.stdout.isEmpty)
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("150723"), "\(format)")
        }
        let html = try String(contentsOfFile: dir.appendingPathComponent("report.html").path, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("鄂伦春自治旗 的几何无效"))
    }
}
