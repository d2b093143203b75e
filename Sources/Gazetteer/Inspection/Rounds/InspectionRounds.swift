/// The life of an inspection round on a registry: open it, import observations, compare, close.
///
/// Each step checks what it can before the registry's transaction begins and writes everything it writes in one
/// transaction with an audit entry; a refused step writes nothing.
public enum InspectionRounds {
    /// Opens a round of `line` and returns it.
    /// - Parameters:
    ///   - parties: the parties, at least two (the two provinces, or prefectures, or counties of the line).
    ///   - on: the day it is opened.
    /// - Throws: ``RoundError`` for an unknown line, a bad year or ordinal, fewer than two parties, or a duplicate
    ///   ordinal for the line.
    @discardableResult
    public static func create(line: String, ordinal: Int, year: Int, parties: [String], by actor: String, on day: RegistryDate,
                              store: any RegistryStore, command: String) throws -> InspectionRound {
        guard ordinal >= 1 else { throw RoundError.badOrdinal(ordinal) }
        guard InspectionRound.plausibleYears.contains(year) else { throw RoundError.badYear(year) }
        let parties = parties.map(\.trimmedWhitespace)
        guard parties.count >= 2, !parties.contains(where: \.isEmpty), Set(parties).count == parties.count else {
            throw RoundError.badParties(parties.joined(separator: ","))
        }
        guard try store.record(.lines, key: line) != nil else { throw RoundError.unknownLine(line) }
        if let existing = try store.inspectionRounds(line: line).first(where: { $0.ordinal == ordinal }) {
            throw RoundError.duplicateOrdinal(line: line, ordinal: ordinal, existing: existing.id)
        }
        let round = InspectionRound(id: InspectionRound.id(line: line, ordinal: ordinal), lineCode: line, ordinal: ordinal, year: year,
                                    parties: parties, openedBy: actor, openedOn: day)
        try store.write(command: command, actor: actor) { transaction in
            try transaction.insertRound(round)
            try transaction.setSummary("inspection round \(round.id) opened: line \(line), \(year), parties \(parties.joined(separator: ","))")
        }
        return round
    }

    /// The round `id`, or ``RoundError/unknownRound(_:)``.
    public static func round(_ id: String, in store: any RegistryStore) throws -> InspectionRound {
        guard let round = try store.inspectionRound(id) else { throw RoundError.unknownRound(id) }
        return round
    }

    /// Adds `observations` (already read and validated, see ``ObservationReader``) to open round `id`, all in one
    /// transaction; returns how many were added.
    /// - Throws: ``RoundError/closed(_:on:decision:)`` for a closed round.
    @discardableResult
    public static func importObservations(_ observations: [FieldObservation], into id: String, by actor: String, store: any RegistryStore,
                                          command: String) throws -> Int {
        try store.write(command: command, actor: actor) { transaction in
            guard let round = try transaction.inspectionRound(id) else { throw RoundError.unknownRound(id) }
            if let closed = round.closedOn { throw RoundError.closed(id, on: closed, decision: round.decision) }
            for observation in observations { try transaction.insertObservation(observation, round: id) }
            try transaction.setSummary("inspection round \(id): \(observations.count) observations imported")
            return observations.count
        }
    }

    /// Compares round `id` with the registry as it stood on `asOf`; when nil, now for an open round and the day
    /// before the close for a closed one (so that the close's own status updates do not appear as the registered
    /// state the team compared against, and the report of a closed round reads as it was signed).
    public static func compare(_ id: String, store: any RegistryStore, asOf: RegistryDate? = nil,
                               options: RoundComparison.Options = RoundComparison.Options()) throws -> RoundComparison {
        let round = try round(id, in: store)
        let asOf = asOf ?? round.closedOn?.dayBefore
        let line = try store.record(BoundaryLine.self, key: round.lineCode, asOf: asOf)
        var registered: [BoundaryMarker] = [], elsewhere: [String: String] = [:]
        for marker in try store.records(BoundaryMarker.self, asOf: asOf) {
            if marker.lineCode == round.lineCode { registered.append(marker) } else { elsewhere[marker.number] = marker.lineCode }
        }
        let earlier = try store.inspectionRounds(line: round.lineCode).filter { $0.ordinal < round.ordinal }
            .map { (round: $0, observations: try store.observations(round: $0.id)) }
        return try RoundComparison(round: round, line: line, registered: registered, elsewhere: elsewhere,
                                   observations: try store.observations(round: id), earlier: earlier, options: options)
    }

