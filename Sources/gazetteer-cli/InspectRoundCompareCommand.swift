import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect round compare ROUND`: the round's observations against the registered markers, as findings.
struct InspectRoundCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a round's observations with the registered markers: displacement, bearing, missing, damaged, not visited.",
        discussion: """
            For each observed post: the geodesic distance (CGCS2000) from its registered to its observed position and \
            the bearing (degrees clockwise from true north). Within the GNSS uncertainty (--tolerance, 0.5 m, plus the \
            marker's recorded accuracy) it is fine; beyond it observation.suspected-displacement; at --displaced (5 m) \
            or beyond, or reported displaced by the team, observation.displaced. From the conditions: marker.missing, \
            marker.damaged (also tilted or buried). A number not registered on the line: observation.unknown-marker; \
            a registered post without a record: marker.not-visited. Against earlier rounds of the line: \
            observation.drift when a post moved more than twice --tolerance between two observations.

            Exit status: 1 when there are error findings (displaced, missing, unknown numbers), else 0.

            Examples:
              gazetteer inspect round compare 1523-4 --registry demo.gpkg
              gazetteer inspect round compare 1523-4 --registry demo.gpkg --format html --output compare.html
            """
    )

    @Argument(help: "The round's id.")
    var round: String

    @OptionGroup var thresholds: RoundThresholdOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func run() throws {
        let store = try registry.open(readOnly: true)
        let comparison = try InspectionRounds.compare(round, store: store, asOf: try asOf.date, options: thresholds.options)
        var report = comparison.report
        report.source = registry.registry
        try ReportWriting.write(try review.reviewed(report, registry: registry.registry, wait: registry.wait), options: output)
    }
}
