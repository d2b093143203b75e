import Foundation

/// The groups of fields a bulk locate may add to each record, chosen with `--columns`.
public enum LocationColumnGroup: String, Sendable, CaseIterable {
    /// `loc_<level>_code` and `loc_<level>_name` for each level the registry's units have.
    case units
    /// `loc_status`: `interior`, `boundary` (on or within the tolerance of a boundary), `outside`, `invalid`.
    case status
    /// `loc_boundary_m`, `loc_line`, `loc_line_m`: the nearest unit edge and boundary line and their distances.
    case distances
    /// `loc_gk_epsg`, `loc_gk_x`, `loc_gk_y`: the Gauss-Krüger zone and coordinates.
    case gk

    /// The groups named in `text` ("units,status"; spaces around a name are ignored). Their columns are written
    /// in the order of ``allCases`` whatever the order given.
    /// - Throws: ``LocationColumnGroupError`` for a name that is not a group, an empty one included ("", "units,").
    public static func parse(_ text: String) throws(LocationColumnGroupError) -> Set<LocationColumnGroup> {
        var groups: Set<LocationColumnGroup> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let group = LocationColumnGroup(rawValue: trimmed) else { throw .unknown(trimmed) }
            groups.insert(group)
        }
        return groups
    }
}

/// A `--columns` list that names something other than a column group.
public enum LocationColumnGroupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name given (empty for a list with an empty entry).
    case unknown(String)

    /// The error as the CLI prints it, starting `--columns:`.
    public var description: String {
        switch self {
        case .unknown(let name):
            return "--columns: \"\(name)\" is not a column group; the groups are "
                + LocationColumnGroup.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }
}

/// The names and values of the fields a bulk locate adds, for the chosen groups, always in the order of
/// ``LocationColumnGroup/allCases``.
struct LocationColumns {
    let levels: [AdminLevel]
    // One flag per group, not a set: asking a set costs a hash for every field of a million rows.
    private let units, status, distances, gk: Bool

    init(levels: [AdminLevel], groups: Set<LocationColumnGroup> = Set(LocationColumnGroup.allCases)) {
        self.levels = levels
        units = groups.contains(.units)
        status = groups.contains(.status)
        distances = groups.contains(.distances)
        gk = groups.contains(.gk)
    }

    /// How far each point must be located for these columns; `measured` is ``BulkLocation/distances``.
    func detail(distances measured: Bool) -> LocationDetail {
        if distances { return measured ? .full : .nearby }
        if gk { return .nearby }
        return status ? .boundary : .units
    }

    var names: [String] {
        var names: [String] = []
        if units { names += levels.flatMap { ["loc_\($0.rawValue)_code", "loc_\($0.rawValue)_name"] } }
        if status { names.append("loc_status") }
        if distances { names += ["loc_boundary_m", "loc_line", "loc_line_m"] }
        if gk { names += ["loc_gk_epsg", "loc_gk_x", "loc_gk_y"] }
        return names
    }

    /// The values, as JSON (strings, numbers, nulls); all null but `loc_status` = `invalid` without a location.
    func values(_ location: PointLocation?) -> [JSONValue] {
        func round(_ v: Double?, _ scale: Double) -> JSONValue { v.map { .number(($0 * scale).rounded() / scale) } ?? .null }
        var out: [JSONValue] = []
        if units {
            for level in levels {
                let hit = location?.unit(at: level)
                out += [hit.map { .string($0.code) } ?? .null, hit.map { .string($0.name) } ?? .null]
            }
        }
        if status { out.append(.string(Self.status(of: location))) }
        if distances {
            out += [round(location?.boundaryDistance, 1000), location?.nearestLine.map { .string($0.code) } ?? .null,
                    round(location?.nearestLine?.distance, 1000)]
        }
        if gk {
            out += [location?.zone.map { .number(Double($0.epsgCode)) } ?? .null,
                    round(location?.projected?.x, 1000), round(location?.projected?.y, 1000)]
        }
        return out
    }

    /// `loc_status`: `invalid` without a location.
    private static func status(of location: PointLocation?) -> String {
        guard let location else { return "invalid" }
        return location.isOnBoundary ? "boundary" : location.isOutside ? "outside" : "interior"
    }

    /// Appends the values to the CSV record being written, the text ``values(_:)`` gives them (null empty), without
    /// making the JSON values: a million rows' worth of them was a quarter of a bulk run.
    func append(_ location: PointLocation?, to writer: inout CSVWriter) {
        if units {
            for level in levels {
                let hit = location?.unit(at: level)
                writer.append(field: hit?.code ?? "")
                writer.append(field: hit?.name ?? "")
            }
        }
        if status { writer.append(field: Self.status(of: location)) }
        if distances {
            writer.append(thousandths: location?.boundaryDistance)
            writer.append(field: location?.nearestLine?.code ?? "")
            writer.append(thousandths: location?.nearestLine?.distance)
        }
        if gk {
            if let zone = location?.zone { writer.append(integer: zone.epsgCode) } else { writer.append(field: "") }
            writer.append(thousandths: location?.projected?.x)
            writer.append(thousandths: location?.projected?.y)
        }
    }
}
