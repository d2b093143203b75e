import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Opening, importing into and closing rounds on a registry: refusals write nothing, the close writes everything.
@Suite("Inspection rounds: lifecycle")
struct RoundLifecycleTests {
    @Test("create refuses an unknown line, a bad year, too few parties and a duplicate ordinal")
    func createRefusals() throws {
        let (registry, _) = try RoundFixtures.registry()
        try RoundFixtures.open(registry)
        func create(_ line: String, _ ordinal: Int, _ year: Int, _ parties: [String]) throws {
            try InspectionRounds.create(line: line, ordinal: ordinal, year: year, parties: parties, by: "t", on: RegistryDate("2025-06-01")!,
                                        store: registry, command: "test")
        }
        #expect(throws: RoundError.unknownLine("9999")) { try create("9999", 1, 2025, ["甲", "乙"]) }
        #expect(throws: RoundError.badYear(25)) { try create("1523", 5, 25, ["甲", "乙"]) }
        #expect(throws: RoundError.badParties("甲")) { try create("1523", 5, 2025, ["甲"]) }
        #expect(throws: RoundError.duplicateOrdinal(line: "1523", ordinal: 4, existing: "1523-4")) { try create("1523", 4, 2030, ["甲", "乙"]) }
        #expect(try registry.inspectionRounds(line: "1523").map(\.id) == ["1523-4"])
    }

