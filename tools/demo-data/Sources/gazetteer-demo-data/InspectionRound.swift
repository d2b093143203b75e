import Gazetteer

// The format of data/boundaries/demo_inspection_round.geojson is described in docs/LAYERS.md (Inspection rounds).
// Comparing a round with the registry: a post observed more than the GNSS uncertainty (RTK: a few centimetres;
// here 0.5 m) from its registered position is a suspected displacement, not proof; a post observed on its line
// although registered off it has been put back and its registered coordinates are stale.

/// The demo round `2025-蒙黑-联检`: the fifth-year joint inspection of 蒙黑线 (every post of line 1523), walked
/// north→south in June 2025 by three two-person teams (one inspector from each province per section).
///
/// What the round finds, for tests:
/// - intact posts observed 0.02–0.45 m from their registered position (GNSS scatter);
/// - `1523004Q` still displaced: observed at its registered position, which is 12.4 m off the line;
/// - `1523012Q` put back in 2024: observed ON the line, 8.6 m from its stale registered position, status intact;
/// - `1523007Q` newly displaced: registered intact on the line, observed 23.5 m off it;
/// - `1523009Q` still missing and `1523028Q` newly missing: no geometry;
/// - `1523024A` newly damaged (ice push), `1523016Q` and `1523027Q` still damaged.
enum InspectionRound {
    static let name = "2025-蒙黑-联检"

    /// What the round found where it differs from a routine check.
    private struct Finding {
        var status: MarkerStatus
        var note: String
        /// Where the post was observed: at its registered position, on its line point (put back), moved square off
        /// the line by the given metres, or not at all.
        var seen: Seen
    }

    private enum Seen {
        case atRegistered, onLine, movedOff(metres: Double, side: Double), notFound
    }

    private static let findings: [String: Finding] = [
        "1523004Q": Finding(status: .displaced, note: "仍处于移位状态（2020年联检发现），待双方协商复位", seen: .atRegistered),
        "1523012Q": Finding(status: .intact, note: "已于2024年恢复至成果表原位，登记坐标待更新", seen: .onLine),
        "1523007Q": Finding(status: .displaced, note: "桩体被林区道路施工推移约23.5米，已拍照取证，建议复位", seen: .movedOff(metres: 23.5, side: 90)),
        "1523009Q": Finding(status: .missing, note: "原址仍未找到桩体，建议按成果表坐标重建", seen: .notFound),
        "1523028Q": Finding(status: .missing, note: "原址仅存基座坑，疑被机耕破坏，已报公安机关", seen: .notFound),
        "1523024A": Finding(status: .damaged, note: "江冰挤压致桩体倾斜约15度，注记完好", seen: .atRegistered),
        "1523016Q": Finding(status: .damaged, note: "注记模糊，已重新描字；桩顶缺损待修", seen: .atRegistered),
        "1523027Q": Finding(status: .damaged, note: "桩身裂缝扩大，建议更换", seen: .atRegistered),
    ]

    /// Remarks on routine visits, drawn from the stream.
    private static let routineNotes = ["", "", "", "清除周边杂草", "重新描红注记", "方位物完好", "补设指示牌"]

    /// The three sections of the line (by latitude of the post) and their teams.
    private static func team(_ latitude: Double) -> String {
        if latitude >= 51 { return "王立新、赵国庆" }
        if latitude >= 49.5 { return "巴特尔、刘长海" }
        return "孟和、周振华"
    }

    /// Writes `demo_inspection_round.geojson` for the posts of 蒙黑线 among `markers`.
    static func write(_ markers: [DemoMarker], to path: String) throws -> Int {
        var rng = SeededGenerator(label: "inspection/\(name)")
        var file = FeatureCollectionWriter(name: "demo_inspection_round")
        let posts = markers.filter { $0.line == LineFacts.provincialCode }
        for marker in posts {
            let finding = findings[marker.number]
            var note = finding?.note ?? rng.pick(routineNotes)
            if finding == nil, marker.deviceId != nil { note = "智能界桩在线，倾斜与防拆传感器正常" }
            if finding == nil, marker.status == .rebuilt { note = "重建桩完好" }
            let observed: Coordinate?
            switch finding?.seen ?? .atRegistered {
            case .atRegistered: observed = marker.position
            case .onLine: observed = marker.linePoint
            case .movedOff(let metres, let side):
                observed = try Geodesic.cgcs2000.direct(from: marker.linePoint, azimuth: marker.lineAzimuth! + side, distance: metres)
            case .notFound: observed = nil
            }
            let scattered = try observed.map { c in
                try Geodesic.cgcs2000.direct(from: c, azimuth: rng.uniform(0, 360), distance: rng.uniform(0.02, 0.45))
            }
            var p = PropertyList()
            p.add("round", name)
            p.add("marker", marker.number)
            p.add("observed_on", DemoDate(2025, 6, 9).adding(days: (marker.sequence - 1) / 3).text)
            p.add("status_observed", (finding?.status ?? .intact).rawValue)
            p.add("note", note)
            p.add("inspector", team(marker.linePoint.y))
            file.add(id: marker.number, properties: p.object, geometry: scattered.map { .point(Point($0)) }, precision: 8)
        }
        try file.write(to: path)
        return posts.count
    }
}
