/// How large a single input record may be.
///
/// A record is one GeoJSONSeq line or one CSV row. Beyond the limit a record is refused with its position and
/// size, without being held in memory, so that a damaged file (a CSV quote never closed turns the rest of the file
/// into one field) or a hostile one cannot exhaust memory. 64 MiB holds a polygon of about 2.5 million vertices
/// written with 7 decimals, far more than any boundary the registry keeps; simplify or split a larger one.
/// A FeatureCollection is read whole (its size is bounded by memory, not by this limit).
public enum ImportLimits {
    /// The largest record read: 64 MiB.
    public static let maximumRecordBytes = 64 << 20

    /// Why a record of `byteCount` bytes is refused.
    static func tooLong(byteCount: Int, limit: Int) -> LocalizedText {
        let size = megabytes(byteCount), max = megabytes(limit)
        return LocalizedText(
            zh: "记录长 \(size)，超过单条记录上限 \(max)：请简化或拆分该要素",
            en: "the record is \(size) long, more than the \(max) a single record may be: simplify or split the feature")
    }

    /// "200.0 MiB", "64 MiB", "1 234 bytes".
    static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        let tenths = (bytes * 10) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
