/// A round's observations against the registered markers of its line: per marker, the displacement in metres and
/// its bearing, the class, the history in earlier rounds; and the findings.
///
/// **Thresholds** (DOMAIN.md §5.4: a deviation beyond GNSS uncertainty is a *suspected* displacement, not proof):
/// - the GNSS uncertainty of a post is ``Options/tolerance`` (0.5 m by default: the field receivers' own scatter, RTK
///   to handheld GNSS) plus the marker's recorded accuracy (`accuracy`, 0.05 m for the demo's RTK survey; 0 when not
///   recorded): the two positions' errors add up in the worst case;
/// - beyond it, `observation.suspected-displacement`; at or beyond ``Options/displaced`` (5 m by default, the
///   critical figure smart-marker vendors use and ten times the uncertainty) `observation.displaced`, as also when
///   the team reports the post displaced although it stands at its registered position (the registered position
///   itself is then in question);
/// - between rounds, `observation.drift` when two observed positions of a post differ by more than twice the
///   tolerance (both observations carry it).
/// Distances and bearings are geodesic on the CGCS2000 ellipsoid (GeographicLib's inverse problem), exact at any
/// distance, so no projection zone needs choosing.
public struct RoundComparison: Sendable {
    /// The thresholds (see the type's documentation).
    public struct Options: Sendable, Equatable {
        /// The observation's GNSS uncertainty, metres (`--tolerance`).
        public var tolerance: Double
        /// The displaced threshold, metres (`--displaced`).
        public var displaced: Double

        public static let defaultTolerance = 0.5
        public static let defaultDisplaced = 5.0

        /// Options; the defaults are documented on ``RoundComparison``.
        public init(tolerance: Double = Options.defaultTolerance, displaced: Double = Options.defaultDisplaced) {
            self.tolerance = tolerance
            self.displaced = displaced
        }
    }

    public var round: InspectionRound
    /// The line, when registered (its geometry draws the report's map).
    public var line: BoundaryLine?
    /// One entry per registered marker of the line and per unknown number, registered ones in number order first.
    public var markers: [MarkerComparison]
    /// Every finding, in marker order.
    public var findings: [Finding]
    public var options: Options

    /// Compares `observations` with the `registered` markers of `round`'s line.
    /// - Parameters:
    ///   - elsewhere: the line each other registered marker number stands on, to say where an unknown number belongs.
    ///   - earlier: earlier rounds of the line with their observations, oldest first.
    public init(round: InspectionRound, line: BoundaryLine?, registered: [BoundaryMarker], elsewhere: [String: String] = [:],
                observations: [FieldObservation], earlier: [(round: InspectionRound, observations: [FieldObservation])] = [],
                options: Options = Options()) throws(GeodesyError) {
        self.round = round
        self.line = line
        self.options = options
        let observed = Dictionary(observations.map { ($0.number, $0) }, uniquingKeysWith: { _, b in b })
        var markers: [MarkerComparison] = [], findings: [Finding] = []
        let geodesic = Geodesic.cgcs2000

        for marker in registered.sorted(by: { $0.number < $1.number }) {
            var entry = MarkerComparison(number: marker.number, registered: marker, observation: observed[marker.number], outcome: .notVisited)
            var found: [Finding] = []
            func add(_ finding: Finding) { found.append(finding) }
            let registeredPoint = Geometry.point(Point(marker.position))
            guard let observation = entry.observation else {
                add(Finding(.markerNotVisited, subjects: [marker.number], location: registeredPoint,
                            values: ["subject": .text(marker.number), "round": .text(round.id)]))
                entry.findingCodes = found.map(\.code.id)
                markers.append(entry)
                findings += found
                continue
            }
            let note: FindingValue = observation.notes.map { .text("（\($0)）") } ?? ""
            let uncertainty = options.tolerance + (marker.accuracy ?? 0)
            entry.uncertainty = uncertainty
            if let position = observation.position {
                let inverse = try geodesic.inverse(from: marker.position, to: position)
                entry.displacement = inverse.distance
                entry.bearing = Self.bearing(inverse.initialAzimuth, distance: inverse.distance)
                let location = Geometry.point(Point(position))
                let values: [String: FindingValue] = [
                    "subject": .text(marker.number), "distance": .quantity(.metres(inverse.distance)),
                    "bearing": .text(Self.bearingText(entry.bearing)), "threshold": .quantity(.metres(uncertainty)),
                    "displaced": .quantity(.metres(options.displaced)),
                ]
                if inverse.distance >= options.displaced || observation.condition == .displaced {
                    entry.outcome = .displaced
                    var v = values
                    v["threshold"] = .quantity(.metres(options.displaced))
                    v["basis"] = inverse.distance >= options.displaced
                        ? .localized(LocalizedText(zh: "实测移位", en: "measured"))
                        : .localized(LocalizedText(zh: "联检组报告移位（实测位于登记位置附近，登记坐标本身可能有误）",
                                                   en: "reported displaced by the field team (observed near its registered position, which may itself be wrong)"))
                    add(Finding(.observationDisplaced, subjects: [marker.number], location: location, measured: .metres(inverse.distance),
                                threshold: .metres(options.displaced), values: v))
                } else if inverse.distance > uncertainty {
                    entry.outcome = .suspectedDisplacement
                    add(Finding(.observationSuspectedDisplacement, subjects: [marker.number], location: location,
                                measured: .metres(inverse.distance), threshold: .metres(uncertainty), values: values))
                } else {
                    entry.outcome = .withinTolerance
                }
            } else {
                entry.outcome = .missing
            }
            if observation.condition == .missing {
                entry.outcome = .missing
                add(Finding(.markerMissing, subjects: [marker.number], location: registeredPoint, values: [
                    "subject": .text(marker.number),
                    "registered": .localized(LocalizedText(zh: marker.status?.chinese ?? "未记录", en: marker.status?.rawValue ?? "not recorded")),
                    "note": note,
                ]))
            } else if observation.condition.needsRepair {
                add(Finding(.markerDamaged, subjects: [marker.number], location: observation.position.map { .point(Point($0)) } ?? registeredPoint,
                            values: ["subject": .text(marker.number),
                                     "condition": .localized(LocalizedText(zh: observation.condition.chinese, en: observation.condition.rawValue)),
                                     "note": note]))
            }
            // Earlier rounds: the post's history, and drift from the latest earlier position.
            for (earlierRound, earlierObservations) in earlier {
                guard let old = earlierObservations.first(where: { $0.number == marker.number }) else { continue }
                var item = MarkerComparison.Earlier(round: earlierRound.id, year: earlierRound.year, observation: old)
                if let a = old.position, let b = observation.position {
                    let inverse = try geodesic.inverse(from: a, to: b)
                    item.drift = inverse.distance
                    item.driftBearing = Self.bearing(inverse.initialAzimuth, distance: inverse.distance)
                }
                entry.history.append(item)
            }
            if let last = entry.history.last(where: { $0.drift != nil }), let drift = last.drift, drift > 2 * options.tolerance,
               let position = observation.position {
                add(Finding(.observationDrift, subjects: [marker.number], location: .point(Point(position)), measured: .metres(drift),
                            threshold: .metres(2 * options.tolerance), values: [
                                "subject": .text(marker.number), "previous": .text(last.round), "previous_year": .text(String(last.year)),
                                "distance": .quantity(.metres(drift)), "bearing": .text(Self.bearingText(last.driftBearing)),
                                "threshold": .quantity(.metres(2 * options.tolerance)),
                            ]))
            }
            entry.findingCodes = found.map(\.code.id)
            markers.append(entry)
            findings += found
        }

        let registeredNumbers = Set(registered.map(\.number))
        for observation in observations.sorted(by: { $0.number < $1.number }) where !registeredNumbers.contains(observation.number) {
            let other = elsewhere[observation.number]
            let finding = Finding(.observationUnknownMarker, subjects: [observation.number],
                                  location: observation.position.map { .point(Point($0)) }, file: observation.file, record: observation.record,
                                  values: [
                                      "subject": .text(observation.number), "line": .text(round.lineCode),
                                      "elsewhere": .localized(other.map { LocalizedText(zh: "（登记在界线 \($0) 上）", en: " (it is registered on line \($0))") }
                                                              ?? LocalizedText(zh: "", en: "")),
                                      "record": .text([observation.file, observation.record].compactMap { $0 }.joined(separator: " ")),
                                  ])
            markers.append(MarkerComparison(number: observation.number, registered: nil, observation: observation, outcome: .unknownMarker,
                                            findingCodes: [finding.code.id]))
            findings.append(finding)
        }
        self.markers = markers
        self.findings = findings
    }

