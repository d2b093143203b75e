import Foundation

/// The configurable category tree of place names, written to `data/names/categories.tsv`.
///
/// The eight top-level codes are the `category` values of the names layer (the kinds of 地名 in Art. 3 of the 2022
/// 地名管理条例); the second level is this project's own, used as `subcategory`. GB/T 18521's numeric class codes
/// were not available, so codes are mnemonic words; a deployment may replace the file with its own tree.
enum NameCategories {
    struct Category {
        var code: String
        var parent: String?
        var chinese: String
        var english: String
    }

    static let tree: [Category] = [
        Category(code: "natural", parent: nil, chinese: "自然地理实体", english: "Natural features"),
        Category(code: "river", parent: "natural", chinese: "河流", english: "River"),
        Category(code: "lake", parent: "natural", chinese: "湖泊、泡子", english: "Lake or pond"),
        Category(code: "mountain", parent: "natural", chinese: "山峰、山岭", english: "Mountain or range"),
        Category(code: "wetland", parent: "natural", chinese: "湿地", english: "Wetland"),
        Category(code: "sandland", parent: "natural", chinese: "沙地", english: "Sandy land"),
        Category(code: "cave", parent: "natural", chinese: "洞穴", english: "Cave"),
        Category(code: "administrative", parent: nil, chinese: "行政区划", english: "Administrative divisions"),
        Category(code: "town", parent: "administrative", chinese: "镇", english: "Town"),
        Category(code: "sumu", parent: "administrative", chinese: "苏木、民族乡", english: "Sumu or ethnic township"),
        Category(code: "subdistrict", parent: "administrative", chinese: "街道", english: "Subdistrict"),
        Category(code: "settlement", parent: nil, chinese: "居民点与村（居）委会驻地", english: "Settlements and committee seats"),
        Category(code: "gacha", parent: "settlement", chinese: "嘎查", english: "Gacha (pastoral village)"),
        Category(code: "village", parent: "settlement", chinese: "村", english: "Village"),
        Category(code: "community", parent: "settlement", chinese: "社区", english: "Residents' committee"),
        Category(code: "farm", parent: "settlement", chinese: "林场、农牧场", english: "Forest farm or state farm"),
        Category(code: "street", parent: nil, chinese: "街路巷", english: "Streets, roads and lanes"),
        Category(code: "avenue", parent: "street", chinese: "大街、大道", english: "Avenue"),
        Category(code: "road", parent: "street", chinese: "路", english: "Road"),
        Category(code: "jie", parent: "street", chinese: "街", english: "Street"),
        Category(code: "lane", parent: "street", chinese: "巷、胡同", english: "Lane"),
        Category(code: "residential", parent: nil, chinese: "住宅区与楼宇", english: "Residential areas and buildings"),
        Category(code: "estate", parent: "residential", chinese: "住宅区", english: "Residential estate"),
        Category(code: "building", parent: "residential", chinese: "楼宇", english: "Building"),
        Category(code: "facility", parent: nil, chinese: "交通水利等设施", english: "Transport, water and other facilities"),
        Category(code: "airport", parent: "facility", chinese: "机场", english: "Airport"),
        Category(code: "station", parent: "facility", chinese: "火车站", english: "Railway station"),
        Category(code: "port", parent: "facility", chinese: "口岸", english: "Border port"),
        Category(code: "bridge", parent: "facility", chinese: "桥梁", english: "Bridge"),
        Category(code: "reservoir", parent: "facility", chinese: "水库、水利设施", english: "Reservoir or waterworks"),
        Category(code: "power", parent: "facility", chinese: "电力设施", english: "Power plant or substation"),
        Category(code: "weather", parent: "facility", chinese: "气象、水文站", english: "Weather or gauging station"),
        Category(code: "park", parent: nil, chinese: "城市公园与自然保护地", english: "Parks and protected areas"),
        Category(code: "urbanpark", parent: "park", chinese: "城市公园", english: "Urban park"),
        Category(code: "square", parent: "park", chinese: "广场", english: "Public square"),
        Category(code: "forestpark", parent: "park", chinese: "森林公园", english: "Forest park"),
        Category(code: "wetlandpark", parent: "park", chinese: "湿地公园", english: "Wetland park"),
        Category(code: "reserve", parent: "park", chinese: "自然保护区", english: "Nature reserve"),
        Category(code: "other", parent: nil, chinese: "其他", english: "Other"),
        Category(code: "heritage", parent: "other", chinese: "文物古迹", english: "Heritage site"),
        Category(code: "scenic", parent: "other", chinese: "旅游景区", english: "Scenic area"),
    ]

    /// The top-level category of `subcategory`, or `nil` for an unknown code.
    static func category(of subcategory: String) -> String? {
        guard let c = tree.first(where: { $0.code == subcategory }) else { return nil }
        return c.parent ?? c.code
    }

    /// Writes `categories.tsv` (UTF-8, LF, a header row; the parent column is empty for top-level categories).
    static func write(to path: String) throws {
        var text = "code\tparent\tname_zh\tname_en\n"
        for c in tree { text += "\(c.code)\t\(c.parent ?? "")\t\(c.chinese)\t\(c.english)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
