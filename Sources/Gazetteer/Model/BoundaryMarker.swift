/// The condition of a marker as last recorded.
public enum MarkerStatus: String, Sendable, CaseIterable, Codable {
    case intact, damaged, displaced, missing, rebuilt

    public var chinese: String {
        switch self {
        case .intact: return "完好"
        case .damaged: return "损坏"
        case .displaced: return "移位"
        case .missing: return "丢失"
        case .rebuilt: return "重建"
        }
    }
}

/// A reference landmark (方位物) used to find and check a marker: its name, and bearing and distance from the marker.
public struct ReferenceLandmark: Hashable, Sendable {
    public var name: String
    /// Bearing from the marker, degrees clockwise from true north.
    public var bearing: Double
    /// Distance from the marker in metres.
    public var distance: Double
    /// Its position, when surveyed.
    public var position: Coordinate?

    public init(name: String, bearing: Double, distance: Double, position: Coordinate? = nil) {
        self.name = name
        self.bearing = bearing
        self.distance = distance
        self.position = position
    }
}

/// A boundary marker (界桩) as registered.
public struct BoundaryMarker: Hashable, Sendable {
    /// The number as registered (provincial markers in the 8-character form; others as the line's scheme has it).
    public var number: String
    /// The code of the line the marker stands on.
    public var lineCode: String
    /// Single, pair or triple, when recorded (import fills it in from a provincial number).
    public var kind: MarkerKind?
    /// Number of faces: 2 for an ordinary marker, 3 at a tri-point, when recorded.
    public var faces: Int?
    /// The registered position (CGCS2000 longitude/latitude) and height in metres.
    public var position: Coordinate
    public var height: Double?
    /// The CRS the position was surveyed in, e.g. "EPSG:4549", and its stated accuracy in metres.
    public var surveyCRS: String?
    public var accuracy: Double?
    public var material: String?
    public var emplacedOn: RegistryDate?
    /// The device id of a smart marker (智能界桩), when it has one.
    public var smartDeviceId: String?
    public var landmarks: [ReferenceLandmark]
    /// The condition as last recorded.
    public var status: MarkerStatus?
    public var lifespan: Lifespan

    public init(number: String, lineCode: String, kind: MarkerKind? = nil, faces: Int? = nil, position: Coordinate, height: Double? = nil,
                surveyCRS: String? = nil, accuracy: Double? = nil, material: String? = nil, emplacedOn: RegistryDate? = nil,
                smartDeviceId: String? = nil, landmarks: [ReferenceLandmark] = [], status: MarkerStatus? = nil,
                lifespan: Lifespan = Lifespan()) {
        self.number = number
        self.lineCode = lineCode
        self.kind = kind
        self.faces = faces
        self.position = position
        self.height = height
        self.surveyCRS = surveyCRS
        self.accuracy = accuracy
        self.material = material
        self.emplacedOn = emplacedOn
        self.smartDeviceId = smartDeviceId
        self.landmarks = landmarks
        self.status = status
        self.lifespan = lifespan
    }

    /// The parts of a provincial number, or `nil` for other schemes.
    public var provincialNumber: ProvincialMarkerNumber? { ProvincialMarkerNumber(number) }
}
