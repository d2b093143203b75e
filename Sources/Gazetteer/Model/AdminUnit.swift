/// The level of an administrative unit in China's hierarchy, with Inner Mongolia's own names for some levels.
public enum AdminLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// 省级: province or autonomous region.
    case province
    /// 地级: prefecture-level city, league (盟).
    case prefecture
    /// 县级: county, banner (旗), district, county-level city.
    case county
    /// 乡级: township, town, sumu (苏木), subdistrict.
    case township
    /// 村级: village, gacha (嘎查), community.
    case village

    /// The Chinese term for the level.
    public var chinese: String {
        switch self {
        case .province: return "省级"
        case .prefecture: return "地级"
        case .county: return "县级"
        case .township: return "乡级"
        case .village: return "村级"
        }
    }

    public static func < (a: AdminLevel, b: AdminLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The level implied by a GB/T 2260 (6-digit) or statistical (12-digit) code.
    public init?(code: String) {
        // ASCII digits, the usual case, are counted as bytes; other numerals (full-width ones) as characters.
        let ascii = code.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        guard ascii || code.allSatisfy(\.isNumber) else { return nil }
        switch ascii ? code.utf8.count : code.count {
        case 6:
            if code.hasSuffix("0000") { self = .province } else if code.hasSuffix("00") { self = .prefecture } else { self = .county }
        case 9:
            self = .township
        case 12:
            self = code.hasSuffix("000") ? .township : .village
        default:
            return nil
        }
    }
}

/// A government seat (政府驻地): where a unit's government sits, as registered.
public struct Seat: Hashable, Sendable {
    /// The seat's place name, e.g. "巴彦托海镇", when recorded.
    public var name: String?
    /// The registered position (CGCS2000 longitude/latitude), when recorded.
    public var position: Coordinate?
    /// The postal address, when recorded.
    public var address: String?

    public init(name: String? = nil, position: Coordinate? = nil, address: String? = nil) {
        self.name = name
        self.position = position
        self.address = address
    }
}

/// An administrative unit (行政区划单位) as registered, in one version of its history.
public struct AdminUnit: Hashable, Sendable {
    /// The GB/T 2260 code (6 digits) or the statistical code (9 or 12 digits; see ``AdminCode``).
    public var code: String
    /// Its names: standard Chinese, specific and generic parts, romanization, Mongolian forms.
    public var names: NameForms
    /// Its level, as recorded (or implied by its code, see ``AdminLevel/init(code:)``).
    public var level: AdminLevel?
    /// The code of the unit it belongs to.
    public var parentCode: String?
    /// The registered government seat.
    public var seat: Seat?
    /// The boundary polygon (CGCS2000 longitude/latitude), when known.
    public var boundary: Geometry?
    /// When this version was in force.
    public var lifespan: Lifespan

    public init(code: String, names: NameForms, level: AdminLevel? = nil, parentCode: String? = nil, seat: Seat? = nil,
                boundary: Geometry? = nil, lifespan: Lifespan = Lifespan()) {
        self.code = code
        self.names = names
        self.level = level
        self.parentCode = parentCode
        self.seat = seat
        self.boundary = boundary
        self.lifespan = lifespan
    }
}

/// Administrative codes in one form, whichever list they came from.
///
/// The statistical code lists write a township both as 9 digits (the township list: `150702001`) and as 12 digits
/// padded with zeros (the village list's `township_code`: `150702001000`), and a county as `150702` or
/// `150702000000`. The registry keeps the shortest form that carries the meaning: a 12-digit code ending in `000000`
/// becomes its 6-digit county (or prefecture, province) code, one ending in `000` its 9-digit township code; village
/// codes keep their 12 digits. So a village's parent finds its township whichever list each came from.
public enum AdminCode {
    /// `code` in the registry's form (see ``AdminCode``); codes of other lengths are returned as they are.
    public static func normalized(_ code: String) -> String {
        guard code.utf8.count == 12, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return code }
        if code.hasSuffix("000000") { return String(code.prefix(6)) }
        if code.hasSuffix("000") { return String(code.prefix(9)) }
        return code
    }
}
