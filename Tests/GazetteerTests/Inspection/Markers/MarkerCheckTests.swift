import Foundation
import Testing
@testable import Gazetteer

/// Marker validation on hand-built lines whose answers are known from construction: a line due north along the
/// central meridian of EPSG:4549 (120° E, scale factor 1), markers set out from it with geodesic offsets
/// (``Geodesic/direct(from:azimuth:distance:)``), so a marker put 3 m east stands 3 m from the line.
@Suite("Marker checks")
struct MarkerCheckTests {
    static let start = Coordinate(120.0, 49.0)
    static let end = Coordinate(120.0, 49.5)
    static let county = "150701-150702"

    static func line(code: String = county, level: BoundaryLevel = .county, left: String = "150701", right: String = "150702") -> BoundaryLine {
        BoundaryLine(code: code, name: code, level: level, leftUnitCode: left, rightUnitCode: right,
                     geometry: .lineString(LineString([start, end])))
    }

    /// The point `km` along the line, moved `east` metres east (negative: west, the line's left).
    static func at(_ km: Double, east: Double = 0) throws -> Coordinate {
        let onLine = try Geodesic.cgcs2000.direct(from: start, azimuth: 0, distance: km * 1000)
        return east == 0 ? onLine : try Geodesic.cgcs2000.direct(from: onLine, azimuth: east > 0 ? 90 : 270, distance: abs(east))
    }

    static let landmarks = [ReferenceLandmark(name: "a", bearing: 10, distance: 100), ReferenceLandmark(name: "b", bearing: 130, distance: 200),
                            ReferenceLandmark(name: "c", bearing: 250, distance: 150)]

    static func marker(_ number: String, _ position: Coordinate, line: String = county, kind: MarkerKind = .single, faces: Int? = nil,
                       landmarks: [ReferenceLandmark] = landmarks) -> BoundaryMarker {
        BoundaryMarker(number: number, lineCode: line, kind: kind, faces: faces ?? (kind == .triple ? 3 : 2), position: position, landmarks: landmarks)
    }

    static func number(_ sequence: Int, _ letter: String = "", line: String = county) -> String {
        line.count == 4 ? line + String(format: "%03d", sequence) + (letter.isEmpty ? "Q" : letter) : "\(line)-" + String(format: "%03d", sequence) + letter
    }

    /// Singles 1–10 every 5 km from 2.5 km, and triple 11 around the north end (25 m out, one post to each side).
    static func clean(line code: String = county) throws -> [BoundaryMarker] {
        var markers = try (1...10).map { marker(number($0, line: code), try at(Double($0) * 5 - 2.5), line: code) }
        for (letter, azimuth) in [("C", 0.0), ("D", 120.0), ("E", 240.0)] {
            markers.append(marker(number(11, letter, line: code), try Geodesic.cgcs2000.direct(from: end, azimuth: azimuth, distance: 25),
                                  line: code, kind: .triple))
        }
        return markers
    }

    static func check(_ markers: [BoundaryMarker], line: BoundaryLine = line(), options: MarkerCheckOptions = MarkerCheckOptions()) throws -> [Finding] {
        try MarkerCheck.findings(MarkerCheckInput(lines: [line], markers: markers.map { SourcedMarker($0) }), options: options)
    }

    static func replacing(_ markers: [BoundaryMarker], _ number: String, with new: [BoundaryMarker]) -> [BoundaryMarker] {
        guard let i = markers.firstIndex(where: { $0.number == number }) else { return markers }
        var result = markers
        result.replaceSubrange(i...i, with: new)
        return result
    }

    @Test("a clean line, county and provincial, gives no findings")
    func clean() throws {
        #expect(try Self.check(Self.clean()).isEmpty)
        let provincial = Self.line(code: "1523", level: .provincial, left: "150000", right: "230000")
        #expect(try Self.check(Self.clean(line: "1523"), line: provincial).isEmpty)
    }

    @Test("a marker 3 m off its line with a 1 m tolerance: marker.off-line, 3.00 m against 1 m; none at the default 25 m")
    func offLine() throws {
        let markers = Self.replacing(try Self.clean(), Self.number(4), with: [Self.marker(Self.number(4), try Self.at(17.5, east: 3))])
        var options = MarkerCheckOptions()
        options.tolerances = .init(uniform: 1)
        let findings = try Self.check(markers, options: options)
        #expect(findings.map(\.code) == [.markerOffLine])
        #expect(findings.first?.subjects == [Self.number(4), Self.county])
        #expect(abs((findings.first?.measured?.value ?? 0) - 3) < 0.002)
        #expect(findings.first?.threshold == .metres(1))
        #expect(try Self.check(markers).isEmpty)
    }

