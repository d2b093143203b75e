import ArgumentParser
import Gazetteer

/// `gazetteer sources list`: the recorded sources of the registry's data.
struct SourcesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List where the registry's data came from.",
        discussion: """
            Example:
              gazetteer sources list --registry demo-real.gpkg --format json
            """)

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let sources = try registryOptions.open(readOnly: true).dataSources()
        if output.format == .json {
            print(JSONWriter.serialize(.array(sources.map(\.json))))
            return
        }
        let zh = output.lang == .zh
        var table = TextTable(headers: zh ? ["图层", "来源", "版本", "许可", "原始来源", "说明", "记录日期", "记录人"]
                                          : ["layers", "source", "version", "licence", "origin", "note", "recorded", "by"])
        for s in sources {
            table.append([s.layers.joined(separator: ","), s.name, s.version ?? "", s.licence ?? "", s.origin ?? "", s.note ?? "",
                          s.recorded.description, s.actor])
        }
        print(sources.isEmpty ? (zh ? "未记录数据来源。" : "No data source recorded.") : table.render(), terminator: sources.isEmpty ? "\n" : "")
    }
}

extension DataSource {
    /// The source as JSON, for `sources list --format json`, `stats --format json` and the JSON reports.
    var json: JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object(JSONObject([
            ("layers", .array(layers.map(JSONValue.string))), ("name", .string(name)), ("version", text(version)),
            ("licence", text(licence)), ("origin", text(origin)), ("note", text(note)),
            ("recorded", .string(recorded.description)), ("actor", .string(actor)),
        ]))
    }
}
