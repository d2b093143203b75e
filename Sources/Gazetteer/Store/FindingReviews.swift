/// The registry's reviews of findings, applied to the findings of a check run.
///
/// A finding is an accepted exception when its current review accepts it, the review's `until` day has not passed,
/// and none of its subjects that are registry records has a newer version than when it was accepted (a moved
/// boundary, an edited name: the fact may have changed, so the finding is reopened automatically and says why).
public struct FindingReviews {
    let store: any RegistryStore
    /// The current review of each finding, by finding id.
    public let reviews: [String: FindingReview]
    /// The day the reviews are judged on (an `until` before it has lapsed).
    public let today: RegistryDate

    /// The reviews in force on `asOf` (the current ones when nil), judged on `today`.
    public init(store: any RegistryStore, asOf: RegistryDate? = nil, today: RegistryDate) throws {
        self.store = store
        self.today = today
        reviews = Dictionary(try store.findingReviews(asOf: asOf).map { ($0.finding, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// How `finding` stands after the reviews.
    public func status(of finding: Finding) throws -> FindingStatus {
        guard let review = reviews[finding.identity], review.status == .accepted else { return .open }
        if let until = review.until, today > until {
            return .reopenedAutomatically(review, why: LocalizedText(zh: "接受期限 \(until) 已过", en: "the acceptance lapsed on \(until)"))
        }
        let now = try Self.subjectVersions(review.subjects, in: store)
        for (subject, version) in review.subjectVersions.sorted(by: { $0.key < $1.key }) where now[subject] != version {
            return .reopenedAutomatically(review, why: LocalizedText(
                zh: "\(subject) 在接受之后已有变更（新版本）", en: "\(subject) has changed since the acceptance (a new version)"))
        }
        return .accepted(review)
    }

    /// The row id of the current version of each subject that is a registry record, as `"layer:key" → id`.
    public static func subjectVersions(_ subjects: [String], in store: any RegistryStore) throws -> [String: Int64] {
        var versions: [String: Int64] = [:]
        for subject in subjects {
            for layer in Layer.allCases {
                if let stored = try store.record(layer, key: subject) { versions["\(layer.rawValue):\(subject)"] = stored.fid }
            }
        }
        return versions
    }
}
