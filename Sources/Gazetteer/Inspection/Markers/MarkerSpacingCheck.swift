/// The spacing of one line's markers along the line: stretches much longer than the line's median spacing, and
/// markers much closer than it (``MarkerCheckOptions`` gives the factors and the absolute limits).
enum MarkerSpacingCheck {
    static func findings(_ line: MarkerLine, options: MarkerCheckOptions) -> [Finding] {
        // The posts of a pair or triple count as one marker: they stand together by design. Intervals are taken
        // within each part of the line; the median over all of them.
        let parts = line.groupsByPart.map { $0.sorted { $0.position < $1.position } }
        let intervals = parts.flatMap { groups in zip(groups, groups.dropFirst()).map { (from: $0, to: $1, spacing: $1.position - $0.position) } }
        guard intervals.count >= options.minimumSpacingIntervals else { return [] }
        let spacings = intervals.map(\.spacing)
        let sorted = spacings.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        let long = max(options.longSpacingFactor * median, options.longSpacingFloor)
        let short = min(options.shortSpacingFactor * median, options.shortSpacingCeiling)
        var findings: [Finding] = []
        for (from, to, spacing) in intervals {
            let code: FindingCode, threshold: Double, inKilometres: Bool
            if spacing > long {
                (code, threshold, inKilometres) = (.markerSpacingLong, long, true)
            } else if spacing < short {
                (code, threshold, inKilometres) = (.markerSpacingShort, short, false)
            } else {
                continue
            }
            func q(_ metres: Double) -> Quantity { inKilometres ? .kilometres(fromMetres: metres) : .metres(metres) }
            findings.append(from.members[0].finding(
                code, subjects: from.numbers + to.numbers + [line.line.code], measured: q(spacing), threshold: q(threshold),
                location: line.stretch(from.members[0], to.members[0]),
                values: ["line": line.label, "from": .text(from.label), "to": .text(to.label), "spacing": .quantity(q(spacing)),
                         "median": .quantity(q(median)), "threshold": .quantity(q(threshold))]))
        }
        return findings
    }
}
