import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer geometry derive-lines`: the boundary lines implied by county polygons, written for `import lines`.
struct GeometryDeriveLinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive-lines",
        abstract: "Derive boundary lines (provincial, prefectural, county) from the shared edges of county polygons.",
        discussion: """
            Every pair of county-level units whose polygons share a boundary gives a stretch of line at the level at \
            which their codes differ (GB/T 2260): two counties of one prefecture a county line (code 150702-150724), \
            counties of two prefectures a stretch of the prefectural line (150700-152200), counties of two provinces \
            a stretch of the provincial line (1523). The stretches of one line are merged; the unit with the lower \
            code is on the left of every piece. Each line is a line.derived finding with its geodesic length \
            (CGCS2000 ellipsoid) and the pairs it comes from; --lines FILE writes them as a GeoJSON file of the \
            lines layer (code, name, level, left_unit, right_unit) to check and then `gazetteer import lines`.

            Names are "LEFT—RIGHT线" from the units' names (in a registry, from every registered unit, so provinces \
            and prefectures are named when registered); --line-name CODE=NAME replaces one.

            Exit status: 0, or 1 when a polygon is invalid (reported, then used repaired); 3 unreadable input.

            Examples:
              gazetteer geometry derive-lines --registry demo-real.gpkg --scope 150700 --lines lines.geojson \\
                  --line-name 1523=蒙黑线 --line-name 150700-152200=呼兴线
              gazetteer geometry derive-lines counties.geojson --id-field adcode --name-field name --format json
            """
    )

    @OptionGroup var input: InspectInputOptions

    @Option(help: ArgumentHelp("Only lines with a side under this code, e.g. 150700 for Hulunbuir's lines and not those among its neighbours.", valueName: "code"))
    var scope: String?

    @Option(name: .customLong("line-name"), help: ArgumentHelp("A line's name instead of the derived one, as CODE=NAME (repeatable).", valueName: "code=name"))
    var lineNames: [String] = []

    @Option(help: ArgumentHelp("Write the derived lines to this GeoJSON file (lines layer fields).", valueName: "file"))
    var lines: String?

    @OptionGroup var output: ReportOutputOptions

    func validate() throws {
        for pair in lineNames where !pair.contains("=") || pair.hasPrefix("=") || pair.hasSuffix("=") {
            throw ValidationError("--line-name expects CODE=NAME, got '\(pair)'")
        }
    }

    func run() throws {
        let checked = try input.read(language: output.lang)
        var names: [String: String] = [:]
        if let registry = input.registry {
            let store = try RegistryOptions.parse(["--registry", registry]).open(readOnly: true)
            for unit in try store.records(AdminUnit.self, asOf: input.asOf.flatMap(RegistryDate.init)) { names[unit.code] = unit.names.standard }
        }
        let overrides = Dictionary(lineNames.map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts[1])
        }, uniquingKeysWith: { _, last in last })
        let (derived, context) = try LineDerivation.derive(checked.units, scope: scope.map(AdminCode.normalized), names: names, lineNames: overrides)
        if let lines {
            let out = try TextOutput(path: lines)
            do {
                try out.write(GeoJSONExporter().featureCollection(derived.map(\.line.record), name: "lines"))
                try out.finish()
            } catch {
                out.abandon()
                throw error
            }
        }
        try ReportWriting.write(LineDerivation.report(derived, context: context, source: checked.source, problems: checked.problems,
                                                        dataSources: checked.dataSources), options: output)
    }
}
