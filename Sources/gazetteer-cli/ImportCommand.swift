import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer import LAYER FILE`: all-or-nothing import of one layer.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a layer from GeoJSON, GeoJSONSeq or CSV: every record checked, then all committed or none.",
        discussion: """
            Every record is checked: required fields, codes, dates, numbers, geometry type, validity, coordinate \
            range and swapped axes, duplicate keys, references to units and lines. If any record is bad, the import \
            is refused and every problem is listed with its position; the registry is unchanged (exit 3). (The good \
            records are written into one open transaction while the rest are checked, and it is rolled back.) \
            --skip-invalid writes the good records and lists the rejects in FILE.rejects.csv (or --rejects PATH), \
            and exits 1.

            A record already in the registry gets a new version only if it changed; the old version is closed on the \
            new one's valid_from (or --date), and a change event is recorded. A second change on the day a version \
            began amends that version (both change events are kept). Fields are described in docs/LAYERS.md.

            What an update changes: only the fields the file carries. A field the file does not carry (not mapped \
            with --map, or no such column or property) keeps its registered value; a carried field with an empty \
            value (an empty CSV cell, a JSON null) clears it; a feature without geometry keeps the registered one. \
            --replace treats every record as complete instead: fields it does not carry are cleared.

            --dry-run does the whole import and rolls it back: it reports what would be created, changed, unchanged, \
            rejected and retired (record by record with --format json) and leaves the registry unchanged.

            Examples:
              gazetteer import units data/boundaries/demo_units.geojson
              gazetteer import units datav_150700_full.json \\
                  --map code=adcode,name=name --make-valid
              gazetteer import markers survey.csv --crs EPSG:4549 \\
                  --map number=点号,line=界线,x=Y,y=X,height=H
              gazetteer import units nbs2022_villages.csv \\
                  --map code=village_code,name=village_name \\
                  --date 2022-01-01 --retire-missing --scope 1507
            """
    )

    @Argument(help: "The layer: units, lines, markers or names.")
    var layer: Layer

    @Argument(help: "The file: .geojson/.json (FeatureCollection or GeoJSONSeq), .geojsonl/.geojsons/.ndjson, .csv/.tsv.")
    var file: String

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Which column or property holds each registry field: field=column,… e.g. code=adcode,name=name. With --map only the mapped fields are read; the others keep their registered values.",
        valueName: "field=column,…"))
    var map: [String] = []

    @Option(help: "CRS of the file's coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    @Option(help: "Text encoding of a CSV file.")
    var encoding: TextEncodingOption = .auto

    @Option(help: "The day new versions start when records have no valid_from (YYYY-MM-DD; default: today).")
    var date: String?

    @Option(help: "The decision (文件号) authorising the changes.")
    var decision: String?

    @Flag(name: .customLong("skip-invalid"), help: "Write the good records; list the rejects in FILE.rejects.csv.")
    var skipInvalid = false

    @Option(help: "Where --skip-invalid lists the rejected records (default: FILE.rejects.csv beside the input).")
    var rejects: String?

    @Flag(name: .customLong("retire-missing"), help: "Close current records the file no longer lists (a new edition of a code list).")
    var retireMissing = false

    @Option(name: .customLong("scope"), help: "With --retire-missing (required): only keys starting with this prefix, e.g. 1507, or 'all'.")
    var scope: String?

    @Flag(help: "Treat every record as complete: fields the file does not carry are cleared (default: kept).")
    var replace = false

    @Flag(name: .customLong("make-valid"), help: "Repair invalid polygons (GEOS makeValid) instead of rejecting them.")
    var makeValid = false

    @Flag(name: .customLong("dry-run"), help: "Check only; write nothing.")
    var dryRun = false

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var output: ReportOutputOptions

    func validate() throws {
        if scope != nil && !retireMissing { throw ValidationError("--scope goes with --retire-missing") }
        if retireMissing && scope == nil {
            throw ValidationError("--retire-missing needs --scope PREFIX (e.g. --scope 1507) or --scope all, so that a file of one unit cannot retire all the others")
        }
        if let date { _ = try recordedDate(date) }
    }

    func run() throws {
        let sourceCRS = try resolveCRS(crs, language: output.lang)
        // A dry run does the import in a transaction it rolls back, so it needs the write lock too.
        let registry = try registryOptions.open(readOnly: false)
        let source: ImportSource
        do {
            source = try ImportSources.make(file: file, layer: layer, mapping: try FieldMapping(parsing: map), crs: sourceCRS,
                                            encoding: encoding.rawValue)
        } catch let error as FieldMappingError {
            // A --map the layer cannot take is a mistake on the command line, not in the file: a usage error.
            throw ValidationError(error.message(output.lang, verbose: false))
        }
        var options = ImportOptions(
            effective: date.flatMap(RegistryDate.init) ?? today, decision: decision, skipInvalid: skipInvalid,
            repairInvalid: makeValid, dryRun: dryRun, command: commandLineForAudit, actor: actor.actor)
        options.rejectsPath = rejects
        options.today = today
        options.retireMissing = retireMissing
        options.retireScope = scope.map { $0 == "all" ? .all : .prefix($0) }
        options.replace = replace
        options.recordOutcomes = dryRun && output.format != .table
        let zh = output.lang == .zh
        let result: ImportResult
        do {
            // Checking and writing go on at once: the line shows both counts, the writing a little behind.
            var checked = 0, written = 0
            result = try Importer.run(source, layer: layer, into: registry, options: options) { progress in
                ImportTestHook.observe(progress)
                guard stderrIsTerminal else { return }
                switch progress {
                case .checked(let n): checked = n
                case .written(let n): written = n
                }
                let text = zh ? "\r已检查 \(checked) 条，已写入 \(written) 条" : "\r\(checked) checked, \(written) written"
                FileHandle.standardError.write(Data(text.utf8))
            }
            // Back to the start of the line and clear it (ESC [2K), so the report is not written over the counts.
            if stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        } catch let refused as ImportRefused {
            // The problems are the report: on standard error for a person, on standard output (or --output) for a
            // program. Either way the registry is unchanged and the status is bad input.
            do {
                try ReportWriting.write(refused.report, options: output, toStandardError: true)
            } catch is FindingsReported {}
            throw AlreadyReported(kind: refused.failureKind)
        }
        // Rejected records (with --skip-invalid) are findings of error severity: scripts must notice them.
        try ReportWriting.write(result.report(file: file, dryRun: dryRun, retireMissing: retireMissing), options: output)
    }
}
