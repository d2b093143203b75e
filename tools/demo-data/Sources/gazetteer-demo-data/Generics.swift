/// Generic terms (通名) and their romanization, for splitting an authored name into specific and generic and
/// spelling the generic: 中央街 → 中央 + 街 → "Zhongyang Jie".
///
/// Longer generics win (大街 before 街, 国家森林公园 before 公园). A name may end in none of them (皇庭御景, 加州1886):
/// it then has no generic, which is itself one of the faults a name office looks for.
enum Generics {
    static let pinyin: [String: String] = [
        // streets
        "大街": "Dajie", "街": "Jie", "路": "Lu", "大道": "Dadao", "巷": "Xiang", "胡同": "Hutong",
        // residential areas and buildings
        "小区": "Xiaoqu", "社区": "Shequ", "花园": "Huayuan", "家园": "Jiayuan", "苑": "Yuan", "园": "Yuan",
        "公寓": "Gongyu", "大厦": "Dasha", "广场": "Guangchang", "城": "Cheng", "新城": "Xincheng", "商城": "Shangcheng",
        "大院": "Dayuan", "里": "Li", "岛": "Dao", "公馆": "Gongguan",
        // divisions and settlements
        "镇": "Zhen", "乡": "Xiang", "民族乡": "Minzuxiang", "苏木": "Sumu", "街道": "Jiedao", "嘎查": "Gacha",
        "村": "Cun", "林场": "Linchang", "农场": "Nongchang", "牧场": "Muchang", "农牧场": "Nongmuchang", "马场": "Machang",
        // natural features
        "河": "He", "江": "Jiang", "湖": "Hu", "泡": "Pao", "诺尔": "Nur", "山": "Shan", "岭": "Ling", "峰": "Feng",
        "湿地": "Shidi", "沙地": "Shadi", "洞": "Dong", "泉": "Quan",
        // facilities
        "水库": "Shuiku", "站": "Zhan", "机场": "Jichang", "国际机场": "Guoji Jichang", "口岸": "Kou'an", "大桥": "Daqiao",
        "桥": "Qiao", "发电厂": "Fadianchang", "热电厂": "Redianchang", "变电站": "Biandianzhan", "气象站": "Qixiangzhan",
        "水文站": "Shuiwenzhan", "堤防": "Difang",
        // parks, protected areas and others
        "公园": "Gongyuan", "森林公园": "Senlin Gongyuan", "国家森林公园": "Guojia Senlin Gongyuan",
        "湿地公园": "Shidi Gongyuan", "国家湿地公园": "Guojia Shidi Gongyuan", "自然保护区": "Ziran Baohuqu",
        "国家级自然保护区": "Guojiaji Ziran Baohuqu", "遗址": "Yizhi", "景区": "Jingqu", "古墓群": "Gumuqun",
    ]

    /// The longest generic that ends `name` (and leaves a non-empty specific), or `nil`.
    static func split(_ name: String) -> (specific: String, generic: String)? {
        var best: String?
        for generic in pinyin.keys where name.hasSuffix(generic) && name.count > generic.count {
            if best == nil || generic.count > best!.count { best = generic }
        }
        return best.map { (String(name.dropLast($0.count)), $0) }
    }
}
