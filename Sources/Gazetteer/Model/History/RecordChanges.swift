/// What changed between two versions of a record: the rules every store uses, so that a rename is a rename and a
/// re-survey a re-survey whichever backend holds the registry.
///
/// Lifespans are ignored (a new version always has a new lifespan). Fields are compared by the kind their layer
/// declares: codes and text as text (so `0150702` and `150702` differ), numbers as numbers (so `1` and `1.0` agree),
/// and geometries vertex by vertex within ``positionTolerance``.
public enum RecordChanges {
    /// One kind of change between two versions, with readable before/after summaries.
    public struct Change: Sendable, Equatable {
        public var kind: ChangeKind
        public var before: String?
        public var after: String?
    }

    /// The registry's coordinate resolution: positions closer than this (degrees, about 1 cm) are the same position.
    /// It matches the 7 decimals of exports, so re-importing an exported file records no spurious boundary changes.
    public static let positionTolerance = 1e-7

    /// The fields whose change is a rename: the forms of the name change with it, so a rename is recorded once.
    static let nameFields = ["name", "specific", "generic", "romanized", "mongolian", "mongolian_latin", "historical", "aliases"]
    /// The fields whose change moves a unit's government seat.
    static let seatFields = ["seat_name", "seat_lon", "seat_lat", "seat_address"]

    /// The changes from `old` to `new`, ignoring lifespans: a rename, a geometry change, a seat move, other edits.
    public static func between(_ old: RegistryRecord, _ new: RegistryRecord) -> [Change] {
        let layer = new.layer
        let changedFields = layer.fields.map(\.name)
            .filter { $0 != "valid_from" && $0 != "valid_to" }
            .filter { !same(old.fields[$0], new.fields[$0], kind: layer.field($0)?.kind ?? .text) }
        var changes: [Change] = []
        var rest = changedFields
        func take(_ names: [String], _ kind: ChangeKind) {
            let hit = names.filter(rest.contains)
            guard !hit.isEmpty else { return }
            rest.removeAll(where: hit.contains)
            changes.append(Change(kind: kind, before: describe(old, hit), after: describe(new, hit)))
        }
        take(nameFields, .renamed)
        take(seatFields, .moved)
        if !sameGeometry(old.geometry, new.geometry) {
            let kind: ChangeKind = switch layer {
            case .units, .lines: .boundaryChanged
            case .markers: .resurveyed
            case .names: .moved
            }
            changes.append(Change(kind: kind, before: "geometry", after: "geometry"))
        }
        if layer == .markers, rest.contains("status"), new.fields["status"]?.description == MarkerStatus.rebuilt.rawValue {
            take(["status"], .rebuilt)
        }
        if layer == .names, rest.contains("status"), new.fields["status"]?.description == PlaceNameStatus.retired.rawValue {
            take(["status"], .retired)
        }
        take(rest, .amended)
        return changes
    }

    /// `true` when the geometries have the same structure and their vertices agree within ``positionTolerance``.
    static func sameGeometry(_ a: Geometry?, _ b: Geometry?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?):
            if x == y { return true }
            return (try? x.equalsExact(y, tolerance: positionTolerance)) ?? false
        default: return false
        }
    }

    /// Numbers compare as numbers (1 and 1.0 agree); everything else, codes included, as text.
    static func same(_ a: FieldValue?, _ b: FieldValue?, kind: FieldKind) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?):
            switch kind {
            case .real, .integer:
                if let dx = x.double, let dy = y.double { return dx == dy }
                return x.description == y.description
            default:
                return x.description == y.description
            }
        default: return false
        }
    }

    private static func describe(_ record: RegistryRecord, _ names: [String]) -> String {
        names.map { "\($0): \(record.fields[$0]?.description ?? "—")" }.joined(separator: "; ")
    }
}