    @Test("malformed rows are refused with their line numbers and nothing of the file is written")
    func malformedRows() throws {
        let (registry, dir) = try RoundFixtures.registry()
        let round = try RoundFixtures.open(registry)
        let bad = """
            点号,E,N,状况
            1523001Q,464169.9228,5543194.2442,完好
            1523002Q,464181.9537,5545416.0128,歪了
            1523003Q,,,intact
            1523004Q,abc,5545416.0128,intact
            1523001Q,464169.9228,5543194.2442,完好
            1523005Q,5543194.2442,464169.9228,完好

            """
        #expect {
            try RoundFixtures.importCSV(bad, into: round.id, registry: registry, dir: dir)
        } throws: { error in
            guard case RoundError.malformedObservations(_, let problems) = error else { return false }
            let lines = problems.map(\.en).compactMap { $0.split(separator: ":").first.map(String.init) }
            return lines == ["line 3", "line 4", "line 5", "line 6", "line 7"] && problems[0].en.contains("歪了")
                && problems[4].en.contains("CRS is probably wrong") && problems[1].zh.hasPrefix("第 4 行")
        }
        #expect(try registry.observations(round: round.id).isEmpty)
    }

    @Test("an observation time that is not a day, or a day after today, is refused with its line")
    func observationTimes() throws {
        let (registry, dir) = try RoundFixtures.registry()
        let round = try RoundFixtures.open(registry)
        let text = """
            点号,E,N,状况,时间
            1523001Q,464169.9228,5543194.2442,完好,2025-06-09 10:30
            1523002Q,464181.9537,5545416.0128,完好,昨天下午
            1523003Q,464181.9537,5545416.0128,完好,2205-06-09
            1523004Q,464181.9537,5545416.0128,完好,2025-06-10
            1523005Q,464181.9537,5545416.0128,完好,20250608 16:05

            """
        let path = try RegistryFixtures.file(dir, "times.csv", text)
        let reader = ObservationReader(mapping: try FieldMapping(parsing: RoundFixtures.fieldMapping), crs: try CRS("EPSG:4550"),
                                       today: RegistryDate("2025-06-09"))
        #expect {
            try reader.read(path)
        } throws: { error in
            guard case RoundError.malformedObservations(_, let problems) = error else { return false }
            let lines = problems.map(\.en).compactMap { $0.split(separator: ":").first.map(String.init) }
            return lines == ["line 3", "line 4", "line 5"] && problems[0].en.contains("昨天下午")
                && problems[1].en.contains("must begin with the day") && problems[2].en.contains("after today (2025-06-09)")
        }
        #expect(try registry.observations(round: round.id).isEmpty)
    }

    @Test("close records the findings, updates marker status with change events carrying the decision; a second close and later imports are refused")
    func close() throws {
        let (registry, dir) = try RoundFixtures.registry()
        let round = try RoundFixtures.open(registry)
        try RoundFixtures.importCSV(RoundFixtures.fieldCSV, into: round.id, registry: registry, dir: dir)
        let closing = try InspectionRounds.close(round.id, decision: "蒙黑联检〔2025〕1号", on: RegistryDate("2025-07-15")!, by: "tester",
                                                 store: registry, command: "test", timestamp: "2025-07-15T00:00:00Z")
        #expect(closing.findingsRecorded == 4)
        #expect(closing.statusChanges.map(\.number) == ["1523003Q"])
        #expect(closing.statusChanges.map(\.status) == [.missing])

        let marker = try #require(try registry.record(BoundaryMarker.self, key: "1523003Q"))
        #expect(marker.status == .missing)
        #expect(try registry.record(BoundaryMarker.self, key: "1523003Q", asOf: RegistryDate("2025-07-14")!)?.status == .intact)
        let events = try registry.events(.markers, key: "1523003Q")
        #expect(events.last?.decisionReference == "蒙黑联检〔2025〕1号" && events.last?.date == RegistryDate("2025-07-15"))
        #expect(try registry.versions(.markers, key: "1523001Q").count == 1) // a suspected displacement keeps its status

        let recorded = try registry.roundFindings(round: round.id)
        #expect(recorded.map(\.code) == ["observation.suspected-displacement", "marker.missing", "marker.not-visited", "observation.unknown-marker"])
        #expect(abs((recorded[0].measured?.value ?? 0) - 4) < 0.01 && recorded[0].threshold?.unit == .metre)
        #expect(Set(try registry.seenFindings().map(\.finding)).isSuperset(of: recorded.map(\.finding)))
        let closed = try #require(try registry.inspectionRound(round.id))
        #expect(closed.closedOn == RegistryDate("2025-07-15") && closed.decision == "蒙黑联检〔2025〕1号")
        #expect(closed.isClosed(asOf: RegistryDate("2025-07-14")) == false)

        #expect(throws: RoundError.closed(round.id, on: RegistryDate("2025-07-15")!, decision: "蒙黑联检〔2025〕1号")) {
            try InspectionRounds.close(round.id, decision: "again", on: RegistryDate("2025-08-01")!, by: "t", store: registry, command: "test",
                                       timestamp: "x")
        }
        #expect(throws: RoundError.self) {
            try RoundFixtures.importCSV(RoundFixtures.fieldCSV, into: round.id, registry: registry, dir: dir, name: "late.csv")
        }
        #expect(try registry.observations(round: round.id).count == 4)
    }

    @Test("observations are append-only: a marker imported again supersedes its earlier observation")
    func supersede() throws {
        let (registry, dir) = try RoundFixtures.registry()
        let round = try RoundFixtures.open(registry)
        try RoundFixtures.importCSV(RoundFixtures.fieldCSV, into: round.id, registry: registry, dir: dir)
        try RoundFixtures.importCSV("点号,E,N,状况\n1523003Q,464181.9537,5545416.0128,rebuilt\n", into: round.id, registry: registry, dir: dir,
                                    name: "second.csv")
        let observations = try registry.observations(round: round.id)
        #expect(observations.count == 4)
        #expect(observations.first { $0.number == "1523003Q" }?.condition == .rebuilt)
    }
}

/// The day before a date, across month and year ends and leap days.
@Suite("Inspection rounds: dates")
struct RoundDateTests {
    @Test("dayBefore")
    func dayBefore() {
        #expect(RegistryDate("2025-07-15")!.dayBefore == RegistryDate("2025-07-14"))
        #expect(RegistryDate("2024-03-01")!.dayBefore == RegistryDate("2024-02-29"))
        #expect(RegistryDate("2025-03-01")!.dayBefore == RegistryDate("2025-02-28"))
        #expect(RegistryDate("2025-01-01")!.dayBefore == RegistryDate("2024-12-31"))
        #expect(RegistryDate("2025-05-01")!.dayBefore == RegistryDate("2025-04-30"))
    }
}
