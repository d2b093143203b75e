/// Urban parks, squares and protected areas (城市公园、自然保护地), and other named places: heritage sites and
/// scenic areas.
extension NameCatalogue {
    static let parks: [AuthoredName] = [
        Entry("成吉思汗广场", "Chengjisihan", "square", .hailar, land: 230_000),
        Entry("西山国家森林公园", "Xishan", "forestpark", .hailar, origin: "以樟子松林著称"),
        Entry("北山公园", "Beishan", "urbanpark", .hailar),
        Entry("伊敏河湿地公园", "Yiminhe", "wetlandpark", .hailar),
        Entry("套娃广场", "Taowa", "square", .manzhouli, land: 87_000),
        Entry("中苏友谊公园", "Zhongsu Youyi", "urbanpark", .manzhouli),
        Entry("二卡国家湿地公园", "Erka", "wetlandpark", .inUnit("150781")),
        Entry("扎兰屯吊桥公园", "Zalantun Diaoqiao", "urbanpark", .zalantun),
        Entry("尼尔基公园", "Ni'erji", "urbanpark", .nierji),
        Entry("根河源国家湿地公园", "Genheyuan", "wetlandpark", .genhe),
        Entry("额尔古纳国家湿地公园", "Ergun", "wetlandpark", .labudalin),
        Entry("莫尔道嘎国家森林公园", "Mo'erdaoga", "forestpark", .at(120.80, 51.30, "150784")),
        Entry("红花尔基樟子松国家森林公园", "Honghua'erji Zhangzisong", "forestpark", .inUnit("150724")),
        Entry("阿里河国家森林公园", "Alihe", "forestpark", .alihe),
        Entry("辉河国家级自然保护区", "Huihe", "reserve", .at(119.50, 48.75, "150724")),
        Entry("达赉湖国家级自然保护区", "Dalaihu", "reserve", .at(117.50, 48.80, "150727"), latin: "Dalai nuur"),
        Entry("汗马国家级自然保护区", "Hanma", "reserve", .inUnit("150785")),
        Entry("毕拉河国家级自然保护区", "Bilahe", "reserve", .inUnit("150723")),
        Entry("额尔古纳国家级自然保护区", "Ergun", "reserve", .inUnit("150784")),
    ]

    static let others: [AuthoredName] = [
        Entry("哈克遗址", "Hake", "heritage", .inUnit("150702"), origin: "新石器时代遗址"),
        Entry("海拉尔要塞遗址", "Hailar Yaosai", "heritage", .hailar, origin: "侵华日军修筑的军事要塞"),
        Entry("扎赉诺尔古墓群", "Jalainur", "heritage", .jalainur, origin: "鲜卑墓群"),
        Entry("蘑菇山遗址", "Mogushan", "heritage", .jalainur),
        Entry("金界壕遗址", "Jinjiehao", "heritage", .inUnit("150726"), aliases: ["成吉思汗边墙"]),
        Entry("呼和诺尔旅游景区", "Hoh Nur Lüyou", "scenic", .at(119.05, 49.22, "150725"), latin: "Khökh nuur"),
        Entry("国门景区", "Guomen", "scenic", .manzhouli),
        Entry("敖鲁古雅使鹿部落景区", "Aoluguya Shilu Buluo", "scenic", .genhe),
    ]
}
