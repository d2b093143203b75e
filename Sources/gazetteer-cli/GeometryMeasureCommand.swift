import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer geometry measure FILE`: geodesic area, perimeter and length per feature on the CGCS2000 ellipsoid.
struct GeometryMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Geodesic area (km²), perimeter and length (km) of each feature, and totals.",
        discussion: """
            Measures are geodesic, on the CGCS2000 ellipsoid (a = 6378137 m, f = 1/298.257222101), so they do not \
            depend on a map projection. Polygon area is the shell less its holes; perimeter counts every ring. \
            Coordinates are taken as CGCS2000 (or WGS84) longitude/latitude unless --crs names another CRS, such as a \
            CGCS2000 Gauss-Krüger zone for survey coordinates (EPSG:4534–4554).

            Each feature's measures are a geometry.measured finding (geometry.unmeasurable when they cannot be \
            taken); the totals close the report.

            Example:
              gazetteer geometry measure data/boundaries/demo_units.geojson --id-field code
              gazetteer geometry measure survey.geojson --crs EPSG:4549 --format json
            """
    )

    @OptionGroup var input: FeatureFileOptions
    @OptionGroup var output: ReportOutputOptions

    @Option(help: "CRS of the file's coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    func run() throws {
        let sourceCRS = try resolveCRS(crs, language: output.lang)
        let features = try GeoJSONReader.readFeatures(path: input.file, reading: .init(given: sourceCRS))
        let measures = try GeodesicMeasurement.measure(features, idField: input.idField, sourceCRS: sourceCRS)
        try ReportWriting.write(GeodesicMeasurement.report(measures, file: input.file), options: output)
    }
}
