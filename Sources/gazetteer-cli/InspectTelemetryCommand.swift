import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect telemetry`: alerts from smart-marker (智能界桩) device messages.
struct InspectTelemetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "telemetry",
        abstract: "Raise alerts from smart-marker (智能界桩) device messages: displacement, tilt, tamper, silence, low battery.",
        discussion: """
            FILE holds device messages as JSON lines (one object a line) or CSV with a header: device_id, time \
            (ISO 8601 with an offset, e.g. 2025-06-01T08:00:00+08:00), lon, lat (CGCS2000; --crs for others), and \
            optionally tilt (degrees from the vertical), battery (percent, 0–100) and tamper (true/false). --map \
            names other columns, as for import. Messages may come in any order: each device's are sorted by time. \
            A malformed message stops the check before anything is reported: every one is listed with its line \
            (exit 3).

            With --registry each device is tied to the marker whose device_id it is, and displacement is measured \
            from the marker's registered position (geodesic, CGCS2000); a device no marker carries is \
            telemetry.unknown-device. Without a registry, displacement is measured from each device's first message.

            Alerts, each with the marker, line and device, the time it first happened and the position:
            - telemetry.displacement-warning / -critical: beyond --warn-displacement / --critical-displacement \
            for --persistence consecutive messages (a single GNSS outlier that comes back is not a drift); one of \
            each per device, dated at the first message of the run;
            - telemetry.tilt, telemetry.tamper, telemetry.low-battery: the first message beyond the limit;
            - telemetry.silent: no message for more than --silence-days before --as-of-time (default: the latest \
            message in the file).

            Exit status: 0 no error-severity alert, 1 some (critical displacement, tilt, tamper), 3 unreadable input.

            Examples:
              gazetteer inspect telemetry data/boundaries/demo_telemetry.jsonl --registry demo.gpkg
              gazetteer inspect telemetry feed.csv --map device_id=设备编号,time=时间,lon=经度,lat=纬度 --silence-days 3
              gazetteer inspect telemetry feed.jsonl --registry demo.gpkg --as-of-time 2025-07-01T00:00:00+08:00 --format html --output telemetry.html
            """
    )

    @Argument(help: "The device messages: JSON lines (.jsonl) or CSV.")
    var file: String

    @Option(name: .long, help: "The registry whose markers carry the devices (markers' device_id); its accepted exceptions are applied.")
    var registry: String?

    @Option(name: .customLong("warn-displacement"), help: ArgumentHelp("Displacement that raises a warning.", valueName: "metres"))
    var warnDisplacement: Double = TelemetryThresholds().warnDisplacement

    @Option(name: .customLong("critical-displacement"), help: ArgumentHelp("Displacement that raises a critical alert.", valueName: "metres"))
    var criticalDisplacement: Double = TelemetryThresholds().criticalDisplacement

    @Option(name: .customLong("persistence"), help: ArgumentHelp("Consecutive messages beyond a displacement threshold before it counts.", valueName: "messages"))
    var persistence: Int = TelemetryThresholds().persistence

    @Option(name: .customLong("max-tilt"), help: ArgumentHelp("Tilt from the vertical beyond which a post is leaning.", valueName: "degrees"))
    var maxTilt: Double = TelemetryThresholds().maxTilt

    @Option(name: .customLong("silence-days"), help: ArgumentHelp("A device silent for longer than this is offline.", valueName: "days"))
    var silenceDays: Double = TelemetryThresholds().silenceDays

    @Option(name: .customLong("low-battery"), help: ArgumentHelp("Battery below this is low.", valueName: "percent"))
    var lowBattery: Double = TelemetryThresholds().lowBattery

    @Option(name: .customLong("as-of-time"), help: ArgumentHelp("Measure silence up to this time (ISO 8601 with offset); default: the latest message.", valueName: "time"))
    var asOfTime: String?

    @Option(name: .customLong("map"), help: ArgumentHelp("Which column or property holds each field: field=column,… (fields: device_id, time, lon, lat, tilt, battery, tamper).", valueName: "field=column,…"))
    var map: [String] = []

    @Option(help: "CRS of lon/lat, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func validate() throws {
        for (name, value) in [("--warn-displacement", warnDisplacement), ("--critical-displacement", criticalDisplacement), ("--max-tilt", maxTilt),
                              ("--silence-days", silenceDays), ("--low-battery", lowBattery)] {
            guard value >= 0, value.isFinite else { throw ValidationError("\(name) expects a number ≥ 0, got \(value)") }
        }
        guard criticalDisplacement >= warnDisplacement else {
            throw ValidationError("--critical-displacement (\(criticalDisplacement)) must not be below --warn-displacement (\(warnDisplacement))")
        }
        guard persistence >= 1 else { throw ValidationError("--persistence expects at least 1 message, got \(persistence)") }
        if let asOfTime, TelemetryTime.parse(asOfTime) == nil {
            throw ValidationError("--as-of-time expects an ISO 8601 time with an offset, e.g. 2025-07-01T00:00:00+08:00, got '\(asOfTime)'")
        }
    }

    func run() throws {
        var thresholds = TelemetryThresholds()
        thresholds.warnDisplacement = warnDisplacement
        thresholds.criticalDisplacement = criticalDisplacement
        thresholds.persistence = persistence
        thresholds.maxTilt = maxTilt
        thresholds.silenceDays = silenceDays
        thresholds.lowBattery = lowBattery
        thresholds.asOf = asOfTime.flatMap(TelemetryTime.parse)
        let messages = try TelemetryReader.read(path: file, mapping: try FieldMapping(parsing: map), crs: try resolveCRS(crs, language: output.lang),
                                                now: Date())
        let markers = try registry.map { try TelemetryCheck.markers(in: RegistryOptions.open($0, readOnly: true, wait: 60)) }
        let report = TelemetryCheck.report(messages, markers: markers, thresholds: thresholds, source: file)
        try ReportWriting.write(try review.reviewed(report, registry: registry, wait: 60), options: output)
    }
}
