/// Writes a reviewed worklist's accept/reject decisions into a registry transaction: what `gazetteer findings apply`
/// and `gazetteer names apply` share.
public struct WorklistApplication {
    /// How many decisions changed something.
    public struct Counts: Sendable, Equatable {
        public var accepted = 0
        public var reopened = 0
        /// Rejections of findings that were not accepted: nothing to withdraw.
        public var unchanged = 0
    }

    let store: any RegistryStore
    /// The findings the registry has seen, by id.
    public let seen: [String: SeenFinding]
    /// The current review of each finding, by id.
    let current: [String: FindingReview]

    /// Reads what the registry has seen and reviewed.
    public init(store: any RegistryStore) throws {
        self.store = store
        seen = Dictionary(try store.seenFindings().map { ($0.finding, $0) }, uniquingKeysWith: { a, _ in a })
        current = Dictionary(try store.findingReviews(asOf: nil).map { ($0.finding, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Puts a review for each decision, effective `day`; an acceptance records the current version of each subject
    /// (so that a later change reopens it), a rejection of a finding that is not accepted changes nothing.
    public func apply(_ decisions: [WorklistDecisions.Decision], in transaction: any RegistryStoreTransaction, on day: RegistryDate,
                      actor: String) throws -> Counts {
        var counts = Counts()
        for decision in decisions {
            guard let finding = seen[decision.finding] else { continue }
            let isAccepted = current[decision.finding]?.status == .accepted
            if decision.status == .reopened && !isAccepted { counts.unchanged += 1; continue }
            let versions = decision.status == .accepted
                ? try FindingReviews.subjectVersions(finding.subjects, in: store) : current[decision.finding]?.subjectVersions ?? [:]
            try transaction.putReview(FindingReview(finding: decision.finding, code: finding.code, subjects: finding.subjects,
                                                    status: decision.status, reason: decision.reason, subjectVersions: versions,
                                                    actor: decision.reviewer ?? actor), on: day)
            if decision.status == .accepted { counts.accepted += 1 } else { counts.reopened += 1 }
        }
        return counts
    }
}
