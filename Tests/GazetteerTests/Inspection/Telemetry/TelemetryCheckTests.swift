import Foundation
import Testing
@testable import Gazetteer

/// Hand-made message streams whose alerts are known from construction: positions are placed with the geodesic
/// direct problem at chosen distances from the marker, so each distance is known without measuring it back.
@Suite("Telemetry check")
struct TelemetryCheckTests {
    static let origin = Coordinate(119.5, 49.2)
    static let marker = BoundaryMarker(number: "1523014Q", lineCode: "1523", position: origin, smartDeviceId: "DEV-1")
    /// 2025-05-01T00:00:00Z.
    static let t0 = Date(timeIntervalSince1970: 1_746_057_600)

    /// A message `day` days after t0, `metres` east of the marker, with the given sensors.
    static func message(_ day: Double, metres: Double = 0, device: String = "DEV-1", tilt: Double? = 0.5, battery: Double? = 90,
                        tamper: Bool? = false, line: Int? = nil) -> TelemetryMessage {
        let position = metres == 0 ? origin : try! Geodesic.cgcs2000.direct(from: origin, azimuth: 90, distance: metres)
        let time = t0.addingTimeInterval(day * 86_400)
        return TelemetryMessage(deviceId: device, time: time, timeText: "day \(day)", position: position, tilt: tilt, battery: battery,
                                tamper: tamper, line: line ?? Int(day * 10) + 1)
    }

    func check(_ messages: [TelemetryMessage], registry: Bool = true, _ adjust: (inout TelemetryThresholds) -> Void = { _ in }) -> [Finding] {
        var thresholds = TelemetryThresholds()
        adjust(&thresholds)
        return TelemetryCheck.report(messages, markers: registry ? [Self.marker] : nil, thresholds: thresholds, source: "t.jsonl").findings
    }

    // 0.45 m a day keeps every distance off the thresholds (0.5 would put day 10 at 5 m exactly, where rounding decides).
    @Test("a slow drift of 0.45 m a day: one warning at the first message past 2 m (2.25 m), one critical past 5 m (5.4 m)")
    func slowDrift() {
        let messages = (0...14).map { Self.message(Double($0), metres: 0.45 * Double($0)) }
        let findings = check(messages.shuffled())
        #expect(findings.map(\.code.id) == ["telemetry.displacement-warning", "telemetry.displacement-critical"])
        #expect(findings.map(\.record) == ["line 51", "line 121"])
        #expect(abs((findings[0].measured?.value ?? 0) - 2.25) < 1e-6)
        #expect(abs((findings[1].measured?.value ?? 0) - 5.4) < 1e-6)
        #expect(findings.map(\.threshold) == [.metres(2), .metres(5)])
        #expect(findings[0].subjects == ["1523014Q", "1523", "DEV-1"])
        #expect(findings[1].severity == .error)
        #expect(findings[0].message(.en).contains("since day 5.0"))
        #expect(findings[0].message(.en).contains("its registered position"))
        if case .point(let point)? = findings[1].location { #expect(point.coordinate == messages[12].position) } else { Issue.record("no point") }
    }

    @Test("a single GNSS spike of 9 m that comes back, and a two-message one, raise nothing")
    func spike() {
        var messages = (0...9).map { Self.message(Double($0), metres: 0.3) }
        messages[4] = Self.message(4, metres: 9)
        #expect(check(messages).isEmpty)
        messages[5] = Self.message(5, metres: 9)
        #expect(check(messages).isEmpty)
        messages[6] = Self.message(6, metres: 9)
        #expect(check(messages).map(\.code.id) == ["telemetry.displacement-critical"], "three in a row is a move (knocked over 5 m at once: no separate warning)")
    }

    @Test("tilt, tamper and low battery each give exactly their alert, at the first message beyond the limit")
    func sensors() {
        let tilt = (0...5).map { Self.message(Double($0), tilt: $0 >= 3 ? 8 : 1) }
        let tiltFindings = check(tilt)
        #expect(tiltFindings.map(\.code.id) == ["telemetry.tilt"])
        #expect(tiltFindings.first?.record == "line 31")
        #expect(tiltFindings.first?.measured == Quantity(8, .degree))

        let tamper = (0...5).map { Self.message(Double($0), tamper: $0 == 2) }
        #expect(check(tamper).map(\.code.id) == ["telemetry.tamper"])
        #expect(check(tamper).first?.record == "line 21")

        let battery = [50.0, 30, 15, 10, 40].enumerated().map { Self.message(Double($0.offset), battery: $0.element) }
        let low = check(battery)
        #expect(low.map(\.code.id) == ["telemetry.low-battery"])
        #expect(low.first?.measured == Quantity(15, .percent))
        #expect(low.first?.threshold == Quantity(20, .percent))
    }

    @Test("silence: 10 days since the last message against --as-of-time with a 7-day limit; the latest message by default")
    func silence() {
        let quiet = [Self.message(0), Self.message(1)]
        let findings = check(quiet) { $0.asOf = Self.t0.addingTimeInterval(11 * 86_400) }
        #expect(findings.map(\.code.id) == ["telemetry.silent"])
        #expect(findings.first?.measured == Quantity(10, .day))
        #expect(findings.first?.record == "line 11")
        // Without --as-of-time the latest message of the file (another device's) is "now".
        let two = quiet + [Self.message(9, device: "DEV-2")]
        #expect(check(two, registry: false).map(\.code.id) == ["telemetry.silent"])
        #expect(check(two, registry: false).first?.subjects == ["DEV-1"])
    }

    @Test("a device no marker carries is telemetry.unknown-device; without a registry it is not, and drift is from its first position")
    func unknownDevice() {
        let stray = (0...3).map { Self.message(Double($0), metres: 1, device: "DEV-9") }
        let findings = check(stray)
        #expect(findings.map(\.code.id) == ["telemetry.unknown-device"])
        #expect(findings.first?.subjects == ["DEV-9"])
        #expect(findings.first?.measured == .count(4))
        #expect(check(stray, registry: false).isEmpty, "1 m from the marker, but 0 m from its own first position")

        let drift = (0...14).map { Self.message(Double($0), metres: 1 + 0.5 * Double($0)) }
        let unregistered = check(drift, registry: false)
        #expect(unregistered.map(\.code.id) == ["telemetry.displacement-warning", "telemetry.displacement-critical"])
        #expect(unregistered.map(\.record) == ["line 51", "line 111"])
        #expect(unregistered[0].message(.zh).contains("首次上报位置"))
    }

    @Test("the persistence rule on distances alone")
    func persistenceRule() {
        #expect(TelemetryDisplacement.firstPassage([0, 3, 0, 3, 3, 3, 0], beyond: 2, persistence: 3) == .init(index: 3, distance: 3))
        #expect(TelemetryDisplacement.firstPassage([0, 3, 3], beyond: 2, persistence: 3) == nil)
        #expect(TelemetryDisplacement.firstPassage([0, 3], beyond: 2, persistence: 1) == .init(index: 1, distance: 3))
    }
}
