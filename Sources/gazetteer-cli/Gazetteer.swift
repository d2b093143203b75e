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

            帮助文本为英文；报告和消息默认为中文，加 --lang en 为英文。
            Help is in English; reports and messages are in Chinese unless --lang en (or an English locale) is given.

            Exit status / 退出状态: 0 clean 无问题, 1 findings of error severity 有错误级问题 (e.g. invalid geometries), \
            2 usage error 用法错误, 3 unreadable or bad input 输入有误, 4 the registry or the system failed \
            登记册或系统故障 (database locked, read-only, disk full, permission denied).

            Examples:
              gazetteer init gazetteer.gpkg
              gazetteer import units data/boundaries/demo_units.geojson
              gazetteer list units
              gazetteer geometry validate data/boundaries/demo_units.geojson
              gazetteer geometry validate data/boundaries/demo_units.geojson --format html --output report.html
            """,
        version: LibraryVersions.summary,
        subcommands: [
            InitCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self, ShowCommand.self,
            HistoryCommand.self, StatsCommand.self, GeometryCommand.self, InspectCommand.self, LocateCommand.self,
            NamesCommand.self, FindingsCommand.self, SourcesCommand.self, ReportCommand.self, FindingsCatalogueCommand.self,
        ]
    )

    /// Parses, runs, and exits with the status ``ExitStatus`` decides (ArgumentParser would use 64 for usage and 1
    /// for anything unexpected). With no arguments at all, prints the help and exits 2: nothing was asked.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let context = MessageContext(arguments: arguments)
        prepareSignalsForOutput()
        guard !arguments.isEmpty else {
            printError(helpMessage())
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            Foundation.exit(ExitStatus.handle(error, for: self, context: context))
        }
    }
}

/// `gazetteer findings-catalogue`: prints docs/FINDINGS.md from the catalogue of finding codes (hidden; for
/// maintainers, who regenerate the file with `gazetteer findings-catalogue > docs/FINDINGS.md`).
struct FindingsCatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings-catalogue",
        abstract: "Print the catalogue of finding codes as Markdown (docs/FINDINGS.md).",
        shouldDisplay: false
    )

    func run() throws {
        print(FindingCatalogueDocument.markdown(), terminator: "")
    }
}
