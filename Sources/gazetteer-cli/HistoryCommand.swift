import ArgumentParser
import Gazetteer

/// `gazetteer history ID`: every version of a record and the change events between them.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every version of a record and the changes between them (renames, moves, boundary changes).",
        discussion: """
            Example:
              gazetteer history 150724
            """
    )

    @Argument(help: "The record's key.")
    var key: String

    @Option(help: "Look only in this layer.")
    var layer: Layer?

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let zh = output.lang == .zh
        for candidate in layersToSearch(layer) {
            let versions = try registry.versions(candidate, key: key)
            guard !versions.isEmpty else { continue }
            let events = try registry.events(candidate, key: key)
            if output.format == .json {
                print(JSONWriter.serialize(.object(JSONObject([
                    ("layer", .string(candidate.rawValue)), ("key", .string(key)),
                    ("versions", .array(versions.map { v in .object(JSONObject([
                        ("name", v.record.name.map(JSONValue.string) ?? .null),
                        ("valid_from", v.record.fields["valid_from"].map { .string($0.description) } ?? .null),
                        ("valid_to", v.record.fields["valid_to"].map { .string($0.description) } ?? .null),
                    ])) })),
                    ("events", .array(events.map { e in .object(JSONObject([
                        ("kind", .string(e.kind.rawValue)), ("date", .string(e.date.description)),
                        ("decision", e.decisionReference.map(JSONValue.string) ?? .null),
                        ("before", e.before.map(JSONValue.string) ?? .null), ("after", e.after.map(JSONValue.string) ?? .null),
                    ])) })),
                ]))))
                return
            }
            var table = TextTable(headers: zh ? ["版本", "名称", "起", "止"] : ["version", "name", "from", "to"])
            for (i, v) in versions.enumerated() {
                table.append([String(i + 1), v.record.name ?? "", v.record.fields["valid_from"]?.description ?? "",
                              v.record.fields["valid_to"]?.description ?? (zh ? "（现行）" : "(current)")])
            }
            print(table.render())
            var changes = TextTable(headers: zh ? ["日期", "变更", "文件", "变更前", "变更后"] : ["date", "change", "decision", "before", "after"])
            for e in events {
                changes.append([e.date.description, zh ? e.kind.chinese : e.kind.rawValue, e.decisionReference ?? "",
                                TextTable.truncated(e.before ?? "", width: 48), TextTable.truncated(e.after ?? "", width: 48)])
            }
            print(changes.render(), terminator: "")
            print(zh ? "（完整的变更前后内容见 --format json）" : "(full before/after values: --format json)")
            return
        }
        throw recordNotFound(key, output.lang)
    }
}
