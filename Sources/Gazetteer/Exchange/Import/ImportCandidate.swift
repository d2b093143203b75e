/// One record as read from an input file, before validation: raw field values (already renamed by the field
/// mapping) and the geometry or the reason it could not be read.
public struct ImportCandidate: Sendable {
    /// Where it is in the file, for reports.
    public var position: String
    /// Raw values by registry field name. CSV cells arrive as strings, GeoJSON properties as JSON values.
    public var values: [String: JSONValue]
    /// The geometry (already in EPSG:4490), the error that stopped it being read, or nil for none.
    public var geometry: Result<Geometry, ImportGeometryError>?
    /// Why the record as a whole cannot be read (a CSV row with the wrong number of fields), when it cannot:
    /// then ``values`` and ``geometry`` mean nothing, and this is the one issue reported for it.
    public var unreadable: LocalizedText?

    public init(position: String, values: [String: JSONValue], geometry: Result<Geometry, ImportGeometryError>?) {
        self.position = position
        self.values = values
        self.geometry = geometry
    }

    /// A record that cannot be read as a whole, at `position`, and why.
    public static func unreadable(at position: String, _ reason: LocalizedText) -> ImportCandidate {
        var candidate = ImportCandidate(position: position, values: [:], geometry: nil)
        candidate.unreadable = reason
        return candidate
    }
}

/// Why a candidate's geometry could not be read or reprojected.
public struct ImportGeometryError: Error, Sendable, Equatable {
    /// The reason in English.
    public var message: String
    /// The reason in Chinese, where the reader gave one; else the English reason (GEOS's and parsers' own texts).
    public var zh: String

    public init(_ message: String, zh: String? = nil) {
        self.message = message
        self.zh = zh ?? message
    }
}
