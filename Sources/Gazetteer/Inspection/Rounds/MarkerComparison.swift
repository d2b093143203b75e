/// How one marker of a round compares with the registry: the registered post, what the team observed, the
/// displacement and its bearing, the class, and the post's observations in earlier rounds.
public struct MarkerComparison: Sendable, Equatable {
    /// What the comparison concluded about the post.
    public enum Outcome: String, Sendable, Equatable, CaseIterable {
        /// Observed within the GNSS uncertainty of its registered position.
        case withinTolerance = "within-tolerance"
        /// Beyond the uncertainty, short of the displaced threshold.
        case suspectedDisplacement = "suspected-displacement"
        /// At least the displaced threshold away, or reported displaced by the team.
        case displaced
        /// Not found on the ground.
        case missing
        /// Registered on the line, not in the round's records.
        case notVisited = "not-visited"
        /// In the field file, not registered on the line.
        case unknownMarker = "unknown-marker"

        /// A short label for tables.
        public func label(_ language: Language) -> String {
            switch self {
            case .withinTolerance: return language == .zh ? "在容差内" : "within tolerance"
            case .suspectedDisplacement: return language == .zh ? "疑似移位" : "suspected displacement"
            case .displaced: return language == .zh ? "移位" : "displaced"
            case .missing: return language == .zh ? "丢失" : "missing"
            case .notVisited: return language == .zh ? "未检查" : "not visited"
            case .unknownMarker: return language == .zh ? "未登记" : "not registered"
            }
        }
    }

    /// An observation of the post in an earlier round of the line.
    public struct Earlier: Sendable, Equatable {
        public var round: String
        public var year: Int
        public var observation: FieldObservation
        /// From that observation to this round's, when both have positions: metres and degrees from north.
        public var drift: Double?
        public var driftBearing: Double?

        /// An earlier observation; see the properties.
        public init(round: String, year: Int, observation: FieldObservation, drift: Double? = nil, driftBearing: Double? = nil) {
            self.round = round
            self.year = year
            self.observation = observation
            self.drift = drift
            self.driftBearing = driftBearing
        }
    }

    /// The marker number.
    public var number: String
    /// The registered post (nil for an unknown number).
    public var registered: BoundaryMarker?
    /// This round's observation (nil when not visited).
    public var observation: FieldObservation?
    /// Geodesic distance from the registered to the observed position, metres, and its bearing from true north.
    public var displacement: Double?
    public var bearing: Double?
    /// The GNSS uncertainty the displacement was judged against, metres.
    public var uncertainty: Double?
    public var outcome: Outcome
    /// Earlier rounds' observations of the post, oldest first.
    public var history: [Earlier]
    /// The codes of the findings about this post, in the order found.
    public var findingCodes: [String]

    /// A comparison; see the properties.
    public init(number: String, registered: BoundaryMarker?, observation: FieldObservation?, displacement: Double? = nil,
                bearing: Double? = nil, uncertainty: Double? = nil, outcome: Outcome, history: [Earlier] = [], findingCodes: [String] = []) {
        self.number = number
        self.registered = registered
        self.observation = observation
        self.displacement = displacement
        self.bearing = bearing
        self.uncertainty = uncertainty
        self.outcome = outcome
        self.history = history
        self.findingCodes = findingCodes
    }
}
