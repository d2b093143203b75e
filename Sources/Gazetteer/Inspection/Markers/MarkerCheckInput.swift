/// A marker as read, with the file and record it came from when it came from a file (for findings' `file` and
/// `record`, so that a 界桩成果表 row can be found again).
public struct SourcedMarker: Sendable, Equatable {
    public var marker: BoundaryMarker
    /// The file, or nil for a registry record.
    public var file: String?
    /// The record's position in the file ("line 17", "features[3]").
    public var record: String?

    public init(_ marker: BoundaryMarker, file: String? = nil, record: String? = nil) {
        self.marker = marker
        self.file = file
        self.record = record
    }
}

/// What ``MarkerCheck`` runs on: the lines whose markers are checked, the markers, and every known line for
/// finding the tri-points (where the lines of three units meet).
public struct MarkerCheckInput: Sendable {
    /// The lines checked.
    public var lines: [BoundaryLine]
    /// The markers to check; those of lines not in ``lines`` are reported as ``FindingCode/markerLineUnknown``.
    public var markers: [SourcedMarker]
    /// All lines known (the registry's, or the file's), for tri-points; ``lines`` when empty.
    public var network: [BoundaryLine]
    /// The registry or files read, for the report.
    public var source: String?

    public init(lines: [BoundaryLine], markers: [SourcedMarker], network: [BoundaryLine] = [], source: String? = nil) {
        self.lines = lines
        self.markers = markers
        self.network = network.isEmpty ? lines : network
        self.source = source
    }
}
