import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer report round ROUND`: the round report both sides sign, as HTML, JSON, GeoJSON or a terminal summary.
struct ReportRoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "The joint inspection report of a round: HTML to print and sign, JSON, GeoJSON, or a terminal summary.",
        discussion: """
            The HTML report is one self-contained file (no network, no script) that prints on A4: the round and its \
            parties, a summary of the line, an overview map (the line, markers coloured by outcome, displacement \
            arrows exaggerated and labelled with the true distance), a detail map per displaced marker with its \
            landmarks, a table of every marker (number, kind, registered and measured position, displacement, \
            bearing, condition, findings, notes), the findings, and a signature block for each party. Open it in a \
            browser and print it.

            Examples:
              gazetteer report round 1523-4 --registry demo.gpkg
              gazetteer report round 1523-4 --registry demo.gpkg --format html --output demo-round.html
              gazetteer report round 1523-4 --registry demo.gpkg --format json --lang en
            """
    )

    /// The formats of the round report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, html, json, geojson
    }

    @Argument(help: "The round's id.")
    var round: String

    @Option(help: "table (a terminal summary), html (the document to sign), json or geojson.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write the report to this file (default: standard output).")
    var output: String?

    @OptionGroup var thresholds: RoundThresholdOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let store = try registry.open(readOnly: true)
        let comparison = try InspectionRounds.compare(round, store: store, asOf: try asOf.date, options: thresholds.options)
        let report = RoundReport(comparison: comparison, source: registry.registry, recorded: try store.roundFindings(round: round))
        let lang = messages.lang
        let text: String
        switch format {
        case .table: text = report.summary(lang)
        case .html: text = RoundReportHTML().page(report, language: lang)
        case .json: text = report.json(lang)
        case .geojson: text = report.geojson(lang)
        }
        let out = try TextOutput(path: output)
        do {
            try out.write(bytes: Array(text.utf8))
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
    }
}
