/// The place names of the demo registry, gathered from the catalogue files (Names*.swift), in id order.
///
/// Real names of Hulunbuir's towns, sumu, rivers, lakes, streets and facilities are used as the facts they are;
/// positions are approximate (to a kilometre or so) where given, otherwise drawn inside the schematic demo unit.
/// Estates, buildings, approval decisions and the faulty names are invented for the demo.
enum NameCatalogue {
    static var all: [AuthoredName] {
        natural + administrative + settlements + streets + residential + facilities + parks + others
    }

    /// The deliberately faulty names, for tests: (name, unit, what a name office would object to). Every entry with
    /// that name in that unit is meant (two 团结村 in 阿荣旗, two 建设路 in 海拉尔); every other entry is meant to be
    /// clean (中央街 in 海拉尔 is a customary name older than the 1996 rules, which the campaign exempts; 建设路 in
    /// 牙克石 is another built-up area).
    static let problemNames: [(name: String, unit: String, fault: String)] = [
        ("天鹅湖", "150703", "romanization lacks the apostrophe (Tiane Hu for Tian'e Hu)"),
        ("曼哈顿社区", "150702", "洋: foreign place name"),
        ("团结村", "150721", "重: two villages of this name in 阿荣旗"),
        ("友谊大街", "150702", "English generic in the romanization (Youyi Avenue)"),
        ("呼伦大街", "150702", "romanization joins specific and generic (Hulundajie)"),
        ("建设路", "150702", "重: two streets of this name in 海拉尔's built-up area"),
        ("北山路", "150702", "English generic in the romanization (Beishan Road)"),
        ("和平街", "150702", "English generic in the romanization (Heping Street)"),
        ("兴安路", "150702", "romanization lacks the apostrophe (Xingan Lu for Xing'an Lu)"),
        ("延安街", "150702", "romanization lacks the apostrophe (Yanan Jie for Yan'an Jie)"),
        ("新华路", "150781", "重: homophone of 新化路 in 满洲里's built-up area"),
        ("新化路", "150781", "重: homophone of 新华路 in 满洲里's built-up area"),
        ("贝加尔大街", "150781", "洋: foreign place name (Lake Baikal)"),
        ("中央路", "150783", "English generic in the romanization (Zhongyang Road); 大: 中央"),
        ("新阳光小区", "150702", "重: differs from 阳光小区 in the same built-up area only by 新"),
        ("金鼎广场", "150702", "大: 广场 for a building on less than 10,000 m² of land"),
        ("银河大厦广场", "150702", "stacked generics (大厦 + 广场)"),
        ("99大厦", "150702", "怪: a bare number as the specific"),
        ("环球国际花园", "150702", "大: 环球"),
        ("中央首府小区", "150702", "大: 中央, 首府"),
        ("维也纳森林小区", "150702", "洋: foreign place name"),
        ("BOBO自由城", "150702", "怪: meaningless Latin letters"),
        ("皇庭御景", "150702", "怪: feudal words (皇庭); no generic"),
        ("乔巴山家园", "150781", "洋: a Mongolia-country place and person name (cf. 乔巴山小区 → 莫嫩小区, 2023)"),
        ("乌兰巴托商城", "150781", "洋: foreign place name (capital of Mongolia)"),
        ("香榭丽舍小区", "150781", "洋: foreign place name"),
        ("8哩岛", "150781", "怪: digit and odd character; a natural-feature generic for an estate"),
        ("宇宙大厦", "150781", "大: 宇宙"),
        ("翠林苑公寓", "150781", "stacked generics (苑 + 公寓)"),
        ("盛世天下城", "150782", "大: 天下"),
        ("加州1886", "150782", "洋 and 怪: foreign place abbreviation with a bare number; no generic"),
        ("威尼斯水城", "150783", "洋: foreign place name"),
        ("御府花园", "150783", "怪: feudal word 御府"),
        ("中华世纪城", "150783", "大: 中华"),
        ("金色·阳光小区", "150784", "怪: the symbol · inside the specific"),
        ("EE新城", "150785", "怪: meaningless Latin letters"),
        ("海拉尔站", "150702", "romanization from the characters (Hailaer) instead of the Mongolian form (Hailar)"),
    ]

    /// An approval by the government of `unit` (streets, divisions) or its housing bureau (`housing`: estates and
    /// buildings); the decision number is invented, in the usual 〔year〕number form.
    static func approval(_ unit: String, _ number: Int, _ date: DemoDate, housing: Bool = false) -> Approval {
        let (name, prefix) = authorities[unit]!
        let year = String(date.text.prefix(4))
        return Approval(authority: housing ? "\(name)住房和城乡建设局" : "\(name)人民政府",
                        decision: "\(prefix)\(housing ? "建" : "政")地字〔\(year)〕\(number)号", date: date)
    }

    private static let authorities: [String: (String, String)] = [
        "150702": ("海拉尔区", "海"), "150703": ("扎赉诺尔区", "扎区"), "150721": ("阿荣旗", "阿"),
        "150722": ("莫力达瓦达斡尔族自治旗", "莫"), "150723": ("鄂伦春自治旗", "鄂伦"), "150724": ("鄂温克族自治旗", "鄂温"),
        "150725": ("陈巴尔虎旗", "陈"), "150726": ("新巴尔虎左旗", "新左"), "150727": ("新巴尔虎右旗", "新右"),
        "150781": ("满洲里市", "满"), "150782": ("牙克石市", "牙"), "150783": ("扎兰屯市", "扎"), "150784": ("额尔古纳市", "额"),
        "150785": ("根河市", "根"),
    ]
}
