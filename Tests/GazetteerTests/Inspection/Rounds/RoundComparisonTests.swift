import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Comparing a round's observations with the registry: hand-made cases whose answers are known from construction.
@Suite("Inspection rounds: comparison")
struct RoundComparisonTests {
    @Test("a Gauss-Krüger field file: 4 m to the north-east, a missing post, an unknown number, a post not visited — and nothing else")
    func handMadeRound() throws {
        let (registry, dir) = try RoundFixtures.registry()
        let round = try RoundFixtures.open(registry)
        #expect(round.id == "1523-4")
        try RoundFixtures.importCSV(RoundFixtures.fieldCSV, into: round.id, registry: registry, dir: dir)
        let comparison = try InspectionRounds.compare(round.id, store: registry)

        let codes = comparison.findings.map { "\($0.code.id) \($0.subjects.joined())" }
        #expect(codes == ["observation.suspected-displacement 1523001Q", "marker.missing 1523003Q", "marker.not-visited 1523004Q",
                          "observation.unknown-marker 1523099Q"])

        let moved = try #require(comparison.markers.first { $0.number == "1523001Q" })
        #expect(abs(try #require(moved.displacement) - 4.0) < 0.01)
        #expect(abs(try #require(moved.bearing) - 45.0) < 0.2)
        #expect(moved.outcome == .suspectedDisplacement)
        #expect(abs(try #require(moved.uncertainty) - 0.55) < 1e-9) // 0.5 m tolerance + 0.05 m recorded accuracy
        #expect(moved.observation?.photos == ["IMG_0001.jpg", "IMG_0002.jpg"])
        let finding = comparison.findings[0]
        #expect(abs((finding.measured?.value ?? 0) - 4.0) < 0.01 && finding.measured?.unit == .metre)
        #expect(finding.threshold == .metres(0.55))

        let still = try #require(comparison.markers.first { $0.number == "1523002Q" })
        #expect(try #require(still.displacement) < 0.01)
        #expect(still.outcome == .withinTolerance && still.findingCodes.isEmpty)
        #expect(comparison.markers.first { $0.number == "1523003Q" }?.outcome == .missing)
        #expect(comparison.markers.first { $0.number == "1523004Q" }?.outcome == .notVisited)
        let unknown = try #require(comparison.findings.last)
        #expect(unknown.record == "line 5")
        #expect(unknown.message(.en).contains("line 1523"))
    }

    @Test("beyond the displaced threshold is observation.displaced; --tolerance and --displaced move the classes")
    func thresholds() throws {
        let marker = BoundaryMarker(number: "1523001Q", lineCode: "1523", position: Coordinate(x: 122.5, y: 50.02))
        let round = InspectionRound(id: "1523-1", lineCode: "1523", ordinal: 1, year: 2025, parties: ["甲", "乙"], openedBy: "t",
                                    openedOn: RegistryDate("2025-01-01")!)
        let moved = try Geodesic.cgcs2000.direct(from: marker.position, azimuth: 90, distance: 6)
        let observation = FieldObservation(number: "1523001Q", position: moved, condition: .intact)
        let strict = try RoundComparison(round: round, line: nil, registered: [marker], observations: [observation])
        #expect(strict.findings.map(\.code) == [.observationDisplaced])
        #expect(abs((strict.markers[0].bearing ?? 0) - 90) < 1e-6)
        let loose = try RoundComparison(round: round, line: nil, registered: [marker], observations: [observation],
                                        options: RoundComparison.Options(tolerance: 7, displaced: 10))
        #expect(loose.findings.isEmpty)
        #expect(loose.markers[0].outcome == .withinTolerance)
    }

    @Test("against an earlier round: a post that moved 2 m between rounds drifts; its history is kept")
    func drift() throws {
        let marker = BoundaryMarker(number: "1523001Q", lineCode: "1523", position: Coordinate(x: 122.5, y: 50.02))
        func round(_ ordinal: Int, _ year: Int) -> InspectionRound {
            InspectionRound(id: "1523-\(ordinal)", lineCode: "1523", ordinal: ordinal, year: year, parties: ["甲", "乙"], openedBy: "t",
                            openedOn: RegistryDate("\(year)-01-01")!)
        }
        let before = FieldObservation(number: "1523001Q", position: marker.position, condition: .intact)
        let now = FieldObservation(number: "1523001Q", position: try Geodesic.cgcs2000.direct(from: marker.position, azimuth: 180, distance: 2),
                                   condition: .tilted)
        let comparison = try RoundComparison(round: round(2, 2025), line: nil, registered: [marker], observations: [now],
                                             earlier: [(round: round(1, 2020), observations: [before])])
        #expect(comparison.findings.map(\.code) == [.observationSuspectedDisplacement, .markerDamaged, .observationDrift])
        let history = try #require(comparison.markers.first?.history.first)
        #expect(history.round == "1523-1" && abs((history.drift ?? 0) - 2) < 1e-6 && abs((history.driftBearing ?? 0) - 180) < 1e-6)
    }

    @Test("conditions are read in English and Chinese")
    func conditions() {
        #expect(MarkerCondition(term: " 丢失 ") == .missing)
        #expect(MarkerCondition(term: "Tilted") == .tilted)
        #expect(MarkerCondition(term: "掩埋") == .buried)
        #expect(MarkerCondition(term: "gone") == nil)
    }
}