    @Test("two markers swapped: both named out of order, no other")
    func outOfOrder() throws {
        var markers = try Self.clean()
        let four = try #require(markers.firstIndex { $0.number == Self.number(4) })
        let seven = try #require(markers.firstIndex { $0.number == Self.number(7) })
        (markers[four].position, markers[seven].position) = (markers[seven].position, markers[four].position)
        let findings = try Self.check(markers)
        #expect(findings.map(\.code) == [.markerOutOfOrder, .markerOutOfOrder])
        #expect(findings.map { $0.subjects[0] } == [Self.number(4), Self.number(7)])
        // Numbered against the line's direction throughout is a numbering sense, not a fault (GB/T 17796: N→S).
        var reversed = try Self.clean()
        for i in 0..<10 { reversed[i].position = try Self.at(55 - Double(i + 1) * 5) }
        reversed = reversed.filter { $0.kind != .triple }
        #expect(try Self.check(reversed).isEmpty)
    }

    @Test("a duplicated number: marker.duplicate-number, count 2, and nothing else")
    func duplicate() throws {
        let markers = try Self.clean() + [Self.marker(Self.number(5), try Self.at(52.5))]
        let findings = try Self.check(markers)
        #expect(findings.map(\.code) == [.markerDuplicateNumber])
        #expect(findings.first?.measured == Quantity(2, .count))
        #expect(findings.first?.subjects == [Self.number(5), Self.county])
    }

    @Test("a pair on one side: marker.pair-same-side; balanced on both sides passes; 5 m and 40 m is unbalanced")
    func pairs() throws {
        func pair(_ a: Double, _ b: Double) throws -> [BoundaryMarker] {
            Self.replacing(try Self.clean(), Self.number(6), with: [
                Self.marker(Self.number(6, "A"), try Self.at(27.5, east: a), kind: .pair),
                Self.marker(Self.number(6, "B"), try Self.at(27.5, east: b), kind: .pair),
            ])
        }
        let same = try Self.check(try pair(-20, -30))
        #expect(same.map(\.code) == [.markerPairSameSide])
        #expect(same.first?.subjects == [Self.number(6, "A"), Self.number(6, "B"), Self.county])
        #expect(try Self.check(try pair(-20, 25)).isEmpty)
        let unbalanced = try Self.check(try pair(-5, 40))
        #expect(unbalanced.map(\.code) == [.markerPairUnbalanced])
        // |40 − 5| = 35 m against 2/3 × 40 m = 26.67 m.
        #expect(abs((unbalanced.first?.measured?.value ?? 0) - 35) < 0.01)
        #expect(abs((unbalanced.first?.threshold?.value ?? 0) - 80.0 / 3) < 0.01)
    }

    @Test("a triple 4.6 km from the line's end: marker.triple-off-tripoint; a two-faced triple post: marker.faces-mismatch")
    func triple() throws {
        var markers = try Self.clean().filter { $0.kind != .triple }
        let centre = try Self.at(51)
        for (letter, azimuth) in [("C", 0.0), ("D", 120.0), ("E", 240.0)] {
            markers.append(Self.marker(Self.number(11, letter), try Geodesic.cgcs2000.direct(from: centre, azimuth: azimuth, distance: 25), kind: .triple))
        }
        let findings = try Self.check(markers)
        #expect(findings.map(\.code) == [.markerTripleOffTriPoint])
        #expect(findings.first?.subjects == [Self.number(11, "C"), Self.number(11, "D"), Self.number(11, "E"), Self.county])
        // The line is 55.597 km long (geodesic, 49.0–49.5° N); the farthest post (D or E) stands ~4.6 km from its end.
        let farthest = findings.first?.measured?.value ?? 0
        #expect(farthest > 4_580 && farthest < 4_620)
        var twoFaced = try Self.clean()
        twoFaced[twoFaced.count - 1].faces = 2
        #expect(try Self.check(twoFaced).map(\.code) == [.markerFacesMismatch])
    }

