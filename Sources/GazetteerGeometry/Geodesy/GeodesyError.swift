/// An error from the geodesy layer (PROJ), carrying the CRS involved and PROJ's own message.
public enum GeodesyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PROJ does not know the CRS `definition` (an EPSG code, WKT or PROJ string).
    case unknownCRS(definition: String, message: String)
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
}
