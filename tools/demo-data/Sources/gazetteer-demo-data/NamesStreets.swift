/// Streets, roads and lanes (街路巷), mostly in the built-up areas of 海拉尔 and 满洲里, with red-line widths.
///
/// Approval decisions are invented. Faults are in the content only: two 建设路 in 海拉尔, the homophones 新华路 and
/// 新化路 in 满洲里, English generics and missing apostrophes in romanizations, a foreign place name.
extension NameCatalogue {
    private static func hailar(_ n: Int, _ y: Int, _ m: Int, _ d: Int) -> Approval {
        approval("150702", n, DemoDate(y, m, d))
    }

    private static func manzhouli(_ n: Int, _ y: Int, _ m: Int, _ d: Int) -> Approval {
        approval("150781", n, DemoDate(y, m, d))
    }

    static let streets: [AuthoredName] = [
        // 海拉尔区
        Entry("胜利大街", "Shengli", "avenue", .hailar, approval: hailar(12, 2009, 5, 18), width: 40),
        Entry("中央街", "Zhongyang", "jie", .hailar, origin: "城区老街，名称沿用至今", width: 18),
        Entry("东大街", "Dong", "avenue", .hailar, approval: hailar(12, 2009, 5, 18), width: 32),
        Entry("西大街", "Xi", "avenue", .hailar, approval: hailar(12, 2009, 5, 18), width: 32),
        Entry("南大街", "Nan", "avenue", .hailar, approval: hailar(12, 2009, 5, 18), width: 30),
        Entry("北大街", "Bei", "avenue", .hailar, approval: hailar(12, 2009, 5, 18), width: 30),
        Entry("桥头大街", "Qiaotou", "avenue", .hailar, width: 36),
        Entry("友谊大街", "Youyi", "avenue", .hailar, roman: "Youyi Avenue", width: 40),
        Entry("巴尔虎大街", "Barag", "avenue", .hailar, latin: "Barga", approval: hailar(31, 2013, 8, 2), width: 42),
        Entry("呼伦大街", "Hulun", "avenue", .hailar, roman: "Hulundajie", width: 40),
        Entry("满洲里路", "Manzhouli", "road", .hailar, approval: hailar(12, 2009, 5, 18), width: 30),
        Entry("学府路", "Xuefu", "road", .hailar, approval: hailar(31, 2013, 8, 2), width: 24),
        Entry("阿里河路", "Alihe", "road", .hailar, width: 20),
        Entry("伊敏街", "Yimin", "jie", .hailar, width: 16),
        Entry("团结路", "Tuanjie", "road", .hailar, width: 22),
        Entry("建设路", "Jianshe", "road", .hailar, origin: "河西老城区道路", width: 24),
        Entry("建设路", "Jianshe", "road", .hailar, origin: "河东新区道路，2012年建成", width: 30),
        Entry("北山路", "Beishan", "road", .hailar, roman: "Beishan Road", width: 20),
        Entry("和平街", "Heping", "jie", .hailar, roman: "Heping Street", width: 14),
        Entry("兴安路", "Xing'an", "road", .hailar, roman: "Xingan Lu", width: 26),
        Entry("延安街", "Yan'an", "jie", .hailar, roman: "Yanan Jie", width: 15),
        Entry("新春街", "Xinchun", "jie", .hailar, width: 15),
        Entry("正阳街", "Zhengyang", "jie", .hailar, approval: hailar(12, 2009, 5, 18), width: 18),
        Entry("健康街", "Jiankang", "jie", .hailar, width: 16),
        Entry("靠山街", "Kaoshan", "jie", .hailar, width: 14),
        Entry("民族街", "Minzu", "jie", .hailar, width: 16),
        Entry("文化街", "Wenhua", "jie", .hailar, width: 15),
        Entry("光明街", "Guangming", "jie", .hailar, width: 14),
        Entry("幸福路", "Xingfu", "road", .hailar, width: 22),
        Entry("贝尔路", "Bei'er", "road", .hailar, approval: hailar(31, 2013, 8, 2), width: 26),
        Entry("草原路", "Caoyuan", "road", .hailar, width: 24),
        Entry("车站街", "Chezhan", "jie", .hailar, width: 18),
        Entry("机场路", "Jichang", "road", .hailar, approval: hailar(31, 2013, 8, 2), width: 36),
        Entry("滨河路", "Binhe", "road", .hailar, width: 24),
        Entry("嘎仙路", "Gaxian", "road", .hailar, approval: hailar(44, 2016, 6, 21), width: 26),
        Entry("河东路", "Hedong", "road", .hailar, width: 22),
        Entry("哈克路", "Hake", "road", .hailar, width: 20),
        Entry("南屯路", "Nantun", "road", .hailar, width: 20),
        Entry("东山路", "Dongshan", "road", .hailar, approval: hailar(44, 2016, 6, 21), width: 30),
        Entry("红旗巷", "Hongqi", "lane", .hailar, width: 6),
        Entry("粮库胡同", "Liangku", "lane", .hailar, width: 5),
        Entry("铁路一巷", "Tielu Yi", "lane", .hailar, roman: "Tielu Yixiang", width: 6),
        // 满洲里市
        Entry("中苏街", "Zhongsu", "jie", .manzhouli, origin: "因中苏边境贸易得名", width: 18),
        Entry("一道街", "Yidao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 16),
        Entry("二道街", "Erdao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 16),
        Entry("三道街", "Sandao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 16),
        Entry("四道街", "Sidao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 15),
        Entry("五道街", "Wudao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 15),
        Entry("六道街", "Liudao", "jie", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 14),
        Entry("华埠大街", "Huabu", "avenue", .manzhouli, approval: manzhouli(7, 2010, 4, 9), width: 40),
        Entry("海关路", "Haiguan", "road", .manzhouli, width: 24),
        Entry("站前路", "Zhanqian", "road", .manzhouli, width: 26),
        Entry("国门路", "Guomen", "road", .manzhouli, approval: manzhouli(19, 2014, 9, 26), width: 30),
        Entry("新华路", "Xinhua", "road", .manzhouli, width: 22),
        Entry("新化路", "Xinhua", "road", .manzhouli, width: 20),
        Entry("兴华路", "Xinghua", "road", .manzhouli, width: 22),
        Entry("友谊路", "Youyi", "road", .manzhouli, width: 24),
        Entry("西郊路", "Xijiao", "road", .manzhouli, width: 26),
        Entry("敖尔金路", "Ao'erjin", "road", .manzhouli, approval: manzhouli(19, 2014, 9, 26), width: 24),
        Entry("二卡路", "Erka", "road", .manzhouli, width: 20),
        Entry("南区大街", "Nanqu", "avenue", .manzhouli, width: 36),
        Entry("扎赉诺尔路", "Jalainur", "road", .manzhouli, width: 28),
        Entry("贝加尔大街", "Beijia'er", "avenue", .manzhouli, width: 40),
        // 扎赉诺尔区
        Entry("矿区路", "Kuangqu", "road", .jalainur, width: 20),
        Entry("灵泉路", "Lingquan", "road", .jalainur, width: 18),
        Entry("团结街", "Tuanjie", "jie", .jalainur, width: 14),
        // 牙克石市
        Entry("林城路", "Lincheng", "road", .yakeshi, width: 28),
        Entry("博克图路", "Boketu", "road", .yakeshi, width: 22),
        Entry("团结路", "Tuanjie", "road", .yakeshi, width: 20),
        Entry("建设路", "Jianshe", "road", .yakeshi, width: 22),
        Entry("胜利街", "Shengli", "jie", .yakeshi, width: 16),
        // 扎兰屯市
        Entry("布特哈大街", "Butha", "avenue", .zalantun, origin: "以清代布特哈八旗得名", width: 40),
        Entry("吊桥路", "Diaoqiao", "road", .zalantun, width: 20),
        Entry("雅鲁河路", "Yaluhe", "road", .zalantun, width: 24),
        Entry("中央路", "Zhongyang", "road", .zalantun, roman: "Zhongyang Road", width: 26),
        // 新巴尔虎右旗, 额尔古纳市, 根河市
        Entry("莫嫩大街", "Monen", "avenue", .altanemel, historical: ["确巴拉森大街"],
              origin: "2023年依据“不以外国人名、地名作地名”的规定由确巴拉森大街更名", width: 36),
        Entry("拉布大林大街", "Labudalin", "avenue", .labudalin, width: 36),
        Entry("森林路", "Senlin", "road", .genhe, width: 22),
    ]
}
