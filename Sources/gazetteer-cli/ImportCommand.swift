import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer import LAYER FILE`: all-or-nothing import of one layer.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a layer from GeoJSON, GeoJSONSeq or CSV: every record checked first, then all written or none.",
        discussion: """
            Every record is checked before anything is written: required fields, codes, dates, numbers, geometry \
            type, validity, coordinate range and swapped axes, duplicate keys, references to units and lines. If any \
            record is bad, the import is refused and every problem is listed with its position; the registry is \
            unchanged (exit 3). --skip-invalid writes the good records and lists the rejects in FILE.rejects.csv (or \
            --rejects PATH), and exits 1.

            A record already in the registry gets a new version only if it changed; the old version is closed on the \
            new one's valid_from (or --date), and a change event is recorded. Fields are described in docs/LAYERS.md.

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

    @Option(name: .customLong("map"), help: "Rename fields: registry=file,… e.g. code=adcode,name=name.")
    var map: [String] = []

    @Option(help: "CRS of the file's coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    @Option(help: "Text encoding of a CSV file: auto, utf-8, gb18030 (gbk).")
    var encoding: String = "auto"

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

    @Option(name: .customLong("scope"), help: "With --retire-missing: only keys starting with this prefix, e.g. 1507.")
    var scope: String?

    @Flag(name: .customLong("make-valid"), help: "Repair invalid polygons (GEOS makeValid) instead of rejecting them.")
    var makeValid = false

    @Flag(name: .customLong("dry-run"), help: "Check only; write nothing.")
    var dryRun = false

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var actor: ActorOption
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if scope != nil && !retireMissing { throw ValidationError("--scope goes with --retire-missing") }
        if retireMissing && dryRun { throw ValidationError("--retire-missing cannot be combined with --dry-run") }
        if let date, RegistryDate(date) == nil { throw ValidationError("--date expects YYYY-MM-DD, got '\(date)'") }
    }

    func run() throws {
        let registry = try registryOptions.open(readOnly: dryRun)
        let sourceCRS = try crs.map { try CRS($0) }
        let source: ImportSource
        do {
            source = try ImportSources.make(file: file, layer: layer, mapping: try FieldMapping(parsing: map), crs: sourceCRS, encoding: encoding)
        } catch let error as FieldMappingError {
            // A --map the layer cannot take is a mistake on the command line, not in the file: a usage error.
            throw ValidationError(error.description)
        }
        var options = ImportOptions(
            effective: date.flatMap(RegistryDate.init) ?? today, decision: decision, skipInvalid: skipInvalid,
            repairInvalid: makeValid, dryRun: dryRun, command: commandLineForAudit, actor: actor.actor)
        options.rejectsPath = rejects
        options.retireMissing = retireMissing
        options.retireScope = scope
        let zh = output.lang == .zh
        do {
            let result = try Importer.run(source, layer: layer, into: registry, options: options) { progress in
                guard stderrIsTerminal else { return }
                let text = switch progress {
                case .checked(let n): zh ? "\r已检查 \(n) 条" : "\r\(n) checked"
                case .written(let n): zh ? "\r已写入 \(n) 条" : "\r\(n) written"
                }
                FileHandle.standardError.write(Data(text.utf8))
            }
            if stderrIsTerminal { FileHandle.standardError.write(Data("\r".utf8)) }
            report(result)
            // Rejected records are findings of error severity: scripts must notice them.
            if result.rejected > 0 { throw ExitCode(ExitStatus.findings) }
        } catch let refused as ImportRefused {
            let errors = refused.issues.filter { $0.severity == .error }
            printError(zh
                ? "导入被拒绝：\(refused.file) 的 \(refused.recordCount) 条记录中发现 \(errors.count) 个问题，登记册未作任何修改。"
                : "Import refused: \(errors.count) problem(s) in \(refused.recordCount) record(s) of \(refused.file); the registry is unchanged.")
            for issue in errors { printError("  " + issue.line(output.lang)) }
            throw ExitCode(ExitStatus.badInput)
        }
    }

    private func report(_ result: ImportResult) {
        let zh = output.lang == .zh
        let shown = result.issues.filter { $0.severity != .info }
        if output.format == .json {
            let issues: [JSONValue] = shown.map { issue in
                .object(JSONObject([
                    ("severity", .string(issue.severity.rawValue)), ("position", .string(issue.position)),
                    ("key", issue.key.map(JSONValue.string) ?? .null), ("field", issue.field.map(JSONValue.string) ?? .null),
                    ("reason", .string(issue.reason.text(output.lang))),
                ]))
            }
            print(JSONWriter.serialize(.object(JSONObject([
                ("layer", .string(result.layer.rawValue)), ("read", .number(Double(result.read))),
                ("created", .number(Double(result.created))), ("changed", .number(Double(result.changed))),
                ("unchanged", .number(Double(result.unchanged))), ("rejected", .number(Double(result.rejected))),
                ("retired", .number(Double(result.retired))),
                ("dry_run", .bool(dryRun)), ("rejects_file", result.rejectsFile.map(JSONValue.string) ?? .null),
                ("issues", .array(issues)),
            ]))))
            return
        }
        for issue in shown { print("\(issue.severity.label(output.lang))  \(issue.line(output.lang))") }
        let prefix = dryRun ? (zh ? "（试运行，未写入）" : "(dry run, nothing written) ") : ""
        print(zh
              ? "\(prefix)\(result.layer.chinese)：读取 \(result.read) 条，新增 \(result.created)，变更 \(result.changed)，未变 \(result.unchanged)，拒绝 \(result.rejected)"
                + (retireMissing ? "，撤销 \(result.retired)。" : "。")
              : "\(prefix)\(result.layer.rawValue): \(result.read) read, \(result.created) created, \(result.changed) changed, \(result.unchanged) unchanged, \(result.rejected) rejected"
                + (retireMissing ? ", \(result.retired) retired." : "."))
        if let rejects = result.rejectsFile { print(zh ? "被拒记录见 \(rejects)" : "Rejected records are listed in \(rejects)") }
    }
}
