/// An error from the geodesy layer (PROJ), carrying the CRS involved and PROJ's own message.
public enum GeodesyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PROJ does not know the CRS `definition` (an EPSG code, WKT or PROJ string).
    case unknownCRS(definition: String, message: String)
    /// `definition` is none of the forms a CRS is accepted in (an EPSG code, WKT, a PROJ string, the exact name of one
    /// CRS); `candidates` lists the codes when the name is shared by several CRSs.
    case unrecognizedCRS(definition: String, candidates: [String])
    /// `definition` names something that is not a coordinate reference system (an ellipsoid, an operation).
    case notACRS(definition: String, kind: String)
    /// PROJ found no way to transform between the two CRSs.
    case noTransformation(source: String, target: String, message: String)
    /// A coordinate could not be transformed (outside the projection's domain, NaN).
    case pointFailed(index: Int, coordinate: Coordinate, source: String, target: String)
    /// An argument is outside what the function accepts (a longitude outside China's Gauss-Krüger zones, a NaN latitude).
    case outOfRange(String)

    public var description: String {
        switch self {
        case .unknownCRS(let definition, let message):
            return "unknown coordinate reference system '\(definition)': \(message)"
        case .unrecognizedCRS(let definition, let candidates):
            if !candidates.isEmpty {
                return "'\(definition)' names several coordinate reference systems (\(candidates.joined(separator: ", "))): give the EPSG code"
            }
            return "'\(definition)' is not a coordinate reference system: give an EPSG code (EPSG:4549), WKT, a PROJ string (+proj=…) or a CRS's exact name"
        case .notACRS(let definition, let kind):
            return "'\(definition)' is not a coordinate reference system (PROJ knows it as: \(kind))"
        case .noTransformation(let source, let target, let message):
            return "no transformation from \(source) to \(target): \(message)"
        case .pointFailed(let index, let coordinate, let source, let target):
            return "coordinate #\(index + 1) (\(coordinate.x), \(coordinate.y)) cannot be transformed from \(source) to \(target)"
        case .outOfRange(let message):
            return message
        }
    }

    /// The message in Chinese, for the CLI's default language.
    public var chineseDescription: String {
        switch self {
        case .unknownCRS(let definition, let message):
            return "未知坐标系“\(definition)”：请写成 EPSG:4490 这样的形式（PROJ：\(message)）"
        case .unrecognizedCRS(let definition, let candidates):
            if !candidates.isEmpty {
                return "“\(definition)”对应多个坐标系（\(candidates.joined(separator: "、"))）：请给出 EPSG 代码"
            }
            return "“\(definition)”不是可识别的坐标系：请给出 EPSG 代码（如 EPSG:4549）、WKT、PROJ 字符串（+proj=…）或坐标系的准确名称"
        case .notACRS(let definition, let kind):
            return "“\(definition)”不是坐标系（PROJ 识别为：\(kind)）"
        case .noTransformation(let source, let target, let message):
            return "无法从 \(source) 转换到 \(target)：\(message)"
        case .pointFailed(let index, let coordinate, let source, let target):
            return "第 \(index + 1) 个坐标 (\(coordinate.x), \(coordinate.y)) 无法从 \(source) 转换到 \(target)"
        case .outOfRange(let message):
            return message
        }
    }
}
