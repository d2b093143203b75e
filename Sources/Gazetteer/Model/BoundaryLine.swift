/// The level of a boundary line: which pair of units it separates.
public enum BoundaryLevel: String, Sendable, CaseIterable, Codable {
    /// 省级界线: between provinces (e.g. Inner Mongolia–Heilongjiang).
    case provincial
    /// 地级界线: between prefecture-level units (e.g. Hulunbuir–Hinggan League).
    case prefectural
    /// 县级界线: between county-level units (banners, cities, districts).
    case county

    public var chinese: String {
        switch self {
        case .provincial: return "省级界线"
        case .prefectural: return "地级界线"
        case .county: return "县级界线"
        }
    }
}

/// Whether the two sides agree on a line.
public enum BoundaryStatus: String, Sendable, CaseIterable, Codable {
    /// 已定界: settled by an agreement (协议书).
    case agreed
    /// 争议: in dispute.
    case disputed
}

/// A boundary line (行政区域界线) as registered.
public struct BoundaryLine: Hashable, Sendable {
    /// The line's code, e.g. "1523" for the provincial line between codes 15 and 23.
    public var code: String
    /// Its name, e.g. "蒙黑线".
    public var name: String
    public var level: BoundaryLevel
    /// The unit on the left, walking the line in its direction.
    public var leftUnitCode: String
    /// The unit on the right.
    public var rightUnitCode: String
    /// The line (CGCS2000 longitude/latitude).
    public var geometry: Geometry?
    /// The agreement (协议书) that settled it, and its date.
    public var agreementReference: String?
    public var agreementDate: RegistryDate?
    /// The description of its course (走向说明).
    public var courseDescription: String?
    /// Agreed or disputed, when recorded.
    public var status: BoundaryStatus?
    public var lifespan: Lifespan

    public init(code: String, name: String, level: BoundaryLevel, leftUnitCode: String, rightUnitCode: String,
                geometry: Geometry? = nil, agreementReference: String? = nil, agreementDate: RegistryDate? = nil,
                courseDescription: String? = nil, status: BoundaryStatus? = nil, lifespan: Lifespan = Lifespan()) {
        self.code = code
        self.name = name
        self.level = level
        self.leftUnitCode = leftUnitCode
        self.rightUnitCode = rightUnitCode
        self.geometry = geometry
        self.agreementReference = agreementReference
        self.agreementDate = agreementDate
        self.courseDescription = courseDescription
        self.status = status
        self.lifespan = lifespan
    }
}
