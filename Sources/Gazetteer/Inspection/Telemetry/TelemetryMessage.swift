import Foundation

/// One message of a smart marker's device (智能界桩): who sent it, when, where it was, and its sensors.
///
/// The sensors are optional because devices send heartbeats without every reading; the position is not, because
/// the whole point of a smart marker is to say where the post stands.
public struct TelemetryMessage: Sendable, Equatable {
    /// The device's id, as the markers layer's `device_id` holds it.
    public var deviceId: String
    /// When the device took the reading.
    public var time: Date
    /// The time as written in the file (with its offset, e.g. `2025-06-01T08:00:00+08:00`), for messages.
    public var timeText: String
    /// The GNSS position in CGCS2000 longitude/latitude (already transformed from `--crs`).
    public var position: Coordinate
    /// Tilt from the vertical in degrees, when reported.
    public var tilt: Double?
    /// Battery charge in percent (0–100), when reported.
    public var battery: Double?
    /// Whether the anti-tamper sensor (防拆) was triggered, when reported.
    public var tamper: Bool?
    /// The 1-based line of the file the message was read from.
    public var line: Int

    /// A message; see the properties.
    public init(deviceId: String, time: Date, timeText: String, position: Coordinate, tilt: Double? = nil,
                battery: Double? = nil, tamper: Bool? = nil, line: Int) {
        self.deviceId = deviceId
        self.time = time
        self.timeText = timeText
        self.position = position
        self.tilt = tilt
        self.battery = battery
        self.tamper = tamper
        self.line = line
    }
}
