import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect markers`: boundary marker (界桩) validation on the registry or on a 界桩成果表 before import.
struct InspectMarkersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markers",
        abstract: "Check boundary markers (界桩): position on the line, pairs and triples, numbering, spacing, landmarks.",
        discussion: """
            Runs on the registry (--registry R, optionally one line with --line CODE) or on files: --lines FILE \
            (boundary lines, the lines layer's fields) and --markers FILE (a 界桩成果表 in CSV or GeoJSON; --map \
            and --crs as for `gazetteer import markers`). On files nothing is refused for being wrong: a repeated \
            number or a marker off its line is a finding. Rows that cannot be read at all (no number, malformed \
            coordinates) stop the check with their line numbers (exit 3).

            Distances are metres in each line's Gauss-Krüger zone; positions along the line are measured from its \
            start, in its direction.
            - marker.off-line: a single marker (单立) farther from its line than --tolerance (default by level: \
            10 m provincial, 25 m prefectural and county: 0.5 mm at the 1:50,000 of GB/T 17796, the drawn line's \
            accuracy, since GNSS puts the marker within 1 m);
            - marker.pair-same-side, marker.pair-unbalanced: a pair (同号双立, A/B) on one side of the line, or at \
            offsets differing by more than 2/3 of the larger (at least 5 m);
            - marker.triple-off-tripoint: a post of a triple (同号三立, C/D/E) more than --triple-radius from the \
            tri-point (the end of the line where three units' lines meet); marker.faces-mismatch, \
            marker.group-incomplete: faces or posts that do not fit the kind;
            - marker.duplicate-number, marker.out-of-order (only the misplaced markers: those outside the longest \
            run whose positions increase with their numbers; numbers may run with the line or against it, W→E or \
            N→S as GB/T 17796 has it, and each part of a line in several parts is judged on its own), marker.sequence-gap (missing or repeated numbers), \
            marker.number-mismatch (line code or type letter not the line's or the kind's; A not on the side of \
            the smaller province code);
            - marker.spacing-long, marker.spacing-short: stretches over 3× the line's median spacing (and 1 km), \
            markers closer than 0.2× it (and 200 m), on lines with at least 3 intervals between markers;
            - marker.landmarks-missing: fewer than three 方位物 with bearing and distance; marker.landmark-mismatch: \
            the recorded bearing and distance lead more than --landmark-tolerance from the landmark's surveyed position.

            Exit status: 0 no error-severity findings, 1 some, 3 unreadable input.

            Examples:
              gazetteer inspect markers --registry demo.gpkg
              gazetteer inspect markers --registry demo.gpkg --line 1523 --format html --output markers.html
              gazetteer inspect markers --lines lines.geojson --markers 成果表.csv --crs EPSG:4549 \\
                  --map number=点号,line=界线,x=Y,y=X,height=H --lang en
            """
    )

    @Option(name: .long, help: "The registry file (a GeoPackage) whose markers are checked.")
    var registry: String?

    @Option(name: .customLong("as-of"), help: "With --registry: the registry as it stood on this day (YYYY-MM-DD); default: now.")
    var asOf: String?

    @Option(help: ArgumentHelp("With --registry: only this line's markers, e.g. 1523.", valueName: "code"))
    var line: String?

    @Option(help: ArgumentHelp("Boundary lines (GeoJSON or CSV with a wkt column), instead of --registry.", valueName: "file"))
    var lines: String?

    @Option(help: ArgumentHelp("Markers (GeoJSON or CSV), with --lines.", valueName: "file"))
    var markers: String?

    @Option(help: "CRS of the files' coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Which column or property of the markers file holds each field: field=column,… e.g. number=点号,line=界线,x=Y,y=X.",
        valueName: "field=column"))
    var map: [String] = []

    @Option(help: ArgumentHelp("How far a single marker may stand from its line, for every level (default: 10 m provincial, 25 m prefectural and county).", valueName: "metres"))
    var tolerance: Double?

    @Option(name: .customLong("triple-radius"), help: ArgumentHelp("How far a post of a triple may stand from its tri-point.", valueName: "metres"))
    var tripleRadius: Double = MarkerCheckOptions().tripleRadius

    @Option(name: .customLong("landmark-tolerance"), help: ArgumentHelp("How far a landmark's recorded bearing and distance may lead from its surveyed position.", valueName: "metres"))
    var landmarkTolerance: Double = MarkerCheckOptions().landmarkTolerance

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func validate() throws {
        if registry != nil && (lines != nil || markers != nil) { throw ValidationError("Give either --registry or --lines and --markers, not both.") }
        if registry == nil && (lines == nil || markers == nil) { throw ValidationError("Give --registry R, or both --lines FILE and --markers FILE.") }
        if registry == nil && (line != nil || asOf != nil) { throw ValidationError("--line and --as-of need --registry.") }
        if registry != nil && (crs != nil || !map.isEmpty) { throw ValidationError("--crs and --map are for files, not --registry.") }
        if let asOf, RegistryDate(asOf) == nil { throw ValidationError("--as-of expects a date YYYY-MM-DD, got '\(asOf)'") }
        for (name, value) in [("--tolerance", tolerance), ("--triple-radius", tripleRadius), ("--landmark-tolerance", landmarkTolerance)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(name) expects metres ≥ 0, got \(value)") }
        }
    }

    func run() throws {
        var options = MarkerCheckOptions()
        if let tolerance { options.tolerances = LineCheck.Tolerances(uniform: tolerance) }
        options.tripleRadius = tripleRadius
        options.landmarkTolerance = landmarkTolerance
        let report = try MarkerCheck.report(try readInput(), options: options)
        try ReportWriting.write(try review.reviewed(report, registry: registry, wait: 60), options: output)
    }

    private func readInput() throws -> MarkerCheckInput {
        if let registry {
            let store = try RegistryOptions.parse(["--registry", registry]).open(readOnly: true)
            return try MarkerInputReader.read(store: store, asOf: asOf.flatMap(RegistryDate.init), line: line)
        }
        guard let lines, let markers else { throw ValidationError("Give --registry R, or both --lines FILE and --markers FILE.") }
        let mapping: FieldMapping
        do { mapping = try FieldMapping(parsing: map) } catch { throw ValidationError(error.message(output.lang, verbose: false)) }
        do {
            return try MarkerInputReader.read(linesFile: lines, markersFile: markers, crs: try resolveCRS(crs, language: output.lang), mapping: mapping)
        } catch let error as FieldMappingError {
            // A --map the layer cannot take is a mistake on the command line, not in the file.
            throw ValidationError(error.message(output.lang, verbose: false))
        } catch let refused as ImportRefused {
            let errors = refused.issues.filter { $0.severity == .error }
            throw InputError(text: LocalizedText(
                zh: (["无法检查：\(refused.file) 的 \(refused.recordCount) 条记录中有 \(errors.count) 条无法读取："]
                     + errors.map { "  " + $0.line(.zh) }).joined(separator: "\n"),
                en: (["cannot check: \(errors.count) of the \(refused.recordCount) records of \(refused.file) cannot be read:"]
                     + errors.map { "  " + $0.line(.en) }).joined(separator: "\n")))
        }
    }
}
