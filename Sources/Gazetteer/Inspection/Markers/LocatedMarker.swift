/// A marker placed on its line: its position in the line's Gauss-Krüger zone and where it stands relative to the
/// line (distance, position along it, side), from the line's segment index.
struct LocatedMarker: Sendable {
    var source: SourcedMarker
    /// The parts of its number, nil when the number ends in no sequence.
    var numbering: MarkerNumbering?
    /// Its position in zone metres.
    var metres: Coordinate
    var location: LineSegmentIndex.Location
    /// The part of the line it is nearest to (0 for a LineString).
    var part: Int

    var marker: BoundaryMarker { source.marker }
    var number: String { source.marker.number }

    /// The kind as recorded, else as its type letter says, else single.
    var kind: MarkerKind { marker.kind ?? numbering?.letterKind ?? .single }

    /// A finding about this marker (its file and record when it came from a file, its position as the location).
    func finding(_ code: FindingCode, subjects: [String], measured: Quantity? = nil, threshold: Quantity? = nil,
                 location: Geometry? = nil, values: [String: FindingValue]) -> Finding {
        Finding(code, subjects: subjects, location: location ?? .point(Point(marker.position)), measured: measured, threshold: threshold,
                file: source.file, record: source.record, values: values)
    }
}

/// The markers sharing one sequence number on one line: a single marker, the two posts of a pair, the three of a
/// triple (or, in error, a mixture).
struct MarkerGroup: Sendable {
    var sequence: Int
    var members: [LocatedMarker]

    /// The members' numbers, for subjects and messages.
    var numbers: [String] { members.map(\.number) }
    var label: String { numbers.joined(separator: "/") }
    /// The mean position along the line: where the group stands in the line's order.
    var position: Double { members.map(\.location.position).reduce(0, +) / Double(members.count) }
    /// The kinds of the members.
    var kinds: Set<MarkerKind> { Set(members.map(\.kind)) }
    /// The part of the line the group stands by: its first member's.
    var part: Int { members[0].part }
    /// A point location: the first member's position.
    var location: Geometry { .point(Point(members[0].marker.position)) }
}
