import Foundation
import Gazetteer

/// Six weeks of messages from the demo's six smart markers (MarkerConditions.smart), as JSON lines, for
/// `gazetteer inspect telemetry`: `data/boundaries/demo_telemetry.jsonl`.
///
/// Every device reports every 6 hours from 2025-05-01 to 2025-06-11: position with GNSS noise (σ 0.35 m per axis
/// around the registered position, so a quiet device stays well inside 2 m), tilt 0.2–1.0°, battery following a
/// solar day (80–100 %), tamper false. The HLBE devices write Beijing time (+08:00), the XAM devices UTC (`Z`).
/// One day of ZNJZ-HLBE-0002 is delivered late (written at the end of the file): out of time order on purpose.
///
/// Planted events (the alerts the check must raise, and only these):
/// - ZNJZ-HLBE-0001 (1523014Q): a slow drift of 0.2 m a day from 2025-05-08 towards 120°, past 2 m around
///   05-18 (warning) and past 5 m around 06-02 (critical);
/// - ZNJZ-HLBE-0002 (1523029Q): tilted 12° from 2025-05-20T14:00+08:00;
/// - ZNJZ-HLBE-0003 (150702-150724-002): the tamper alarm at 2025-05-27T02:00+08:00 (one message);
/// - ZNJZ-XAM-0011 (150700-152200-002): silent after 2025-05-25T18:00Z;
/// - ZNJZ-XAM-0012 (150700-152200-005): a failing battery, below 20 % from 2025-05-30;
/// - ZNJZ-XAM-0013 (150700-152200-008): quiet, with one GNSS outlier 8 m off at 2025-05-15T06:00Z, which must not be
///   reported (it comes back at the next message).
enum Telemetry {
    static let start = DemoDate(2025, 5, 1)
    static let days = 42
    static let drift = (device: "ZNJZ-HLBE-0001", from: DemoDate(2025, 5, 8), metresPerDay: 0.2, azimuth: 120.0)
    static let tilted = (device: "ZNJZ-HLBE-0002", from: DemoDate(2025, 5, 20), slot: 2, degrees: 12.0)
    static let tamper = (device: "ZNJZ-HLBE-0003", on: DemoDate(2025, 5, 27), slot: 0)
    static let silent = (device: "ZNJZ-XAM-0011", after: DemoDate(2025, 5, 25), slot: 3)
    static let battery = (device: "ZNJZ-XAM-0012", failing: DemoDate(2025, 5, 16))
    static let outlier = (device: "ZNJZ-XAM-0013", on: DemoDate(2025, 5, 15), slot: 1, metres: 8.0)
    static let late = (device: "ZNJZ-HLBE-0002", on: DemoDate(2025, 5, 5))

    /// Writes the messages of the smart markers among `markers`; returns how many.
    static func write(_ markers: [DemoMarker], to path: String) throws -> Int {
        var lines: [String] = [], delayed: [String] = []
        let smart = MarkerConditions.smart.compactMap { s in markers.first { $0.number == s.number }.map { (s.device, $0) } }
        guard smart.count == MarkerConditions.smart.count else { throw DemoDataError("telemetry: a smart marker was not generated") }
        var streams = Dictionary(uniqueKeysWithValues: smart.map { ($0.0, SeededGenerator(label: "telemetry/" + $0.0)) })
        for dayIndex in 0..<days {
            let date = start.adding(days: dayIndex)
            for slot in 0..<4 {
                for (device, marker) in smart {
                    if device == silent.device && (date > silent.after || (date == silent.after && slot > silent.slot)) { continue }
                    var rng = streams[device]!
                    defer { streams[device] = rng }
                    let utc = device.hasPrefix("ZNJZ-XAM")
                    let time = utc ? "\(date.text)T\(pad(slot * 6)):00:00Z" : "\(date.text)T\(pad(2 + slot * 6)):00:00+08:00"
                    // GNSS noise: two normal deviates (Box–Muller), metres east and north.
                    let radius = 0.35 * (-2 * log(1 - rng.unit())).squareRoot(), angle = 2 * Double.pi * rng.unit()
                    var east = radius * cos(angle), north = radius * sin(angle)
                    if device == drift.device && date > drift.from {
                        let metres = drift.metresPerDay * (Double(date.day - drift.from.day) + Double(slot) / 4)
                        east += metres * sin(drift.azimuth * .pi / 180)
                        north += metres * cos(drift.azimuth * .pi / 180)
                    }
                    if device == outlier.device && date == outlier.on && slot == outlier.slot { east += outlier.metres }
                    let offset = (east * east + north * north).squareRoot()
                    let position = try Geodesic.cgcs2000.direct(from: marker.position, azimuth: atan2(east, north) * 180 / .pi, distance: offset)
                    var tilt = rng.uniform(0.2, 1.0)
                    if device == tilted.device && (date > tilted.from || (date == tilted.from && slot >= tilted.slot)) { tilt += tilted.degrees }
                    let sun = [0.0, 4.0, 10.0, 6.0][slot]
                    var charge = min(100, 86 + sun + rng.uniform(-2, 2))
                    if device == battery.device && date >= battery.failing { charge = max(3, 60 - 3 * Double(date.day - battery.failing.day) + sun / 2) }
                    let tampered = device == tamper.device && date == tamper.on && slot == tamper.slot
                    let line = "{\"device_id\":\"\(device)\",\"time\":\"\(time)\",\"lon\":\(fixed(position.x, 8)),\"lat\":\(fixed(position.y, 8)),"
                        + "\"tilt\":\(fixed(tilt, 1)),\"battery\":\(fixed(charge, 0)),\"tamper\":\(tampered)}"
                    if device == late.device && date == late.on { delayed.append(line) } else { lines.append(line) }
                }
            }
        }
        let all = lines + delayed
        try (all.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return all.count
    }

    private static func pad(_ hour: Int) -> String { hour < 10 ? "0\(hour)" : "\(hour)" }

    private static func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}