    /// What closing a round did.
    public struct Closing: Sendable, Equatable {
        public var round: InspectionRound
        /// The findings recorded as the round's findings of record.
        public var findingsRecorded: Int
        /// The markers whose status changed, with the new status, in number order.
        public var statusChanges: [(number: String, status: MarkerStatus)]

        public static func == (a: Closing, b: Closing) -> Bool {
            a.round == b.round && a.findingsRecorded == b.findingsRecorded
                && a.statusChanges.map(\.number) == b.statusChanges.map(\.number) && a.statusChanges.map(\.status) == b.statusChanges.map(\.status)
        }
    }

    /// The status a post gets at the close from its comparison, or nil to leave it: missing, damaged (also tilted
    /// or buried), displaced, rebuilt (the team rebuilt it at its registered position), intact when it was
    /// recorded otherwise and is now found in order (a rebuilt post found in order stays rebuilt). Posts not visited,
    /// and suspected displacements, keep theirs.
    public static func closingStatus(_ entry: MarkerComparison) -> MarkerStatus? {
        guard let observation = entry.observation, entry.registered != nil else { return nil }
        switch entry.outcome {
        case .missing: return .missing
        case .displaced: return .displaced
        case .notVisited, .unknownMarker, .suspectedDisplacement: return nil
        case .withinTolerance:
            if observation.condition.needsRepair { return .damaged }
            if observation.condition == .rebuilt { return .rebuilt }
            // A post rebuilt earlier and found in order stays "rebuilt": its record says it is not the original.
            return entry.registered?.status == .rebuilt ? nil : .intact
        }
    }

    /// Closes round `id` on `day` with `decision`: records its findings (in `round_findings` and as findings seen,
    /// so they can be accepted by id), updates the status of each post whose condition changed with a new marker
    /// version and its change event carrying `decision`, and marks the round closed — all in one transaction.
    /// - Throws: ``RoundError/closed(_:on:decision:)`` for a round closed already, ``RoundError/noObservations(_:)``
    ///   for a round without observations, and the store's errors (then nothing is written).
    public static func close(_ id: String, decision: String, on day: RegistryDate, by actor: String, store: any RegistryStore,
                             command: String, options: RoundComparison.Options = RoundComparison.Options(),
                             timestamp: String) throws -> Closing {
        let round = try round(id, in: store)
        if let closed = round.closedOn { throw RoundError.closed(id, on: closed, decision: round.decision) }
        guard !(try store.observations(round: id)).isEmpty else { throw RoundError.noObservations(id) }
        let comparison = try compare(id, store: store, options: options)
        return try store.write(command: command, actor: actor) { transaction in
            let writer = RegistryWriter(transaction)
            guard let current = try transaction.inspectionRound(id), current.closedOn == nil else {
                throw RoundError.closed(id, on: day, decision: decision)
            }
            for finding in comparison.findings {
                try transaction.recordRoundFinding(RoundFindingRecord(finding, round: id))
                try transaction.recordSeen(SeenFinding(finding, source: "inspection round \(id)", at: timestamp))
            }
            var changes: [(String, MarkerStatus)] = []
            for entry in comparison.markers {
                guard let status = closingStatus(entry), let marker = entry.registered, marker.status != status else { continue }
                let update = RegistryRecord(layer: .markers, fields: ["number": .text(marker.number), "status": .text(status.rawValue)],
                                            geometry: nil, carriedFields: ["status"])
                if case .changed = try writer.upsert(update, effective: day, decision: decision) { changes.append((marker.number, status)) }
            }
            try transaction.closeRound(id, on: day, decision: decision)
            try transaction.setSummary("inspection round \(id) closed (\(decision)): \(comparison.findings.count) findings recorded; " + writer.summary)
            var closed = current
            closed.closedOn = day
            closed.decision = decision
            return Closing(round: closed, findingsRecorded: comparison.findings.count, statusChanges: changes)
        }
    }
}
