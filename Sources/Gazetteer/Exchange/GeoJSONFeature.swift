/// One feature read from a GeoJSON file: its position in the file, id, properties, and either its geometry
/// or the reason the geometry could not be read.
///
/// A feature with an unreadable geometry is kept (not thrown away) so that a validation report can list it
/// beside the others, with its position.
public struct GeoJSONFeature: Sendable {
    /// 0-based position in the file's `features` array.
    public var index: Int
    /// The feature's `id` member, if any.
    public var id: JSONValue?
    /// The `properties` object (empty when null or absent).
    public var properties: JSONObject
    /// The geometry, or the error that stopped it being read; `nil` geometry with no error means `"geometry": null`.
    public var geometry: Result<Geometry, GeometryError>?

    /// A label for reports: the property `idField` when given and present, else the feature `id`,
    /// else "#n" (1-based position).
    public func label(idField: String?) -> String {
        if let idField, let value = properties[idField]?.displayText { return value }
        if let id = id?.displayText { return id }
        return "#\(index + 1)"
    }

    /// The feature's name, from a `name` or `NAME` property, when there is one.
    public var name: String? {
        (properties["name"] ?? properties["NAME"] ?? properties["名称"])?.displayText
    }
}
