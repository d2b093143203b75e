import Foundation

/// Paths the tests share: the package root, the bundled data, the real public data in ../shared, the built CLI.
enum TestFixtures {
    /// The package's root folder (this file is Tests/GazetteerTests/TestFixtures.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled demo data.
    static func data(_ relative: String) -> String {
        packageRoot.appendingPathComponent("data").appendingPathComponent(relative).path
    }

    /// A file of real public data in ../shared/data/real, or `nil` when that folder is absent (then tests skip).
    static func realData(_ name: String) -> String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/real/\(name)").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Whether the real data is present; tests that need it are disabled with this comment otherwise.
    static let hasRealData = realData("datav_150700_full.json") != nil
    static let realDataMissing: Comment = "../shared/data/real is absent: skipping real-data test"

    /// The `gazetteer` executable built beside the test bundle.
    static var cliPath: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gazetteer").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gazetteer").path,
            packageRoot.appendingPathComponent(".build/debug/gazetteer").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether an executable is on PATH.
    static func hasTool(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}

import Testing

/// The outcome of running a command.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments`, capturing both streams (stderr through a file, so that neither pipe
/// can fill up and block the child while the other is being read).
func runCommand(_ executable: String, _ arguments: [String]) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let errHandle = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    process.standardOutput = out
    process.standardError = errHandle
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errHandle.close()
    let errData = try Data(contentsOf: errURL)
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs the `gazetteer` CLI.
func gazetteer(_ arguments: String...) throws -> CommandResult {
    try runCommand(TestFixtures.cliPath, arguments)
}
