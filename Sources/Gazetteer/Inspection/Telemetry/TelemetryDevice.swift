/// One device's messages in time order, and the marker it is tied to when the registry knows it.
public struct TelemetryDevice: Sendable {
    /// The device's id.
    public var id: String
    /// The registered marker carrying it; `nil` without a registry or for an unknown device.
    public var marker: BoundaryMarker?
    /// Its messages, sorted by time (then by line, so equal times keep file order).
    public var messages: [TelemetryMessage]

    /// The devices of `messages`, sorted by id, each tied to the marker of `markers` whose `smartDeviceId` it is.
    public static func group(_ messages: [TelemetryMessage], markers: [BoundaryMarker]) -> [TelemetryDevice] {
        var byDevice: [String: BoundaryMarker] = [:]
        for marker in markers { if let id = marker.smartDeviceId, byDevice[id] == nil { byDevice[id] = marker } }
        return Dictionary(grouping: messages, by: \.deviceId).map { id, list in
            TelemetryDevice(id: id, marker: byDevice[id],
                            messages: list.sorted { ($0.time, $0.line) < ($1.time, $1.line) })
        }.sorted { $0.id < $1.id }
    }

    /// The ids findings name: the marker's number and line, then the device; the device alone when untied.
    public var subjects: [String] {
        guard let marker else { return [id] }
        return [marker.number, marker.lineCode, id]
    }

    /// How messages name the device's post.
    public var label: LocalizedText {
        guard let marker else { return LocalizedText(zh: "智能界桩", en: "smart marker") }
        return LocalizedText(zh: "界桩 \(marker.number)（界线 \(marker.lineCode)）", en: "marker \(marker.number) (line \(marker.lineCode))")
    }
}
