/// The thresholds of ``MarkerCheck``, each with the reason for its default.
public struct MarkerCheckOptions: Sendable, Equatable {
    /// How far a single marker (单立) may stand from its registered line, by the line's level.
    ///
    /// The same figures as a line's own tolerance against its units' edge (``LineCheck/Tolerances``): a marker is
    /// surveyed by GNSS to ≤ 1 m (GB/T 17796), so what limits the comparison is the drawn line. Prefectural and
    /// county lines are drawn on 1:50,000 base maps, where 0.5 mm of drawing accuracy is 25 m on the ground;
    /// provincial lines are surveyed and published at larger scales, 10 m. A marker farther than that from the line
    /// it fixes means the marker moved or the line is drawn wrong. `--tolerance M` sets one value for every level.
    public var tolerances = LineCheck.Tolerances()
    /// The posts of a pair (同号双立) stand on both banks at comparable offsets: their distances from the line may
    /// differ by this share of the larger one… A line along a river's main channel (主航道) need not run midway
    /// between the banks, so one post may stand up to three times as far out as the other (a share of 2/3).
    public var pairBalanceRatio = 2.0 / 3.0
    /// …or by this many metres, whichever is more: two posts a few metres from a narrow ditch differ by metres
    /// without being unbalanced (twice the GNSS error plus the width of a ditch's bank).
    public var pairBalanceFloor = 5.0
    /// How far a post of a triple (同号三立) may stand from the tri-point it marks. Triples are set around the point
    /// within a few tens of metres (each on its own unit's side); 50 m is two plotting errors at 1:50,000.
    public var tripleRadius = 50.0
    /// A stretch between consecutive markers is long when it exceeds this multiple of the line's median spacing…
    public var longSpacingFactor = 3.0
    /// …and this many metres (below a kilometre, markers are simply close together in rough terrain).
    public var longSpacingFloor = 1_000.0
    /// Consecutive markers are unusually close when nearer than this share of the line's median spacing…
    public var shortSpacingFactor = 0.2
    /// …and than this many metres (4 mm at 1:50,000: two markers that close are drawn on top of each other).
    public var shortSpacingCeiling = 200.0
    /// Spacing is judged only on lines with at least this many intervals between markers (within the line's parts): a median of one or two
    /// intervals says nothing about what is usual.
    public var minimumSpacingIntervals = 3
    /// Landmarks (方位物) each marker needs (GB/T 17796: at least three, each with bearing and distance).
    public var minimumLandmarks = 3
    /// How far the point a landmark's recorded bearing and distance lead to may lie from its surveyed position:
    /// bearings are read to about 1°, which at the usual 300 m is 5 m across.
    public var landmarkTolerance = 5.0

    /// The documented defaults.
    public init() {}
}
