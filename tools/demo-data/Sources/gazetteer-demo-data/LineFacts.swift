import Gazetteer

/// Authored facts about the boundary lines that geometry cannot give: short names for line names, agreements,
/// the disputed line, the river stretch of 蒙黑线 and how the outer lines end.
///
/// Agreement titles follow the real pattern 《甲与乙行政区域界线协议书》; their dates are invented for the demo.
enum LineFacts {
    /// The short forms of unit names used in line names, e.g. 海拉尔—鄂温克线.
    static let shortNames: [String: String] = [
        "150702": "海拉尔", "150703": "扎赉诺尔", "150721": "阿荣", "150722": "莫旗", "150723": "鄂伦春",
        "150724": "鄂温克", "150725": "陈巴尔虎", "150726": "新左旗", "150727": "新右旗", "150781": "满洲里",
        "150782": "牙克石", "150783": "扎兰屯", "150784": "额尔古纳", "150785": "根河",
    ]

    /// The provincial line 蒙黑线 (Inner Mongolia 15 – Heilongjiang 23).
    static let provincialCode = "1523"
    static let provincialName = "蒙黑线"
    static let provincialAgreement = Agreement(title: "《内蒙古自治区与黑龙江省行政区域界线协议书》", date: DemoDate(2001, 11, 28))

    /// The prefectural line 呼兴线 (Hulunbuir – Hinggan League).
    static let leagueCode = "150700-152200"
    static let leagueName = "呼兴线"
    static let leagueAgreement = Agreement(title: "《呼伦贝尔市与兴安盟行政区域界线协议书》", date: DemoDate(2003, 6, 18))

    /// An agreement (协议书) and the date it was signed.
    struct Agreement {
        var title: String
        var date: DemoDate
    }

    /// The county lines settled by an agreement, by line code, with the signing date. The others have none on
    /// record ("unknown"), and one is disputed.
    static let countyAgreementDates: [String: DemoDate] = [
        "150702-150724": DemoDate(2003, 9, 16), "150702-150725": DemoDate(2003, 9, 16),
        "150703-150781": DemoDate(2005, 6, 8), "150721-150722": DemoDate(2004, 7, 21),
        "150721-150783": DemoDate(2004, 8, 5), "150722-150723": DemoDate(2004, 10, 12),
        "150723-150782": DemoDate(2005, 5, 19), "150724-150782": DemoDate(2004, 6, 30),
        "150724-150725": DemoDate(2004, 5, 20), "150724-150783": DemoDate(2004, 9, 3),
        "150725-150784": DemoDate(2005, 6, 22),
        "150782-150783": DemoDate(2004, 11, 18), "150782-150785": DemoDate(2005, 7, 14),
        "150784-150785": DemoDate(2005, 8, 26),
    ]

    /// The county line in dispute: 陈巴尔虎旗 and 新巴尔虎左旗 disagree over summer pastures along it, so it has no
    /// agreement and its markers date from the 1990s survey.
    static let disputedCountyLine = "150725-150726"

    /// The agreement of a county line between `a` and `b` (codes), titled with the units' full names.
    static func countyAgreement(_ code: String, _ a: Authored.Unit, _ b: Authored.Unit) -> Agreement? {
        countyAgreementDates[code].map { Agreement(title: "《\(a.name)与\(b.name)行政区域界线协议书》", date: $0) }
    }

    /// The stretch of 蒙黑线 that follows the main channel of the 嫩江 (Nen River), between two vertices of
    /// ``Authored/provincialLine``. Markers on it are same-number pairs (同号双立), one post on each bank.
    static let nenRiverStretch = (north: Coordinate(126.05, 49.85), south: Coordinate(125.20, 48.35))

    /// How 蒙黑线 begins and ends, for its course description.
    static let provincialEnds = (north: "额尔古纳河与石勒喀河汇合处附近的中俄国界线", south: "内蒙古自治区呼伦贝尔市、兴安盟与黑龙江省三交点")
    /// How 呼兴线 begins and ends.
    static let leagueEnds = (west: "中蒙国界线", east: "内蒙古自治区呼伦贝尔市、兴安盟与黑龙江省三交点")

    /// The azimuth (degrees) on which the Hinggan–Heilongjiang line, outside the demo, leaves the three-way
    /// junction at the southern end of 蒙黑线; with the two demo lines it splits the ground around the junction's
    /// same-number triple (同号三立) marker into its three units.
    static let hingganHeilongjiangAzimuth = 150.0
}
