import Gazetteer

/// The recorded condition of the markers that are not simply intact, and the smart markers (智能界桩).
///
/// The registry holds each marker as the last joint inspection (2020 for 蒙黑线) left it. The exceptions, which
/// tests can rely on:
///
/// - **displaced** (移位), registered at the position where they were found,
///   OFF their line by the stated distance (measured square to the line):
///   `1523004Q` 12.4 m (forest-road works), `1523012Q` 8.6 m (frost heave; put back in 2024, see the inspection
///   round), `150700-152200-006` 47.8 m (the largest; field levelling), `150724-150782-003` 27.0 m,
///   `150725-150726-002` 33.0 m (moved by one side of the disputed line).
/// - **missing** (丢失), registered at their original position on the line: `1523009Q`, `150726-150727-004`.
/// - **damaged** (损坏): `1523016Q`, `1523027Q`, `150700-152200-003`, `150722-150723-002`.
/// - **rebuilt** (重建) on the original spot, with the rebuilding date as `emplaced`: `1523022B` (2021, after the
///   2021 flood of the 嫩江), `150721-150783-004` (2019).
/// - **smart markers** (`device_id`): `1523014Q`, `1523029Q`, `150702-150724-002` (Hulunbuir's platform, 2023) and
///   `150700-152200-002`, `-005`, `-008` (installed from the Hinggan side in 2022).
///
/// Every other post is intact and stands where the generator set it out (see ``Markers``).
enum MarkerConditions {
    /// A recorded condition.
    struct Condition {
        var number: String
        var status: MarkerStatus
        /// For a displaced marker: how far it was moved square off its line, to the left (`-90`) or right (`+90`)
        /// of the numbering direction, so that its distance from the line is the stated metres.
        var moved: (metres: Double, side: Double)? = nil
        /// For a rebuilt marker: when it was rebuilt.
        var rebuilt: DemoDate? = nil
    }

    static let recorded: [Condition] = [
        Condition(number: "1523004Q", status: .displaced, moved: (12.4, -90)),
        Condition(number: "1523012Q", status: .displaced, moved: (8.6, 90)),
        Condition(number: "150700-152200-006", status: .displaced, moved: (47.8, 90)),
        Condition(number: "150724-150782-003", status: .displaced, moved: (27.0, -90)),
        Condition(number: "150725-150726-002", status: .displaced, moved: (33.0, 90)),
        Condition(number: "1523009Q", status: .missing),
        Condition(number: "150726-150727-004", status: .missing),
        Condition(number: "1523016Q", status: .damaged),
        Condition(number: "1523027Q", status: .damaged),
        Condition(number: "150700-152200-003", status: .damaged),
        Condition(number: "150722-150723-002", status: .damaged),
        Condition(number: "1523022B", status: .rebuilt, rebuilt: DemoDate(2021, 9, 15)),
        Condition(number: "150721-150783-004", status: .rebuilt, rebuilt: DemoDate(2019, 7, 2)),
    ]

    /// Smart markers: the post, its device id and when the device was fitted (which becomes `emplaced`: the old
    /// post was replaced by a new one carrying the BeiDou receiver and tilt sensor).
    static let smart: [(number: String, device: String, installed: DemoDate)] = [
        ("1523014Q", "ZNJZ-HLBE-0001", DemoDate(2023, 8, 10)),
        ("1523029Q", "ZNJZ-HLBE-0002", DemoDate(2023, 8, 17)),
        ("150702-150724-002", "ZNJZ-HLBE-0003", DemoDate(2023, 9, 5)),
        ("150700-152200-002", "ZNJZ-XAM-0011", DemoDate(2022, 7, 12)),
        ("150700-152200-005", "ZNJZ-XAM-0012", DemoDate(2022, 7, 13)),
        ("150700-152200-008", "ZNJZ-XAM-0013", DemoDate(2022, 7, 15)),
    ]

    /// `markers` with the recorded conditions and smart devices applied.
    /// - Throws: when a condition names a post the generator did not produce (the table has gone stale).
    static func apply(to markers: [DemoMarker]) throws -> [DemoMarker] {
        var result = markers
        func index(_ number: String) throws -> Int {
            guard let i = result.firstIndex(where: { $0.number == number }) else {
                throw DemoDataError("marker conditions name \(number), which was not generated")
            }
            return i
        }
        for condition in recorded {
            let i = try index(condition.number)
            result[i].status = condition.status
            if let moved = condition.moved {
                guard result[i].kind == .single, let azimuth = result[i].lineAzimuth else {
                    throw DemoDataError("only single markers are modelled as displaced, not \(condition.number)")
                }
                result[i].position = try Geodesic.cgcs2000.direct(from: result[i].linePoint, azimuth: azimuth + moved.side, distance: moved.metres)
            }
            if let rebuilt = condition.rebuilt { result[i].emplaced = rebuilt }
        }
        for device in smart {
            let i = try index(device.number)
            result[i].deviceId = device.device
            result[i].emplaced = device.installed
            result[i].material = "花岗岩"
        }
        return result
    }
}
