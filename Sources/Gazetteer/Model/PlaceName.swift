/// The big classes of place names after GB/T 18521 and Art. 3 of the 2022 Regulations on Place Names.
/// The tree below them is configurable (data/names); these are the fixed top level.
public enum PlaceCategory: String, Sendable, CaseIterable, Codable {
    case naturalFeature = "natural"
    case administrativeUnit = "administrative"
    case settlement = "settlement"
    case streetOrRoad = "street"
    case residentialOrBuilding = "residential"
    case facility = "facility"
    case parkOrProtectedArea = "park"
    case other = "other"

    public var chinese: String {
        switch self {
        case .naturalFeature: return "自然地理实体"
        case .administrativeUnit: return "行政区划"
        case .settlement: return "居民点与村（居）委会驻地"
        case .streetOrRoad: return "街路巷"
        case .residentialOrBuilding: return "住宅区与楼宇"
        case .facility: return "交通水利等设施"
        case .parkOrProtectedArea: return "城市公园与自然保护地"
        case .other: return "其他"
        }
    }
}

/// Where a place name stands in the approval process.
public enum PlaceNameStatus: String, Sendable, CaseIterable, Codable {
    case standard, nonstandard, pendingRename, retired

    public var chinese: String {
        switch self {
        case .standard: return "标准"
        case .nonstandard: return "不规范"
        case .pendingRename: return "待更名"
        case .retired: return "已撤销"
        }
    }
}

/// The approval of a name: who approved it, by which decision, when.
public struct Approval: Hashable, Sendable {
    public var authority: String?
    public var decisionNumber: String?
    public var date: RegistryDate?

    public init(authority: String? = nil, decisionNumber: String? = nil, date: RegistryDate? = nil) {
        self.authority = authority
        self.decisionNumber = decisionNumber
        self.date = date
    }
}

/// Size attributes that generic-term rules test (a 大街 must be wide enough, a 广场 large enough).
public struct PlaceScale: Hashable, Sendable {
    /// Road width in metres (red line).
    public var roadWidth: Double?
    /// Land area in m².
    public var landArea: Double?
    /// Floor area in m².
    public var floorArea: Double?
    public var storeys: Int?

    public init(roadWidth: Double? = nil, landArea: Double? = nil, floorArea: Double? = nil, storeys: Int? = nil) {
        self.roadWidth = roadWidth
        self.landArea = landArea
        self.floorArea = floorArea
        self.storeys = storeys
    }
}

/// A place name (地名) as registered.
public struct PlaceName: Hashable, Sendable {
    /// The registry's id for the name.
    public var id: String
    public var names: NameForms
    public var category: PlaceCategory
    /// A finer class from the configurable tree, e.g. "street.road".
    public var subcategory: String?
    /// The code of the administrative unit it lies in.
    public var unitCode: String?
    /// Its geometry: a point, line or polygon (CGCS2000 longitude/latitude).
    public var geometry: Geometry?
    /// 含义: what the name means; 来历: where it comes from.
    public var meaning: String?
    public var origin: String?
    public var approval: Approval?
    public var status: PlaceNameStatus?
    public var scale: PlaceScale
    public var lifespan: Lifespan

    public init(id: String, names: NameForms, category: PlaceCategory, subcategory: String? = nil, unitCode: String? = nil,
                geometry: Geometry? = nil, meaning: String? = nil, origin: String? = nil, approval: Approval? = nil,
                status: PlaceNameStatus? = nil, scale: PlaceScale = PlaceScale(), lifespan: Lifespan = Lifespan()) {
        self.id = id
        self.names = names
        self.category = category
        self.subcategory = subcategory
        self.unitCode = unitCode
        self.geometry = geometry
        self.meaning = meaning
        self.origin = origin
        self.approval = approval
        self.status = status
        self.scale = scale
        self.lifespan = lifespan
    }
}
