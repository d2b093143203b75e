import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

extension Layer: ExpressibleByArgument {}

/// `--registry PATH`, shared by every command that works on a registry.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: "The registry file (a GeoPackage).")
    var registry: String = "gazetteer.gpkg"

    @Option(name: .long, help: ArgumentHelp("How long to wait, in seconds, while another process writes to the registry.", valueName: "seconds"))
    var wait: Double = 60

    func validate() throws {
        guard wait >= 0, wait.isFinite else { throw ValidationError("--wait expects a number of seconds ≥ 0, got \(wait)") }
    }

    /// Opens the registry for reading (never writing to it or leaving files beside it) or for writing; a folder is
    /// refused here, since SQLite would only say "disk I/O error".
    func open(readOnly: Bool) throws -> GeoPackageStore {
        try Self.open(registry, readOnly: readOnly, wait: wait)
    }

    /// Opens the registry at `path` as ``open(readOnly:)`` does, waiting up to `wait` seconds for another writer and
    /// saying once on stderr that it waits.
    static func open(_ path: String, readOnly: Bool, wait: Double) throws -> GeoPackageStore {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(text: LocalizedText(
                zh: "--registry \(path) 是一个文件夹，不是登记册文件。请给出 .gpkg 文件的路径，例如 --registry \(path)/gazetteer.gpkg。",
                en: "--registry \(path) is a folder, not a registry file. Give the path of a .gpkg file, e.g. --registry \(path)/gazetteer.gpkg."))
        }
        let options = GeoPackageStore.Options(busyTimeout: wait) { seconds in
            printError("登记册 \(path) 正由另一进程写入，最多等待 \(Int(seconds)) 秒…（the registry is being written by another process; waiting up to \(Int(seconds)) s）")
        }
        return try GeoPackageStore.open(at: path, access: readOnly ? .read : .write, options: options)
    }
}

/// `--as-of DATE` for commands that read.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Answer as the registry stood on this day (YYYY-MM-DD); default: now.")
    var asOf: String?

    var date: RegistryDate? {
        get throws {
            guard let asOf else { return nil }
            guard let date = RegistryDate(asOf) else { throw ValidationError("--as-of expects a date YYYY-MM-DD, got '\(asOf)'") }
            return date
        }
    }

    func validate() throws { _ = try date }
}

/// Who is writing, for the audit log.
struct ActorOption: ParsableArguments {
    @Option(name: .customLong("by"), help: "Who makes the change, for the audit log (default: the system user).")
    var by: String?

    var actor: String { by ?? systemUser }
}

/// The operating-system user, who writes when `--by` is not given.
var systemUser: String {
    ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
}

/// The command line as typed, for the audit log.
var commandLineForAudit: String {
    (["gazetteer"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
}

/// Today's date in the local calendar.
var today: RegistryDate {
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return RegistryDate(year: c.year!, month: c.month!, day: c.day!)!
}

/// Writes a line to standard error; a reader that has gone away (a closed pipe) does not stop the process, the
/// status still tells what happened.
func printError(_ text: String) {
    let out = TextOutput.standardError()
    try? out.write(bytes: Array((text + "\n").utf8))
    try? out.finish()
}

/// `true` when standard error is a terminal (progress is shown only then).
var stderrIsTerminal: Bool { isatty(2) == 1 }

/// The layers to search for a key: the one the user named, or all of them.
func layersToSearch(_ layer: Layer?) -> [Layer] {
    layer.map { [$0] } ?? Layer.allCases
}

/// Tells the user no record has `key` and returns the error to throw (bad input).
func recordNotFound(_ key: String, _ language: Language) -> AlreadyReported {
    printError(language == .zh ? "未找到记录 \(key)" : "no record '\(key)'")
    return AlreadyReported(kind: .input)
}
