import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect round import ROUND FILE`: adds a field file's observations to an open round, all or nothing.
struct InspectRoundImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import field observations (CSV or GeoJSON) into an open round, all or nothing.",
        discussion: """
            Fields (map the file's own names with --map field=column): number (marker number, required), x and y \
            (CSV: easting and northing in --crs, or lon/lat columns without it; GeoJSON: the point), condition \
            (required: intact/完好, damaged/损坏, tilted/倾斜, buried/掩埋, missing/丢失, rebuilt/重建, displaced/移位), \
            photos (;-separated), notes, observer, time. A post reported missing needs no position.

            Positions in another CRS are reprojected to CGCS2000 and refused outside the CRS's area of use or China \
            (swapped eastings/northings, a wrong --crs). Every malformed row is reported with its line, and nothing of \
            the file is written (exit 3). A closed round takes no more imports. Importing a marker again in a later \
            file supersedes its earlier observation (which is kept).

            Examples:
              gazetteer inspect round import 1523-4 rtk.csv --crs EPSG:4550 --map number=点号,x=Y,y=X,condition=状况 --registry demo.gpkg
              gazetteer inspect round import 1523-4 data/boundaries/demo_inspection_round.geojson \\
                  --map number=marker,condition=status_observed,notes=note,observer=inspector,time=observed_on --registry demo.gpkg
            """
    )

    @Argument(help: "The round's id (from create).")
    var round: String

    @Argument(help: "The field file: CSV/TSV (by extension) or GeoJSON.")
    var file: String

    @Option(help: ArgumentHelp("The CRS of the file's positions, e.g. EPSG:4550 (default: CGCS2000 longitude/latitude).", valueName: "crs"))
    var crs: String?

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Which column or property holds each field: number=…,x=…,y=…,condition=…,photos=…,notes=…,observer=…,time=…", valueName: "field=column,…"))
    var map: [String] = []

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let mapping = try FieldMapping(parsing: map)
        let reader = ObservationReader(mapping: mapping, crs: try resolveCRS(crs, language: messages.lang), today: today)
        let store = try registry.open(readOnly: false)
        let round = try InspectionRounds.round(self.round, in: store)
        if let closed = round.closedOn { throw RoundError.closed(round.id, on: closed, decision: round.decision) }
        let observations = try reader.read(file)
        let count = try InspectionRounds.importObservations(observations, into: round.id, by: actor.actor, store: store, command: commandLineForAudit)
        let missing = observations.filter { $0.condition == .missing }.count
        print(messages.lang == .zh ? "联检 \(round.id)：导入 \(count) 条观测（其中丢失 \(missing) 条），来自 \(file)"
                                   : "round \(round.id): \(count) observations imported (\(missing) missing) from \(file)")
    }
}
