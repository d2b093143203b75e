/// What happened to a record.
public enum ChangeKind: String, Sendable, CaseIterable, Codable {
    case created, renamed, boundaryChanged, merged, split, retired, resurveyed, rebuilt, moved, amended

    public var chinese: String {
        switch self {
        case .created: return "设立"
        case .renamed: return "更名"
        case .boundaryChanged: return "界线变更"
        case .merged: return "合并"
        case .split: return "拆分"
        case .retired: return "撤销"
        case .resurveyed: return "重测"
        case .rebuilt: return "重建"
        case .moved: return "迁移"
        case .amended: return "修改"
        }
    }
}

/// A change to a registry record, with the decision that authorised it and what it was before and after.
public struct ChangeEvent: Hashable, Sendable {
    /// The layer of the record ("units", "lines", "markers", "names").
    public var layer: String
    /// The record's key in its layer (unit code, line code, marker number, name id).
    public var subject: String
    public var kind: ChangeKind
    /// The day the change took effect.
    public var date: RegistryDate
    /// The decision that authorised it (文件号), when there was one.
    public var decisionReference: String?
    /// A readable summary of the state before and after, e.g. "name: 乔巴山小区" → "name: 莫嫩小区".
    public var before: String?
    public var after: String?

    public init(layer: String, subject: String, kind: ChangeKind, date: RegistryDate, decisionReference: String? = nil,
                before: String? = nil, after: String? = nil) {
        self.layer = layer
        self.subject = subject
        self.kind = kind
        self.date = date
        self.decisionReference = decisionReference
        self.before = before
        self.after = after
    }
}

/// One entry of the audit log: who ran which command when, and what it changed.
public struct AuditEntry: Hashable, Sendable {
    /// When, as an ISO 8601 UTC timestamp.
    public var timestamp: String
    /// The command line that wrote, e.g. "gazetteer import units counties.geojson".
    public var command: String
    /// Who: `--by NAME`, else the operating-system user.
    public var actor: String
    /// A summary of what changed, e.g. "units: 14 added".
    public var summary: String

    public init(timestamp: String, command: String, actor: String, summary: String) {
        self.timestamp = timestamp
        self.command = command
        self.actor = actor
        self.summary = summary
    }
}
