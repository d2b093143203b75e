import Foundation

/// The unit a measured value or a threshold is expressed in.
///
/// Findings carry their unit so that a report never shows a bare number: "0.42 m", "12.5 km²", "3 个".
public enum MeasureUnit: String, Sendable, CaseIterable, Equatable {
    /// Metres (distances, offsets, tolerances).
    case metre = "m"
    /// Square metres (small areas: slivers, overlaps).
    case squareMetre = "m2"
    /// Kilometres (line lengths, perimeters).
    case kilometre = "km"
    /// Square kilometres (unit areas).
    case squareKilometre = "km2"
    /// Degrees of arc (a tilt, a bearing): to a tenth, as inclinometers and compasses report them.
    case degree = "deg"
    /// A count of things (points, records, parts).
    case count = "count"
    /// A percentage (a battery's charge).
    case percent = "percent"
    /// Days (a device's silence).
    case day = "day"

    /// The symbol written after a value: `m`, `m²`, `km`, `km²`, `°`; nothing for a count.
    public var symbol: String {
        switch self {
        case .metre: return "m"
        case .squareMetre: return "m²"
        case .kilometre: return "km"
        case .squareKilometre: return "km²"
        case .degree: return "°"
        case .count: return ""
        case .percent: return "%"
        case .day: return "d"
        }
    }

    /// Decimals shown in reports: centimetres for metres, metres for kilometres, tenths of a degree, whole numbers for counts.
    public var decimals: Int {
        switch self {
        case .metre, .squareMetre: return 2
        case .kilometre, .squareKilometre: return 3
        case .degree: return 1
        case .count: return 0
        case .percent: return 0
        case .day: return 1
        }
    }
}

/// A value with its unit, such as a measured distance or the threshold it was compared with.
public struct Quantity: Sendable, Equatable {
    /// The number, in ``unit``.
    public var value: Double
    /// What the number counts.
    public var unit: MeasureUnit

    /// A value in `unit`.
    public init(_ value: Double, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// A length in metres.
    public static func metres(_ value: Double) -> Quantity { Quantity(value, .metre) }
    /// A length given in metres, expressed in kilometres.
    public static func kilometres(fromMetres value: Double) -> Quantity { Quantity(value / 1e3, .kilometre) }
    /// An area given in square metres, expressed in square kilometres.
    public static func squareKilometres(fromSquareMetres value: Double) -> Quantity { Quantity(value / 1e6, .squareKilometre) }
    /// A count.
    public static func count(_ value: Int) -> Quantity { Quantity(Double(value), .count) }

    /// The value as a report shows it: fixed decimals for the unit, then the symbol ("12.345 km²", "3").
    public var formatted: String {
        let number = Quantity.fixed(value, decimals: unit.decimals)
        return unit.symbol.isEmpty ? number : "\(number) \(unit.symbol)"
    }

    /// `value` with exactly `decimals` decimals ("0.20"): reports align better than with trailing zeros dropped.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(max(0, min(decimals, 15)))f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
