/// An error from the geometry layer.
///
/// Input faults (a ring that does not close, a NaN coordinate, malformed WKT) are told apart from
/// library faults (GEOS raised an exception during an operation), and each carries GEOS's own message.
public enum GeometryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// GEOS raised an exception in `operation`; `message` is GEOS's text.
    case library(operation: String, message: String)
    /// A coordinate is NaN or infinite.
    case nonFiniteCoordinate(index: Int)
    /// The geometry is structurally wrong: too few points, an unclosed ring, a wrong type for the operation.
    case invalidStructure(String)
    /// Text or bytes in `format` (WKT, WKB, GeoJSON) could not be read.
    case malformed(format: String, message: String)

    public var description: String {
        switch self {
        case .library(let operation, let message):
            return "GEOS \(operation) failed: \(message)"
        case .nonFiniteCoordinate(let index):
            return "coordinate #\(index + 1) is not a finite number (NaN or infinite)"
        case .invalidStructure(let message):
            return message
        case .malformed(let format, let message):
            return "malformed \(format): \(message)"
        }
    }
}
