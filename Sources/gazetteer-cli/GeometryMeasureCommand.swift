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

            Example:
              gazetteer geometry measure data/boundaries/demo_units.geojson --id-field code
              gazetteer geometry measure survey.geojson --crs EPSG:4549 --format json
            """
    )

    @OptionGroup var input: FeatureFileOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "CRS of the file's coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    func run() throws {
        let sourceCRS = try resolveCRS(crs, language: output.lang)
        let features = try GeoJSONReader.readFeatures(path: input.file)
        let measures = try GeodesicMeasurement.measure(features, idField: input.idField, sourceCRS: sourceCRS)
        var total = GeodesicMeasure()
        var failed = 0
        for m in measures {
            switch m.result {
            case .success(let v):
                total.area += v.area
                total.perimeter += v.perimeter
                total.length += v.length
            case .failure: failed += 1
            }
        }
        switch output.format {
        case .table: print(table(measures, total: total, failed: failed), terminator: "")
        case .json: print(JSONWriter.serialize(json(measures, total: total, failed: failed), precision: 6))
        }
        if failed > 0 { throw ExitCode(ExitStatus.findings) }
    }

    private func table(_ measures: [FeatureMeasure], total: GeodesicMeasure, failed: Int) -> String {
        let zh = output.lang == .zh
        var table = TextTable(
            headers: zh ? ["序号", "编号", "名称", "面积(km²)", "周长(km)", "长度(km)", "备注"]
                : ["#", "id", "name", "area (km²)", "perimeter (km)", "length (km)", "note"],
            alignments: [.right, .left, .left, .right, .right, .right])
        // A zero is left blank: a polygon file has no line length, a line file no area.
        func km2(_ v: Double) -> String { v == 0 ? "" : String(format: "%.3f", v / 1e6) }
        func km(_ v: Double) -> String { v == 0 ? "" : String(format: "%.3f", v / 1e3) }
        for m in measures {
            switch m.result {
            case .success(let v):
                table.append([String(m.index + 1), m.label, m.name ?? "", km2(v.area), km(v.perimeter), km(v.length)])
            case .failure(let f):
                table.append([String(m.index + 1), m.label, m.name ?? "", "", "", "", (zh ? "无法量算：" : "not measured: ") + f.message])
            }
        }
        table.append(["", zh ? "合计" : "total", "", km2(total.area), km(total.perimeter), km(total.length)])
        var text = table.render()
        text += zh
            ? "椭球：CGCS2000；\(measures.count) 个要素，\(failed) 个无法量算。\n"
            : "Ellipsoid: CGCS2000; \(measures.count) features, \(failed) not measured.\n"
        return text
    }

    private func json(_ measures: [FeatureMeasure], total: GeodesicMeasure, failed: Int) -> JSONValue {
        func values(_ v: GeodesicMeasure) -> [(String, JSONValue)] {
            [("area_km2", .number(v.area / 1e6)), ("perimeter_km", .number(v.perimeter / 1e3)), ("length_km", .number(v.length / 1e3))]
        }
        let features: [JSONValue] = measures.map { m in
            var o = JSONObject([("index", .number(Double(m.index))), ("id", .string(m.label))])
            if let name = m.name { o["name"] = .string(name) }
            switch m.result {
            case .success(let v): for (k, x) in values(v) { o[k] = x }
            case .failure(let f): o["error"] = .string(f.message)
            }
            return .object(o)
        }
        return .object(JSONObject([
            ("file", .string(input.file)),
            ("ellipsoid", .string("CGCS2000")),
            ("features", .array(features)),
            ("total", .object(JSONObject(values(total) + [("failed", .number(Double(failed)))]))),
        ]))
    }
}
