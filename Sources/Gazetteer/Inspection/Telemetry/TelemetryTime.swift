import Foundation

/// ISO 8601 times as devices write them: date, `T`, time with optional fractional seconds, and an offset (`Z`,
/// `+08:00`, `+0800`). A time without an offset is refused: devices in Hulunbuir report Beijing time (+08:00) or
/// UTC, and guessing which one is an eight-hour error in a silence check.
public enum TelemetryTime {
    /// The instant `text` names, or `nil` when it is not an ISO 8601 date-time with an offset.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 20 else { return nil }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: trimmed) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: trimmed) { return date }
        // `+0800` without the colon: written by some vendors' firmware.
        if let match = trimmed.range(of: #"[+-]\d{4}$"#, options: .regularExpression) {
            var colon = trimmed
            colon.insert(":", at: colon.index(match.lowerBound, offsetBy: 3))
            return plain.date(from: colon) ?? fractional.date(from: colon)
        }
        return nil
    }
}
