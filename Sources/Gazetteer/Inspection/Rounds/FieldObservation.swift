/// What the field team recorded at one marker post in a round: the number, the measured position, the condition,
/// photos and notes, who and when, and where in the field file it came from.
public struct FieldObservation: Sendable, Equatable {
    /// The marker number as written on the form (normalised: trimmed, upper case).
    public var number: String
    /// The measured position in CGCS2000 longitude/latitude (reprojected from the file's CRS); nil for a post not found.
    public var position: Coordinate?
    /// The position as given in the file and its CRS ("EPSG:4549"), kept for the record.
    public var sourcePosition: Coordinate?
    public var sourceCRS: String?
    public var condition: MarkerCondition
    /// Photo references (file names or archive numbers), in the order given.
    public var photos: [String]
    public var notes: String?
    public var observer: String?
    /// When it was observed, as written (a date or an ISO 8601 time).
    public var observedAt: String?
    /// The file and the record in it ("line 4", "features[3]").
    public var file: String?
    public var record: String?

    /// An observation; see the properties.
    public init(number: String, position: Coordinate?, sourcePosition: Coordinate? = nil, sourceCRS: String? = nil,
                condition: MarkerCondition, photos: [String] = [], notes: String? = nil, observer: String? = nil,
                observedAt: String? = nil, file: String? = nil, record: String? = nil) {
        self.number = number
        self.position = position
        self.sourcePosition = sourcePosition
        self.sourceCRS = sourceCRS
        self.condition = condition
        self.photos = photos
        self.notes = notes
        self.observer = observer
        self.observedAt = observedAt
        self.file = file
        self.record = record
    }
}
