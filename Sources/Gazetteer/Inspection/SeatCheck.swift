/// A change of a unit's registered seat position between two of its versions, with the decision recorded for it.
public struct SeatMove: Sendable, Equatable {
    /// The unit's code.
    public var code: String
    /// The position before (CGCS2000 longitude/latitude).
    public var before: Coordinate
    /// The position after.
    public var after: Coordinate
    /// The day the new position took effect.
    public var date: RegistryDate?
    /// The decision (文件号) of the `moved` change event of that day, when one was recorded.
    public var decision: String?

    /// A move; see the properties.
    public init(code: String, before: Coordinate, after: Coordinate, date: RegistryDate?, decision: String?) {
        self.code = code
        self.before = before
        self.after = after
        self.date = date
        self.decision = decision
    }
}

/// Government seats (政府驻地, `gazetteer inspect seats`, also part of `inspect topology`): each unit's seat inside its
/// own polygon, and each change of a seat's position authorised by a decision.
public enum SeatCheck {
    /// Seat positions that differ by less than this (metres) are the same position (rounding of stored coordinates).
    public static let samePosition = 1.0

    /// One ``FindingCode/seatOutside`` per unit whose seat lies outside its (repaired) polygon, with the distance in
    /// metres (Gauss-Krüger zone) from the seat to the polygon.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func outside(_ context: CoverageContext) throws -> [Finding] {
        var findings: [Finding] = []
        for (i, unit) in context.units.enumerated() {
            guard let seat = unit.seat, let polygon = context.polygons[i] else { continue }
            let projected = try context.metres(.point(Point(seat)))
            guard case .point(let p) = projected, !(try polygon.covers(p.coordinate)) else { continue }
            let distance = try polygon.distance(to: p.coordinate)
            findings.append(Finding(
                .seatOutside, subjects: [unit.code], location: .point(Point(seat)), measured: .metres(distance), threshold: .metres(0),
                file: unit.file, record: unit.record,
                values: ["unit": .text(unit.label), "distance": .quantity(.metres(distance)),
                         "position": .text("\(Quantity.fixed(seat.x, decimals: 6)) \(Quantity.fixed(seat.y, decimals: 6))")]))
        }
        return findings
    }

    /// One ``FindingCode/seatMovedWithoutDecision`` per move without a decision, located by the line from the old
    /// position to the new one, with the geodesic distance moved.
    /// - Throws: ``GeodesyError`` when a distance cannot be measured.
    public static func movedWithoutDecision(_ moves: [SeatMove], labels: [String: String]) throws -> [Finding] {
        try moves.filter { ($0.decision ?? "").isEmpty }.map { move in
            let distance = try Geodesic.cgcs2000.inverse(from: move.before, to: move.after).distance
            return Finding(
                .seatMovedWithoutDecision, subjects: [move.code], location: .lineString(LineString([move.before, move.after])),
                measured: .metres(distance),
                values: ["unit": .text(labels[move.code] ?? move.code), "distance": .quantity(.metres(distance)),
                         "date": .text(move.date?.description ?? "—")])
        }
    }

    /// The seat moves of `units` in `store` up to `asOf` (all when nil): consecutive versions whose seat positions
    /// differ by more than ``samePosition``, each with the decision of the `moved` event recorded on the day the new
    /// version starts.
    /// - Throws: the store's errors; ``RecordConversionError`` for a version that does not convert.
    public static func moves(in store: any RegistryStore, units: [String], asOf: RegistryDate? = nil) throws -> [SeatMove] {
        var moves: [SeatMove] = []
        for code in units {
            let versions = try store.versions(.units, key: code).map { try AdminUnit(record: $0.record) }
            guard versions.count > 1 else { continue }
            let events = try store.events(.units, key: code).filter { $0.kind == .moved }
            for (old, new) in zip(versions, versions.dropFirst()) {
                guard let before = old.seat?.position, let after = new.seat?.position,
                      try Geodesic.cgcs2000.inverse(from: before, to: after).distance > samePosition else { continue }
                let date = new.lifespan.validFrom
                if let asOf, let date, date > asOf { continue }
                let decision = events.last { $0.date == date }?.decisionReference
                moves.append(SeatMove(code: code, before: before, after: after, date: date, decision: decision))
            }
        }
        return moves
    }

    /// The seats report of `input`: validity of the polygons, seats outside their unit, moves without a decision.
    /// - Throws: as ``outside(_:)`` and ``movedWithoutDecision(_:labels:)``.
    public static func report(_ input: CheckInput) throws -> FindingReport {
        let context = try CoverageContext(units: input.units)
        let outcome = try outcome(context, input: input)
        return FindingReport(
            title: LocalizedText(zh: "政府驻地检查", en: "Government seats"), source: input.source, subjects: seatSubjects(input) + context.reportSubjects,
            findings: input.problems + context.findings + outcome.findings, checked: input.units.count,
            totals: outcome.totals, statement: outcome.statement, dataSources: input.dataSources)
    }

    /// The seats part of a run: findings, totals and the verdict in a sentence.
    public static func outcome(_ context: CoverageContext, input: CheckInput) throws
        -> (findings: [Finding], totals: [FindingSummary.Total], statement: LocalizedText) {
        let outside = try outside(context)
        let labels = Dictionary(input.units.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
        let moved = try movedWithoutDecision(input.seatMoves, labels: labels)
        let withSeat = input.units.filter { $0.seat != nil }.count
        let totals: [FindingSummary.Total] = [
            .init(key: "seats", label: LocalizedText(zh: "有驻地的单元", en: "units with a seat"), quantity: .count(withSeat)),
            .init(key: "seats_outside", label: LocalizedText(zh: "驻地在单元外", en: "seats outside their unit"), quantity: .count(outside.count)),
            .init(key: "seat_moves", label: LocalizedText(zh: "驻地位置变更", en: "seat moves"), quantity: .count(input.seatMoves.count)),
            .init(key: "moves_without_decision", label: LocalizedText(zh: "无决定的驻地变更", en: "moves without a decision"), quantity: .count(moved.count)),
        ]
        let statement = LocalizedText(
            zh: "驻地：\(withSeat) 个单元登记了驻地，\(outside.count) 个在本单元之外；驻地位置变更 \(input.seatMoves.count) 次，其中 \(moved.count) 次无批准决定。",
            en: "Seats: \(withSeat) unit(s) have a seat, \(outside.count) outside their unit; \(input.seatMoves.count) seat move(s), \(moved.count) without a decision.")
        return (outside + moved, totals, statement)
    }

    /// The seats as points for the map.
    static func seatSubjects(_ input: CheckInput) -> [ReportSubject] {
        input.units.compactMap { unit in unit.seat.map { ReportSubject(id: unit.code, name: unit.name, geometry: .point(Point($0))) } }
    }
}