    @Test("provincial numbers: a wrong line code, and A on the side of the larger province code: marker.number-mismatch")
    func provincialNumbers() throws {
        let provincial = Self.line(code: "1523", level: .provincial, left: "150000", right: "230000")
        let wrongLine = Self.replacing(try Self.clean(line: "1523"), "1523004Q", with: [Self.marker("1524004Q", try Self.at(17.5), line: "1523")])
        let findings = try Self.check(wrongLine, line: provincial)
        #expect(findings.map(\.code) == [.markerNumberMismatch])
        #expect(findings.first?.subjects == ["1524004Q", "1523"])
        // Walking north, the left (west) is Inner Mongolia (15): A belongs there. Here A stands east, B west.
        let swapped = Self.replacing(try Self.clean(line: "1523"), "1523006Q", with: [
            Self.marker("1523006A", try Self.at(27.5, east: 20), line: "1523", kind: .pair),
            Self.marker("1523006B", try Self.at(27.5, east: -20), line: "1523", kind: .pair),
        ])
        let sides = try Self.check(swapped, line: provincial)
        #expect(sides.map(\.code) == [.markerNumberMismatch])
        #expect(sides.first?.subjects == ["1523006A", "1523006B", "1523"])
        // The other way round is correct.
        let correct = Self.replacing(try Self.clean(line: "1523"), "1523006Q", with: [
            Self.marker("1523006A", try Self.at(27.5, east: -20), line: "1523", kind: .pair),
            Self.marker("1523006B", try Self.at(27.5, east: 20), line: "1523", kind: .pair),
        ])
        #expect(try Self.check(correct, line: provincial).isEmpty)
        // A type letter that contradicts the recorded kind.
        let kind = Self.replacing(try Self.clean(line: "1523"), "1523003Q", with: [Self.marker("1523003Q", try Self.at(12.5), line: "1523", kind: .pair)])
        #expect(try Self.check(kind, line: provincial).map(\.code).contains(.markerNumberMismatch))
    }

    @Test("a 12 km stretch among 1 km spacings is long; 50 m among them is short; gaps in the numbering")
    func spacingAndGaps() throws {
        func singles(_ kms: [Double]) throws -> [BoundaryMarker] {
            try kms.enumerated().map { Self.marker(Self.number($0.offset + 1), try Self.at($0.element)) }
        }
        let long = try Self.check(try singles([1, 2, 3, 4, 5, 6, 7, 8, 20, 21]))
        #expect(long.map(\.code) == [.markerSpacingLong])
        #expect(long.first?.subjects == [Self.number(8), Self.number(9), Self.county])
        // 12 km against max(3 × 1 km median, 1 km).
        #expect(abs((long.first?.measured?.value ?? 0) - 12) < 0.001)
        #expect(abs((long.first?.threshold?.value ?? 0) - 3) < 0.001)
        let short = try Self.check(try singles([1, 2, 3, 4, 4.05, 5, 6, 7, 8, 9]))
        #expect(short.map(\.code) == [.markerSpacingShort])
        #expect(abs((short.first?.measured?.value ?? 0) - 50) < 0.01)
        #expect(short.first?.threshold == .metres(200))
        // Numbers 1, 2, 5: 3–4 are missing.
        let gap = try Self.check([Self.marker(Self.number(1), try Self.at(1)), Self.marker(Self.number(2), try Self.at(2)),
                                  Self.marker(Self.number(5), try Self.at(5))])
        #expect(gap.map(\.code) == [.markerSequenceGap])
        #expect(gap.first?.values["numbers"] == .text("3–4"))
    }

    @Test("two landmarks: marker.landmarks-missing; a bearing 2° off at 300 m: marker.landmark-mismatch of 600·sin 1° = 10.47 m")
    func landmarks() throws {
        let few = Self.replacing(try Self.clean(), Self.number(2), with: [
            Self.marker(Self.number(2), try Self.at(7.5), landmarks: Array(Self.landmarks.prefix(2)))])
        let missing = try Self.check(few)
        #expect(missing.map(\.code) == [.markerLandmarksMissing])
        #expect(missing.first?.measured == Quantity(2, .count))
        #expect(missing.first?.threshold == Quantity(3, .count))
        let position = try Self.at(12.5)
        let tower = try Geodesic.cgcs2000.direct(from: position, azimuth: 45, distance: 300)
        func with(bearing: Double) throws -> [BoundaryMarker] {
            Self.replacing(try Self.clean(), Self.number(3), with: [Self.marker(Self.number(3), position, landmarks: Array(Self.landmarks.prefix(2))
                + [ReferenceLandmark(name: "瞭望塔", bearing: bearing, distance: 300, position: tower)])])
        }
        #expect(try Self.check(try with(bearing: 45)).isEmpty)
        let mismatch = try Self.check(try with(bearing: 47))
        #expect(mismatch.map(\.code) == [.markerLandmarkMismatch])
        #expect(abs((mismatch.first?.measured?.value ?? 0) - 600 * sin(.pi / 180)) < 0.01)
    }

    @Test("a marker naming a line not checked: marker.line-unknown")
    func unknownLine() throws {
        let findings = try Self.check(try Self.clean() + [Self.marker("X-001", try Self.at(3), line: "X")])
        #expect(findings.map(\.code) == [.markerLineUnknown])
    }

    @Test("the longest increasing subsequence names the fewest misplaced")
    func longestIncreasing() {
        #expect(LongestIncreasingSubsequence.indices([1, 2, 9, 4, 5, 6]) == [0, 1, 3, 4, 5])
        #expect(LongestIncreasingSubsequence.indices([]) == [])
        #expect(LongestIncreasingSubsequence.indices([3, 2, 1]).count == 1)
    }
}
