import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect seats`: each unit's government seat inside its unit, and every seat move authorised.
struct InspectSeatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seats",
        abstract: "Check government seats (政府驻地): inside their own unit, and moved only by a decision.",
        discussion: """
            seat.outside: a unit's registered seat (or the seat --seats FILE gives for its code) lies outside the \
            unit's polygon; the distance to the polygon in metres (Gauss-Krüger zone). \
            seat.moved-without-decision (registry only): the seat's position changed between two versions of the \
            unit and the `moved` change event of that day names no decision (import without --decision): a possible \
            illegal move (驻地违规搬迁). Invalid polygons are reported (geometry.invalid) and used repaired.

            Exit status: 0 no error-severity findings, 1 a seat outside its unit or an invalid polygon, 3 unreadable input.

            Examples:
              gazetteer inspect seats --registry demo.gpkg
              gazetteer inspect seats --registry demo.gpkg --as-of 2021-01-01
              gazetteer inspect seats datav_150700_full.json --id-field adcode --name-field name --seats seats.geojson
            """
    )

    @OptionGroup var input: InspectInputOptions
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func run() throws {
        let checked = try input.read(language: output.lang)
        try ReportWriting.write(try review.reviewed(try SeatCheck.report(checked), registry: input.registry, wait: 60), options: output)
    }
}
