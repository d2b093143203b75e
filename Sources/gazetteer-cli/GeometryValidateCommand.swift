import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer geometry validate FILE`: each feature's OGC validity, with the reason and location when invalid.
struct GeometryValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check each feature's geometry for validity (OGC simple features, via GEOS).",
        discussion: """
            A polygon is invalid when its rings cross themselves or each other, a hole lies outside its shell, or \
            its interior falls apart. Invalid polygons give wrong areas and make overlay operations fail. \
            For each invalid feature the report gives GEOS's reason and the location of the problem. \
            A geometry that cannot even be built (an unclosed ring, a one-point line) is reported as unreadable.

            The report lists the findings (geometry.invalid, geometry.unreadable; see docs/FINDINGS.md) as a table, \
            JSON, GeoJSON (a feature per finding, for QGIS), a CSV worklist for reviewers, or an HTML page with a map.

            Exit status: 0 all valid, 1 some invalid or unreadable, 3 the file cannot be read as GeoJSON.

            Example:
              gazetteer geometry validate data/boundaries/demo_units.geojson --id-field code
              gazetteer geometry validate counties.geojson --format json --lang en
              gazetteer geometry validate counties.geojson --format html --output validity.html
            """
    )

    @OptionGroup var input: FeatureFileOptions
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var reviewRegistry: ReviewRegistryOption
    @OptionGroup var review: ReviewOptions

    func run() throws {
        let features = try GeoJSONReader.readFeatures(path: input.file, reading: .anyCRS)
        let verdicts = GeometryValidation.validate(features, idField: input.idField)
        let report = GeometryValidation.report(verdicts, features: features, file: input.file, idField: input.idField)
        try ReportWriting.write(try review.reviewed(report, registry: reviewRegistry.registry, wait: reviewRegistry.wait), options: output)
    }
}
