/// Settlements and the seats of village and residents' committees (嘎查、村、社区驻地), and forest and state farms.
///
/// Pastoral gacha in the west carry Mongolian names, romanized word by word from the Mongolian; farming villages
/// in the east carry Chinese names, written as one word as natural-village names are.
extension NameCatalogue {
    static let settlements: [AuthoredName] = [
        // Gacha (pastoral villages)
        Entry("巴彦乌拉嘎查", "Bayan Ul", "gacha", .inUnit("150725"), latin: "Bayan uul", meaning: "蒙古语，意为富饶的山"),
        Entry("额尔敦乌拉嘎查", "Erdun Ul", "gacha", .inUnit("150725"), latin: "Erdene uul", meaning: "蒙古语，意为宝山"),
        Entry("乌兰宝力格嘎查", "Ulan Bulag", "gacha", .inUnit("150725"), latin: "Ulaan bulag", meaning: "蒙古语，意为红泉"),
        Entry("查干诺尔嘎查", "Qagan Nur", "gacha", .inUnit("150726"), latin: "Tsagaan nuur"),
        Entry("呼和温都尔嘎查", "Hoh Ondor", "gacha", .inUnit("150726"), latin: "Khökh öndör", meaning: "蒙古语，意为青色的高地"),
        Entry("乌力吉图嘎查", "Uljit", "gacha", .inUnit("150726"), latin: "Öljiit", meaning: "蒙古语，意为吉祥的地方"),
        Entry("阿拉坦宝力格嘎查", "Altan Bulag", "gacha", .inUnit("150726"), latin: "Altan bulag", meaning: "蒙古语，意为金泉"),
        Entry("宝力格嘎查", "Bulag", "gacha", .inUnit("150727"), latin: "Bulag", meaning: "蒙古语，意为泉"),
        Entry("哈日干图嘎查", "Hargant", "gacha", .inUnit("150727"), latin: "Khargant"),
        Entry("额尔敦嘎查", "Erdun", "gacha", .inUnit("150727"), latin: "Erdene", meaning: "蒙古语，意为宝"),
        Entry("锡林嘎查", "Xilin", "gacha", .inUnit("150727"), latin: "Shiliin"),
        Entry("乌兰嘎查", "Ulan", "gacha", .inUnit("150727"), latin: "Ulaan", meaning: "蒙古语，意为红色"),
        Entry("孟根楚鲁嘎查", "Menggen Qulu", "gacha", .inUnit("150724"), latin: "Möngön chuluu", meaning: "蒙古语，意为银石"),
        Entry("维特很嘎查", "Weitehen", "gacha", .inUnit("150724"), origin: "鄂温克语地名"),
        Entry("辉道嘎查", "Huidao", "gacha", .inUnit("150724")),
        // Villages (farming)
        Entry("团结村", "Tuanjie", "village", .inUnit("150721"), origin: "那吉镇辖村"),
        Entry("团结村", "Tuanjie", "village", .inUnit("150721"), origin: "六合镇辖村"),
        Entry("新发村", "Xinfa", "village", .inUnit("150721")),
        Entry("太平村", "Taiping", "village", .inUnit("150721")),
        Entry("永胜村", "Yongsheng", "village", .inUnit("150721")),
        Entry("长胜村", "Changsheng", "village", .inUnit("150722")),
        Entry("前进村", "Qianjin", "village", .inUnit("150722")),
        Entry("红光村", "Hongguang", "village", .inUnit("150722")),
        Entry("繁荣村", "Fanrong", "village", .inUnit("150783")),
        Entry("富强村", "Fuqiang", "village", .inUnit("150783")),
        Entry("二道河村", "Erdaohe", "village", .inUnit("150783")),
        // Residents' committees
        Entry("河东社区", "Hedong", "community", .hailar),
        Entry("团结社区", "Tuanjie", "community", .hailar),
        Entry("光明社区", "Guangming", "community", .hailar),
        Entry("曼哈顿社区", "Manhadun", "community", .hailar),
        Entry("道南社区", "Daonan", "community", .manzhouli),
        Entry("北区社区", "Beiqu", "community", .manzhouli),
        // Forest farms and state farms
        Entry("谢尔塔拉农牧场", "Xie'ertala", "farm", .inUnit("150702")),
        Entry("哈达图农牧场", "Hadatu", "farm", .inUnit("150725")),
        Entry("上库力农场", "Shangkuli", "farm", .inUnit("150784")),
        Entry("三河马场", "Sanhe", "farm", .inUnit("150784")),
        Entry("大河湾农场", "Dahewan", "farm", .inUnit("150783")),
        Entry("伊图里河林场", "Yitulihe", "farm", .inUnit("150782")),
        Entry("阿龙山林场", "Alongshan", "farm", .inUnit("150785")),
        Entry("莫尔道嘎林场", "Mo'erdaoga", "farm", .inUnit("150784")),
    ]
}
