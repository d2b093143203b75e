/// Boundary marker (界桩) validation (`gazetteer inspect markers`): position, numbering, spacing and reference
/// landmarks of every marker of the lines checked, as GB/T 17796-2009 and the joint-inspection rules
/// (民政部令第28号) describe them.
///
/// Each line is projected once into its Gauss-Krüger zone and indexed by segment (``LineSegmentIndex``); each
/// marker is projected once and located once — distance, position along the line and side in one search — and
/// every check reads those figures:
/// - ``MarkerPositionCheck``: single markers within the level's tolerance of the line (`marker.off-line`), pairs
///   on both sides at comparable offsets (`marker.pair-same-side`, `marker.pair-unbalanced`), triples around a
///   tri-point (`marker.triple-off-tripoint`), faces and posts as the kind needs (`marker.faces-mismatch`,
///   `marker.group-incomplete`);
/// - ``MarkerNumberingCheck``: unique numbers (`marker.duplicate-number`), numbers that fit the line and kind, with
///   A on the side of the smaller province code (`marker.number-mismatch`), increasing along the line
///   (`marker.out-of-order`, only the misplaced ones named), no gaps or repeats (`marker.sequence-gap`);
/// - ``MarkerSpacingCheck``: `marker.spacing-long`, `marker.spacing-short`;
/// - ``LandmarkCheck``: `marker.landmarks-missing`, `marker.landmark-mismatch`.
public enum MarkerCheck {
    /// The findings for `input`, line by line (in the order of `input.lines`), then the markers of unknown lines.
    /// - Throws: ``GeodesyError`` when PROJ cannot project; ``GeometryError`` for a line that cannot be indexed.
    public static func findings(_ input: MarkerCheckInput, options: MarkerCheckOptions = MarkerCheckOptions()) throws -> [Finding] {
        let byLine = Dictionary(grouping: input.markers.map(MarkerRecord.init), by: \.source.marker.lineCode)
        var zones: [GaussKrugerZone: CoordinateTransformation] = [:]
        var findings: [Finding] = []
        for line in input.lines {
            guard let geometry = line.geometry, !geometry.lineStrings.isEmpty, let markers = byLine[line.code] else { continue }
            let prepared = try MarkerLine(line: line, geometry: geometry, markers: markers, network: input.network, zones: &zones)
            findings += MarkerPositionCheck.findings(prepared, options: options)
            findings += MarkerNumberingCheck.findings(prepared)
            findings += MarkerSpacingCheck.findings(prepared, options: options)
            for marker in prepared.markers { findings += try LandmarkCheck.findings(marker, options: options) }
        }
        let known = Set(input.lines.map(\.code))
        for sourced in input.markers where !known.contains(sourced.marker.lineCode) {
            let m = sourced.marker
            findings.append(Finding(.markerLineUnknown, subjects: [m.number, m.lineCode], location: .point(Point(m.position)),
                                    file: sourced.file, record: sourced.record,
                                    values: ["marker": .text(m.number), "line": .text(m.lineCode)]))
        }
        return findings
    }

    /// The findings as a report: the lines as map subjects, every marker counted as checked.
    public static func report(_ input: MarkerCheckInput, options: MarkerCheckOptions = MarkerCheckOptions()) throws -> FindingReport {
        let subjects = input.lines.compactMap { line in
            line.geometry.map { ReportSubject(id: line.code, name: line.name, geometry: $0) }
        }
        return FindingReport(
            title: LocalizedText(zh: "界桩检查", en: "Boundary marker check"), source: input.source, subjects: subjects,
            findings: try findings(input, options: options), checked: input.markers.count,
            totals: [FindingSummary.Total(key: "lines", label: LocalizedText(zh: "界线", en: "lines"),
                                          quantity: Quantity(Double(input.lines.count), .count))])
    }
}
