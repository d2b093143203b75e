/// A reviewer's decision on a finding, kept in the registry: an accepted exception (例外), or its withdrawal.
///
/// Reviews are versioned like every record: accepting opens a version, reopening closes it and opens a `reopened`
/// one, nothing is deleted, and `--as-of` answers which findings were accepted on a day.
public struct FindingReview: Sendable, Equatable {
    /// What the reviewer decided.
    public enum Status: String, Sendable, CaseIterable {
        /// An accepted exception: the finding is true and allowed (an enclave, a legal duplicate name).
        case accepted
        /// The acceptance was withdrawn: the finding counts again.
        case reopened
    }

    /// The finding's id (``Finding/identity``).
    public var finding: String
    /// Its code and subjects when it was reviewed, for lists and for noticing that a subject changed.
    public var code: String
    public var subjects: [String]
    public var status: Status
    /// Why, in the reviewer's words.
    public var reason: String
    /// The decision (文号) that allows the exception, when there is one.
    public var decision: String?
    /// The last day the acceptance holds; after it the finding counts again. `nil`: until reopened.
    public var until: RegistryDate?
    /// Each subject that is a registry record, with the row id of its version when the review was made
    /// (`"units:150723" → 12`): a finding whose subject has a newer version is reopened automatically.
    public var subjectVersions: [String: Int64]
    /// Who reviewed.
    public var actor: String
    /// When the review was in force.
    public var lifespan: Lifespan

    public init(finding: String, code: String, subjects: [String], status: Status, reason: String, decision: String? = nil,
                until: RegistryDate? = nil, subjectVersions: [String: Int64] = [:], actor: String, lifespan: Lifespan = Lifespan()) {
        self.finding = finding
        self.code = code
        self.subjects = subjects
        self.status = status
        self.reason = reason
        self.decision = decision
        self.until = until
        self.subjectVersions = subjectVersions
        self.actor = actor
        self.lifespan = lifespan
    }
}

/// How a finding stands after the registry's reviews are applied to it.
public enum FindingStatus: Sendable, Equatable {
    /// Nobody accepted it, or the acceptance was withdrawn: it counts.
    case open
    /// An accepted exception: shown apart, ignored by the exit status.
    case accepted(FindingReview)
    /// It was accepted, but the acceptance no longer holds: a subject changed since, or its `until` date passed.
    case reopenedAutomatically(FindingReview, why: LocalizedText)

    /// Whether the finding is an accepted exception now.
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    /// The word for the status: open, accepted or reopened.
    public var keyword: String {
        switch self {
        case .open: return "open"
        case .accepted: return "accepted"
        case .reopenedAutomatically: return "reopened"
        }
    }
}
