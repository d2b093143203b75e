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

            Exit status: 0 all valid, 1 some invalid or unreadable, 3 the file cannot be read as GeoJSON.

            Example:
              gazetteer geometry validate data/boundaries/demo_units.geojson --id-field code
              gazetteer geometry validate counties.geojson --format json --lang en
            """
    )

    @OptionGroup var input: FeatureFileOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let features = try GeoJSONReader.readFeatures(path: input.file)
        let verdicts = GeometryValidation.validate(features, idField: input.idField)
        let rejected = verdicts.filter { !$0.isAcceptable }.count
        switch output.format {
        case .table: print(table(verdicts, rejected: rejected), terminator: "")
        case .json: print(JSONWriter.serialize(json(verdicts, rejected: rejected), precision: 7))
        }
        if rejected > 0 { throw ExitCode(ExitStatus.findings) }
    }

    private func table(_ verdicts: [FeatureValidity], rejected: Int) -> String {
        let zh = output.lang == .zh
        var table = TextTable(
            headers: zh ? ["序号", "编号", "名称", "结果", "原因", "位置"] : ["#", "id", "name", "result", "reason", "location"],
            alignments: [.right])
        for v in verdicts {
            var result = "", reason = "", location = ""
            switch v.status {
            case .valid: result = zh ? "有效" : "valid"
            case .noGeometry: result = zh ? "无几何" : "no geometry"
            case .invalid(let r, let l):
                result = zh ? "无效" : "INVALID"
                reason = GeometryValidation.describe(reason: r).text(output.lang)
                location = l.map { String(format: "%.6f %.6f", $0.x, $0.y) } ?? ""
            case .unreadable(let message):
                result = zh ? "无法读取" : "UNREADABLE"
                reason = message
            }
            table.append([String(v.index + 1), v.label, v.name ?? "", result, reason, location])
        }
        let summary = zh
            ? "合计 \(verdicts.count) 个要素，\(rejected) 个无效或无法读取。\n"
            : "\(verdicts.count) features, \(rejected) invalid or unreadable.\n"
        return table.render() + summary
    }

    private func json(_ verdicts: [FeatureValidity], rejected: Int) -> JSONValue {
        let features: [JSONValue] = verdicts.map { v in
            var o = JSONObject([("index", .number(Double(v.index))), ("id", .string(v.label))])
            if let name = v.name { o["name"] = .string(name) }
            switch v.status {
            case .valid: o["status"] = .string("valid")
            case .noGeometry: o["status"] = .string("no-geometry")
            case .invalid(let reason, let location):
                o["status"] = .string("invalid")
                o["reason"] = .string(reason)
                o["message"] = .string(v.finding!.message.text(output.lang))
                if let location { o["location"] = .array([.number(location.x), .number(location.y)]) }
            case .unreadable(let message):
                o["status"] = .string("unreadable")
                o["reason"] = .string(message)
            }
            return .object(o)
        }
        return .object(JSONObject([
            ("file", .string(input.file)),
            ("features", .array(features)),
            ("summary", .object(JSONObject([("total", .number(Double(verdicts.count))), ("rejected", .number(Double(rejected)))]))),
        ]))
    }
}
