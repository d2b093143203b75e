import Foundation

/// The smart-marker telemetry check (`gazetteer inspect telemetry`): alerts from device messages as findings.
///
/// Per device (messages sorted by time):
/// - displacement from the registered position of its marker (with a registry) or from its own first reported
///   position (without one; the message says so), geodesic on the CGCS2000 ellipsoid, under the persistence rule of
///   ``TelemetryDisplacement``: `telemetry.displacement-warning` and `telemetry.displacement-critical`;
/// - `telemetry.tilt`, `telemetry.tamper`, `telemetry.low-battery`: at the first message beyond the limit, once per
///   device (later messages continue the same episode as far as the check can tell);
/// - `telemetry.silent`: the last message older than ``TelemetryThresholds/silenceDays`` before the as-of time;
/// - with a registry, `telemetry.unknown-device` for a device no marker carries (its other alerts are still raised,
///   against its first position, because a tamper alarm matters even from an unregistered post).
public enum TelemetryCheck {
    /// The report of `messages` read from `source`, against `markers` (`nil`: no registry).
    public static func report(_ messages: [TelemetryMessage], markers: [BoundaryMarker]?, thresholds: TelemetryThresholds = TelemetryThresholds(),
                              source: String?) -> FindingReport {
        let devices = TelemetryDevice.group(messages, markers: markers ?? [])
        let asOf = thresholds.asOf ?? messages.map(\.time).max() ?? Date(timeIntervalSince1970: 0)
        var findings: [Finding] = []
        for device in devices {
            findings += deviceFindings(device, registry: markers != nil, thresholds: thresholds, asOf: asOf, source: source)
        }
        let tied = devices.filter { $0.marker != nil }
        let subjects = tied.compactMap(\.marker).map { ReportSubject(id: $0.number, name: $0.smartDeviceId, geometry: .point(Point($0.position))) }
        let totals: [FindingSummary.Total] = [
            .init(key: "messages", label: LocalizedText(zh: "消息", en: "messages"), quantity: .count(messages.count)),
            .init(key: "devices", label: LocalizedText(zh: "设备", en: "devices"), quantity: .count(devices.count)),
            .init(key: "alerts", label: LocalizedText(zh: "告警", en: "alerts"), quantity: .count(findings.count)),
        ]
        let reference = markers == nil
            ? LocalizedText(zh: "未用登记册，位移自各设备首次上报位置起算。", en: "No registry: displacement is measured from each device's first reported position.")
            : LocalizedText(zh: "\(tied.count) 台设备关联到登记界桩，位移自登记位置起算。", en: "\(tied.count) device(s) tied to registered markers; displacement from the registered position.")
        let statement = LocalizedText(
            zh: "智能界桩：\(devices.count) 台设备 \(messages.count) 条消息，告警 \(findings.count) 条。" + reference.zh,
            en: "Smart markers: \(messages.count) message(s) from \(devices.count) device(s), \(findings.count) alert(s). " + reference.en)
        return FindingReport(title: LocalizedText(zh: "智能界桩监测", en: "Smart-marker telemetry"), source: source, subjects: subjects,
                             findings: findings, checked: devices.count, totals: totals, statement: statement)
    }

    /// The alerts of one device, in the order: unknown, displacement, tilt, tamper, battery, silence.
    static func deviceFindings(_ device: TelemetryDevice, registry: Bool, thresholds: TelemetryThresholds, asOf: Date, source: String?) -> [Finding] {
        guard let first = device.messages.first, let last = device.messages.last else { return [] }
        var findings: [Finding] = []
        func alert(_ code: FindingCode, _ message: TelemetryMessage, field: String, measured: Quantity? = nil, threshold: Quantity? = nil,
                   values: [String: FindingValue] = [:]) -> Finding {
            var all: [String: FindingValue] = ["marker": .localized(device.label), "device": .text(device.id), "time": .text(message.timeText)]
            all.merge(values) { _, new in new }
            return Finding(code, subjects: device.subjects, location: .point(Point(message.position)), measured: measured, threshold: threshold,
                           file: source, record: "line \(message.line)", field: field, values: all)
        }
        if registry && device.marker == nil {
            findings.append(alert(.telemetryUnknownDevice, first, field: "device_id", measured: .count(device.messages.count),
                                  values: ["messages": .text(String(device.messages.count))]))
        }
        let origin = device.marker?.position ?? first.position
        let reference = device.marker == nil
            ? LocalizedText(zh: "首次上报位置", en: "its first reported position")
            : LocalizedText(zh: "登记位置", en: "its registered position")
        let distances = device.messages.map { (try? Geodesic.cgcs2000.inverse(from: origin, to: $0.position).distance) ?? 0 }
        let (warning, critical) = TelemetryDisplacement.passages(distances, thresholds: thresholds)
        for (passage, code, limit) in [(warning, FindingCode.telemetryDisplacementWarning, thresholds.warnDisplacement),
                                       (critical, .telemetryDisplacementCritical, thresholds.criticalDisplacement)] {
            guard let passage else { continue }
            findings.append(alert(code, device.messages[passage.index], field: "lon,lat", measured: .metres(passage.distance), threshold: .metres(limit),
                                  values: ["distance": .quantity(.metres(passage.distance)), "reference": .localized(reference)]))
        }
        if let tilted = device.messages.first(where: { ($0.tilt ?? 0) > thresholds.maxTilt }), let tilt = tilted.tilt {
            let value = Quantity(tilt, .degree)
            findings.append(alert(.telemetryTilt, tilted, field: "tilt", measured: value, threshold: Quantity(thresholds.maxTilt, .degree),
                                  values: ["tilt": .text(Quantity.fixed(tilt, decimals: 1) + "°")]))
        }
        if let tampered = device.messages.first(where: { $0.tamper == true }) {
            findings.append(alert(.telemetryTamper, tampered, field: "tamper"))
        }
        if let low = device.messages.first(where: { ($0.battery ?? 100) < thresholds.lowBattery }), let battery = low.battery {
            findings.append(alert(.telemetryLowBattery, low, field: "battery", measured: Quantity(battery, .percent),
                                  threshold: Quantity(thresholds.lowBattery, .percent), values: ["battery": .quantity(Quantity(battery, .percent))]))
        }
        let silence = asOf.timeIntervalSince(last.time) / 86_400
        if silence > thresholds.silenceDays {
            findings.append(alert(.telemetrySilent, last, field: "time", measured: Quantity(silence, .day), threshold: Quantity(thresholds.silenceDays, .day),
                                  values: ["days": .quantity(Quantity(silence, .day))]))
        }
        return findings
    }

    /// The registered markers of `store` (current versions), for tying devices to them.
    /// - Throws: the store's errors; ``RecordConversionError`` for a marker record that is not a valid marker.
    public static func markers(in store: any RegistryStore) throws -> [BoundaryMarker] {
        try store.records(.markers, asOf: nil).map { try BoundaryMarker(record: $0.record) }
    }
}
