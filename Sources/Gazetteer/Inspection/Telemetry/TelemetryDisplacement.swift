/// The displacement rule: when a device's position has left its reference position, filtered so that GNSS noise and
/// single outliers do not raise alerts.
///
/// Rule: a threshold is *passed* when ``TelemetryThresholds/persistence`` consecutive messages (3 by default, in
/// time order) all lie farther than it from the reference. The alert is dated at the first message of that run and
/// carries that message's distance. Each threshold raises at most one alert per device: a slow drift gives one
/// warning (past 2 m) and one critical (past 5 m), not one per message. A spike of fewer messages than the
/// persistence that comes back is ignored, and so is a run still too short at the end of the file (the next export
/// confirms it or not). When the warning's run starts at the same message as the critical one (a marker knocked
/// straight over 5 m), only the critical alert is raised.
public enum TelemetryDisplacement {
    /// A threshold passed: the index (into the messages given) of the first message of the run, and its distance.
    public struct Passage: Sendable, Equatable {
        /// Index of the first message of the run beyond the threshold.
        public var index: Int
        /// That message's distance from the reference, metres.
        public var distance: Double
    }

    /// Where `distances` (one per message, in time order) first stay beyond `threshold` for `persistence` messages.
    public static func firstPassage(_ distances: [Double], beyond threshold: Double, persistence: Int) -> Passage? {
        let needed = max(1, persistence)
        var runStart: Int?
        for (i, distance) in distances.enumerated() {
            if distance > threshold {
                let start = runStart ?? i
                runStart = start
                if i - start + 1 >= needed { return Passage(index: start, distance: distances[start]) }
            } else {
                runStart = nil
            }
        }
        return nil
    }

    /// The warning and critical passages of one device's `distances` under `thresholds` (the warning dropped when it
    /// starts with the critical one).
    public static func passages(_ distances: [Double], thresholds: TelemetryThresholds) -> (warning: Passage?, critical: Passage?) {
        let critical = firstPassage(distances, beyond: thresholds.criticalDisplacement, persistence: thresholds.persistence)
        var warning = firstPassage(distances, beyond: thresholds.warnDisplacement, persistence: thresholds.persistence)
        if let w = warning, let c = critical, w.index >= c.index { warning = nil }
        return (warning, critical)
    }
}
