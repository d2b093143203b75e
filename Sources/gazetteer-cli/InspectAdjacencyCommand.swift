import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect adjacency`: the units that share a boundary, derived from their polygons, against the registry's lines.
struct InspectAdjacencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjacency",
        abstract: "Derive which units share a boundary from their polygons, and compare with the registered lines.",
        discussion: """
            For every pair of units of one level the report gives the shared boundary's geodesic length (km, \
            CGCS2000 ellipsoid) and its number of separate segments (adjacency.shared); pairs that touch only at a \
            point (adjacency.point-contact) or come within --snap metres without touching (adjacency.near-contact). \
            On a registry it compares them with the registered lines: pairs without a line (adjacency.unregistered) \
            and lines whose units share no boundary (adjacency.no-contact), and states both counts. Invalid polygons \
            are reported (geometry.invalid) and still used, repaired. Gaps are measured in the local CGCS2000 \
            Gauss-Krüger zone. See docs/FINDINGS.md.

            Exit status: 0 no error-severity findings, 1 some (a registered line between units that do not meet, \
            an invalid polygon), 3 unreadable input.

            Examples:
              gazetteer inspect adjacency --registry demo.gpkg
              gazetteer inspect adjacency datav_150700_full.json --id-field adcode --name-field name
              gazetteer inspect adjacency mca_150700_converted.geojson --id-field QUHUADAIMA --name-field NAME \\
                  --within 150700 --level county --format html --output adjacency.html
            """
    )

    @OptionGroup var input: InspectInputOptions

    @Option(help: ArgumentHelp("Units apart by at most this many metres are near contacts.", valueName: "metres"))
    var snap: Double = AdjacencyCheck.defaultSnap

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func validate() throws {
        guard snap >= 0, snap.isFinite else { throw ValidationError("--snap expects metres ≥ 0, got \(snap)") }
    }

    func run() throws {
        let checked = try input.read(language: output.lang)
        try ReportWriting.write(try review.reviewed(try AdjacencyCheck.report(checked, snap: snap), registry: input.registry, wait: 60), options: output)
    }
}
