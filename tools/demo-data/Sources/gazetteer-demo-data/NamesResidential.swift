/// Residential areas and buildings (住宅区、楼宇) with their scale: land area and floor area (m²), storeys.
///
/// All invented for the demo. Most are unremarkable; the rest carry the faults the 2018–2019 campaign listed
/// (大, 洋, 怪, 重, stacked generics, 广场 for a small plot), see ``NameCatalogue/problemNames``.
extension NameCatalogue {
    private static func housing(_ unit: String, _ n: Int, _ y: Int, _ m: Int, _ d: Int) -> Approval {
        approval(unit, n, DemoDate(y, m, d), housing: true)
    }

    static let residential: [AuthoredName] = [
        // 海拉尔区
        Entry("伊敏河畔小区", "Yiminhepan", "estate", .hailar, approval: housing("150702", 3, 2011, 3, 15), land: 58_000, floor: 136_000),
        Entry("北山家园", "Beishan", "estate", .hailar, approval: housing("150702", 9, 2012, 6, 1), land: 31_000, floor: 74_000),
        Entry("西山花园", "Xishan", "estate", .hailar, land: 46_000, floor: 98_000),
        Entry("学府苑", "Xuefu", "estate", .hailar, land: 12_500, floor: 38_000),
        Entry("阳光小区", "Yangguang", "estate", .hailar, approval: housing("150702", 14, 2008, 9, 9), land: 42_000, floor: 120_000),
        Entry("新阳光小区", "Xinyangguang", "estate", .hailar, land: 36_000, floor: 105_000),
        Entry("草原明珠小区", "Caoyuan Mingzhu", "estate", .hailar, land: 27_000, floor: 101_000),
        Entry("滨河苑", "Binhe", "estate", .hailar, land: 9_800, floor: 29_000),
        Entry("金色家园", "Jinse", "estate", .hailar, land: 24_000, floor: 66_000),
        Entry("嘎仙小区", "Gaxian", "estate", .hailar, land: 33_000, floor: 104_000),
        Entry("胜利小区", "Shengli", "estate", .hailar, land: 21_000, floor: 62_000),
        Entry("铁路小区", "Tielu", "estate", .hailar, land: 38_000, floor: 88_000),
        Entry("呼伦贝尔大厦", "Hulun Buir", "building", .hailar, land: 8_200, floor: 46_000, storeys: 22),
        Entry("国贸大厦", "Guomao", "building", .hailar, approval: housing("150702", 21, 2014, 4, 28), land: 6_500, floor: 52_000, storeys: 26),
        Entry("金鼎广场", "Jinding", "building", .hailar, land: 6_800, floor: 42_000, storeys: 18),
        Entry("银河大厦广场", "Yinhe Dasha", "building", .hailar, land: 7_200, floor: 58_000, storeys: 24),
        Entry("99大厦", "99", "building", .hailar, land: 3_100, floor: 27_000, storeys: 19),
        Entry("环球国际花园", "Huanqiu Guoji", "estate", .hailar, land: 64_000, floor: 182_000),
        Entry("中央首府小区", "Zhongyang Shoufu", "estate", .hailar, land: 52_000, floor: 160_000),
        Entry("维也纳森林小区", "Weiyena Senlin", "estate", .hailar, land: 40_000, floor: 118_000),
        Entry("BOBO自由城", "BOBO Ziyou", "estate", .hailar, land: 29_000, floor: 96_000),
        Entry("皇庭御景", "Huangting Yujing", "estate", .hailar, land: 18_000, floor: 61_000),
        // 满洲里市
        Entry("国门小区", "Guomen", "estate", .manzhouli, approval: housing("150781", 5, 2010, 7, 20), land: 35_000, floor: 92_000),
        Entry("中俄友谊小区", "Zhong'e Youyi", "estate", .manzhouli, land: 28_000, floor: 81_000),
        Entry("口岸小区", "Kou'an", "estate", .manzhouli, land: 22_000, floor: 64_000),
        Entry("华埠小区", "Huabu", "estate", .manzhouli, land: 26_000, floor: 77_000),
        Entry("西郊家园", "Xijiao", "estate", .manzhouli, land: 30_000, floor: 83_000),
        Entry("乔巴山家园", "Qiaobashan", "estate", .manzhouli, land: 19_000, floor: 57_000),
        Entry("乌兰巴托商城", "Wulanbatuo", "building", .manzhouli, land: 9_100, floor: 36_000, storeys: 6),
        Entry("香榭丽舍小区", "Xiangxielishe", "estate", .manzhouli, land: 23_000, floor: 70_000),
        Entry("8哩岛", "8li", "estate", .manzhouli, land: 15_000, floor: 48_000),
        Entry("宇宙大厦", "Yuzhou", "building", .manzhouli, land: 4_600, floor: 31_000, storeys: 16),
        Entry("翠林苑公寓", "Cuilinyuan", "building", .manzhouli, land: 5_200, floor: 21_000, storeys: 11),
        // 扎赉诺尔区
        Entry("矿工小区", "Kuanggong", "estate", .jalainur, land: 41_000, floor: 90_000),
        Entry("灵泉小区", "Lingquan", "estate", .jalainur, land: 24_000, floor: 61_000),
        // 牙克石市
        Entry("林城家园", "Lincheng", "estate", .yakeshi, approval: housing("150782", 6, 2013, 5, 14), land: 34_000, floor: 87_000),
        Entry("凤凰小区", "Fenghuang", "estate", .yakeshi, land: 25_000, floor: 69_000),
        Entry("盛世天下城", "Shengshi Tianxia", "estate", .yakeshi, land: 48_000, floor: 142_000),
        Entry("加州1886", "Jiazhou 1886", "estate", .yakeshi, land: 16_000, floor: 52_000),
        // 扎兰屯市
        Entry("吊桥小区", "Diaoqiao", "estate", .zalantun, land: 27_000, floor: 73_000),
        Entry("雅鲁小区", "Yalu", "estate", .zalantun, land: 22_000, floor: 60_000),
        Entry("威尼斯水城", "Weinisi Shui", "estate", .zalantun, land: 55_000, floor: 150_000),
        Entry("御府花园", "Yufu", "estate", .zalantun, land: 26_000, floor: 71_000),
        Entry("中华世纪城", "Zhonghua Shiji", "estate", .zalantun, land: 62_000, floor: 176_000),
        // 额尔古纳市, 根河市, 新巴尔虎右旗 and the eastern banners
        Entry("金色·阳光小区", "Jinse Yangguang", "estate", .labudalin, land: 21_000, floor: 58_000),
        Entry("拉布大林小区", "Labudalin", "estate", .labudalin, land: 30_000, floor: 71_000),
        Entry("驯鹿小区", "Xunlu", "estate", .genhe, land: 20_000, floor: 52_000),
        Entry("根河家园", "Genhe", "estate", .genhe, land: 26_000, floor: 63_000),
        Entry("EE新城", "EE", "estate", .genhe, land: 31_000, floor: 90_000),
        Entry("莫嫩小区", "Monen", "estate", .altanemel, historical: ["乔巴山小区"],
              origin: "2023年依据“不以外国人名、地名作地名”的规定由乔巴山小区更名", land: 24_000, floor: 55_000),
        Entry("那吉小区", "Naji", "estate", .naji, land: 28_000, floor: 70_000),
        Entry("尼尔基家园", "Ni'erji", "estate", .nierji, land: 25_000, floor: 64_000),
        Entry("阿里河小区", "Alihe", "estate", .alihe, land: 19_000, floor: 47_000),
    ]
}
