/// One administrative unit as the boundary framework checks see it, wherever it came from: a registry's current
/// (or as-of) version, or a feature of a file given on the command line.
public struct CheckedUnit: Sendable, Equatable {
    /// The unit's code (or the file's id field): the id findings name.
    public var code: String
    /// Its standard name, when known.
    public var name: String?
    /// Its level, from the registry or from the code's form (GB/T 2260).
    public var level: AdminLevel?
    /// Its boundary in CGCS2000 longitude/latitude.
    public var boundary: Geometry
    /// Its registered government seat, when known.
    public var seat: Coordinate?
    /// Where it was read: the file, when from a file.
    public var file: String?
    /// Its position in that file ("features[3]", "line 4"), or nil for a registry record.
    public var record: String?

    /// A unit; see the properties.
    public init(code: String, name: String? = nil, level: AdminLevel? = nil, boundary: Geometry, seat: Coordinate? = nil,
                file: String? = nil, record: String? = nil) {
        self.code = code
        self.name = name
        self.level = level ?? AdminLevel(code: code)
        self.boundary = boundary
        self.seat = seat
        self.file = file
        self.record = record
    }

    /// "150702 海拉尔区", or the code alone: how messages name the unit.
    public var label: String { name.map { $0.isEmpty ? code : "\(code) \($0)" } ?? code }
}

/// The units a check runs on and what could not be used, with the registered lines when the input is a registry.
public struct CheckInput: Sendable {
    /// The units, in input order.
    public var units: [CheckedUnit]
    /// The registered boundary lines among them (empty for files: a file of polygons registers no line).
    public var lines: [BoundaryLine]
    /// `true` when ``lines`` is the registry's statement of the lines, so that derived adjacency can be compared with it.
    public var hasRegisteredLines: Bool
    /// Findings about input that could not be used (unreadable geometries, features without a code).
    public var problems: [Finding]
    /// What was read, for the report's heading: file names or the registry's path.
    public var source: String
    /// The changes of the units' seat positions between their versions (registry only).
    public var seatMoves: [SeatMove]
    /// Where the registry's data came from (registry only), for the reports.
    public var dataSources: [DataSource] = []

    /// An input; see the properties.
    public init(units: [CheckedUnit], lines: [BoundaryLine] = [], hasRegisteredLines: Bool = false, problems: [Finding] = [], source: String,
                seatMoves: [SeatMove] = []) {
        self.seatMoves = seatMoves
        self.units = units
        self.lines = lines
        self.hasRegisteredLines = hasRegisteredLines
        self.problems = problems
        self.source = source
    }
}

/// Which units of the input a check looks at.
public struct UnitSelection: Sendable, Equatable {
    /// Only units of this level (`nil`: every level when reading files; the most numerous level in a registry).
    public var level: AdminLevel?
    /// Only units under this parent code: codes that start with its significant digits (`150700` → `1507…`), the
    /// parent itself excluded. Lets a file that also holds neighbours or the parent outline be checked as one city.
    public var within: String?

    /// A selection; see the properties.
    public init(level: AdminLevel? = nil, within: String? = nil) {
        self.level = level
        self.within = within
    }

    /// The significant digits of ``within``: `150700` → `1507`, `150000` → `15`.
    var withinPrefix: String? {
        guard var prefix = within else { return nil }
        while prefix.count > 2, prefix.hasSuffix("00") { prefix.removeLast(2) }
        return prefix
    }

    /// `true` when `unit` is selected.
    public func accepts(_ unit: CheckedUnit) -> Bool {
        if let level, unit.level != level { return false }
        if let within, let prefix = withinPrefix {
            guard unit.code.hasPrefix(prefix), unit.code != within else { return false }
        }
        return true
    }
}
