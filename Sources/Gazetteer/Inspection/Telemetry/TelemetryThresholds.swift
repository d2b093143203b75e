import Foundation

/// The limits a telemetry check compares messages with. The defaults follow vendor practice (DOMAIN.md §5.5): a
/// consumer-grade BeiDou/GNSS receiver wanders by a metre or so, so 2 m is a warning and 5 m a marker that moved.
public struct TelemetryThresholds: Sendable, Equatable {
    /// Displacement that raises a warning, metres.
    public var warnDisplacement: Double = 2
    /// Displacement that raises a critical alert, metres.
    public var criticalDisplacement: Double = 5
    /// Tilt from the vertical beyond which the post is leaning (pushed, undermined, hit), degrees.
    public var maxTilt: Double = 5
    /// Silence longer than this many days: the device is offline (flat battery, stolen, buried).
    public var silenceDays: Double = 7
    /// Battery below this percentage.
    public var lowBattery: Double = 20
    /// How many consecutive messages of a device must lie beyond a displacement threshold before it counts: a single
    /// GNSS outlier (multipath, a poor fix) that comes back is not a moved marker. The alert is dated at the first
    /// message of the run.
    public var persistence: Int = 3
    /// The time silence is measured up to; `nil`: the latest message in the file.
    public var asOf: Date?

    /// The defaults.
    public init() {}
}