    /// An azimuth as a bearing in [0, 360); nil for a zero distance, which has none.
    static func bearing(_ azimuth: Double, distance: Double) -> Double? {
        guard distance > 0 else { return nil }
        let b = azimuth.truncatingRemainder(dividingBy: 360)
        return b < 0 ? b + 360 : b
    }

    /// "45.0°", or "—" without a bearing.
    public static func bearingText(_ bearing: Double?) -> String {
        bearing.map { Quantity.fixed($0, decimals: 1) + "°" } ?? "—"
    }

    /// How many markers have each outcome, in the outcomes' order.
    public var outcomeCounts: [(MarkerComparison.Outcome, Int)] {
        MarkerComparison.Outcome.allCases.map { outcome in (outcome, markers.filter { $0.outcome == outcome }.count) }
    }

    /// The comparison as a findings report for the shared renderers: the line and the registered posts are the
    /// subjects, so the HTML map shows where each finding lies.
    public var report: FindingReport {
        var subjects: [ReportSubject] = []
        if let line, let geometry = line.geometry { subjects.append(ReportSubject(id: line.code, name: line.name, geometry: geometry)) }
        for entry in markers {
            if let marker = entry.registered { subjects.append(ReportSubject(id: marker.number, geometry: .point(Point(marker.position)))) }
        }
        let measured = markers.filter { $0.displacement != nil }.count
        let totals = outcomeCounts.filter { $0.1 > 0 }.map { outcome, count in
            FindingSummary.Total(key: outcome.rawValue, label: LocalizedText(zh: outcome.label(.zh), en: outcome.label(.en)), quantity: .count(count))
        }
        return FindingReport(
            title: LocalizedText(zh: "联检比对：\(round.id)（界线 \(round.lineCode)，\(round.year) 年第 \(round.ordinal) 次）",
                                 en: "Inspection round \(round.id): line \(round.lineCode), \(round.year), round \(round.ordinal)"),
            source: nil, subjects: subjects, findings: findings, checked: markers.count, totals: totals + [
                FindingSummary.Total(key: "measured", label: LocalizedText(zh: "有实测坐标", en: "with a measured position"), quantity: .count(measured)),
            ])
    }
}
