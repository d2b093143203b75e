import ArgumentParser
import Foundation
import Gazetteer

/// The `gazetteer` command: configuration only; each subcommand lives in its own file.
@main
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "行政区划界线与地名登记册 — a registry of administrative boundaries, boundary markers and place names.",
        discussion: """
            Gazetteer keeps a city's administrative units, boundary lines, boundary markers (界桩) and place names, \
            checks them, and exchanges them with GIS tools.

            Exit status: 0 clean, 1 findings of error severity (e.g. invalid geometries), 2 usage error, \
            3 unreadable or bad input, 4 the registry or the system failed (e.g. an output that cannot be written).

            Examples:
              gazetteer init gazetteer.gpkg
              gazetteer import units data/boundaries/demo_units.geojson
              gazetteer list units
              gazetteer geometry validate data/boundaries/demo_units.geojson
            """,
        version: LibraryVersions.summary,
        subcommands: [
            InitCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self, ShowCommand.self,
            HistoryCommand.self, StatsCommand.self, GeometryCommand.self,
        ]
    )

    /// Parses, runs, and exits with Gazetteer's status codes rather than ArgumentParser's (which uses 64 for usage).
    static func main() {
        prepareSignalsForOutput()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Foundation.exit(ExitStatus.handle(error, for: self))
        }
    }
}

/// The process exit statuses shared by all commands.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let badInput: Int32 = 3
    static let systemFailure: Int32 = 4

    /// Prints what the user needs to see for `error` and returns the status to exit with.
    static func handle(_ error: Error, for command: ParsableCommand.Type) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let failure as OutputError:
            return report(failure, language: .zh)
        case is ExchangeError, is GeometryError, is GeodesyError, is InputError, is StoreError, is FieldMappingError, is ImportRefused:
            FileHandle.standardError.write(Data("gazetteer: \(error)\n".utf8))
            return badInput
        default:
            let code = command.exitCode(for: error)
            let message = command.fullMessage(for: error)
            if code == .success {
                print(message)
                return clean
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return code == .validationFailure ? usage : code.rawValue
        }
    }
}

/// Bad input detected by a command itself (not by the library), reported with status 3.
struct InputError: Error, CustomStringConvertible {
    var description: String
}
