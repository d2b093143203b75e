/// A marker placed on its line: its position in the line's Gauss-Krüger zone and where it stands relative to the
/// line (distance, position along it, side), from the line's segment index.
struct LocatedMarker: Sendable {
    /// The marker as read, shared rather than copied: a located marker is copied into groups, parts and findings,
    /// and a ``BoundaryMarker`` holds a dozen strings and arrays whose reference counts each copy would touch.
    let record: MarkerRecord
    /// The parts of its number, nil when the number ends in no sequence.
    var numbering: MarkerNumbering?
    /// Its position in zone metres.
    var metres: Coordinate
    var location: LineSegmentIndex.Location
    /// The part of the line it is nearest to (0 for a LineString).
    var part: Int

    var source: SourcedMarker { record.source }
    var marker: BoundaryMarker { record.source.marker }
    var number: String { record.source.marker.number }

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
    let sequence: Int
    let members: [LocatedMarker]
    /// The mean position along the line: where the group stands in the line's order (computed once: order and
    /// spacing sort by it).
    let position: Double

    init(sequence: Int, members: [LocatedMarker]) {
        self.sequence = sequence
        self.members = members
        position = members.reduce(0) { $0 + $1.location.position } / Double(members.count)
    }

    /// The members' numbers, for subjects and messages.
    var numbers: [String] { members.map(\.number) }
    var label: String { numbers.joined(separator: "/") }
    /// The kind all members share, nil when they are of different kinds.
    var kind: MarkerKind? {
        let first = members[0].kind
        return members.dropFirst().allSatisfy { $0.kind == first } ? first : nil
    }
    /// The part of the line the group stands by: its first member's.
    var part: Int { members[0].part }
    /// A point location: the first member's position.
    var location: Geometry { .point(Point(members[0].marker.position)) }
}

/// A ``SourcedMarker`` behind one reference (see ``LocatedMarker/record``).
final class MarkerRecord: Sendable {
    let source: SourcedMarker

    init(_ source: SourcedMarker) { self.source = source }
}
