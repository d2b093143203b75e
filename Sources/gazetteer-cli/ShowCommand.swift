import ArgumentParser
import Gazetteer

/// `gazetteer show ID`: one record, all its fields.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one record by its key (unit code, line code, marker number, name id).",
        discussion: """
            The key is looked up in every layer unless --layer names one.

            Examples:
              gazetteer show 150724
              gazetteer show 1523001Q --format json
              gazetteer show 150724 --as-of 2019-01-01
            """
    )

    @Argument(help: "The record's key.")
    var key: String

    @Option(help: "Look only in this layer.")
    var layer: Layer?

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: RecordOutputOptions

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let date = try asOf.date
        for candidate in layersToSearch(layer) {
            guard let found = try registry.record(candidate, key: key, asOf: date) else { continue }
            if output.format == .table {
                var table = TextTable(headers: output.lang == .zh ? ["字段", "值"] : ["field", "value"])
                table.append(["layer", "\(candidate.rawValue) (\(candidate.chinese))"])
                for spec in candidate.fields {
                    if let value = found.record.fields[spec.name] { table.append([spec.name, value.description]) }
                }
                if let g = found.record.geometry {
                    table.append(["geometry", "\(g.typeName), \(g.coordinateCount) vertices"])
                    do {
                        let m = try Geodesic.cgcs2000.measure(g)
                        if m.area > 0 { table.append(["area_km2", JSONWriter.formatFixed(m.area / 1e6, decimals: 3)]) }
                        if m.length > 0 { table.append(["length_km", JSONWriter.formatFixed(m.length / 1e3, decimals: 3)]) }
                    } catch {
                        // A stored geometry that cannot be measured is worth saying, not hiding.
                        table.append(["area_km2", (output.lang == .zh ? "无法量算：" : "not measured: ") + error.message(output.lang)])
                    }
                    if case .point(let p) = g {
                        table.append(["position", "\(JSONWriter.formatFixed(p.coordinate.x, decimals: 7)) \(JSONWriter.formatFixed(p.coordinate.y, decimals: 7))"])
                    }
                }
                print(table.render(), terminator: "")
            } else {
                try RecordRendering.print([found.record], layer: candidate, options: output)
            }
            return
        }
        throw recordNotFound(key, output.lang)
    }
}
