/// The 16-point compass of GB/T 17796 line descriptions (走向说明): 22.5° sectors from true north,
/// 北 covering 348°45′–11°15′.
enum Compass {
    /// The sixteen points clockwise from north, in the wording of boundary descriptions.
    static let points = [
        "北", "北东北", "东北", "东东北", "东", "东东南", "东南", "南东南",
        "南", "南西南", "西南", "西西南", "西", "西西北", "西北", "北西北",
    ]

    /// The compass point of `bearing` (degrees clockwise from north, any range).
    static func point(_ bearing: Double) -> String {
        points[Int((normalized(bearing) + 11.25) / 22.5) % 16]
    }

    /// "自西北向东南" for a course heading on `bearing`: from the opposite point towards this one.
    static func course(_ bearing: Double) -> String {
        "自\(point(bearing + 180))向\(point(bearing))"
    }

    /// `azimuth` in [0, 360).
    static func normalized(_ azimuth: Double) -> Double {
        let a = azimuth.truncatingRemainder(dividingBy: 360)
        return a < 0 ? a + 360 : a
    }
}
