/// Heights of imported points.
///
/// The registry's geometry columns are XY (`gpkg_geometry_columns.z = 0`), and GeoPackage Req 19 then forbids a Z
/// in any geometry blob: GDAL's validate_gpkg.py refused a registry holding one 3D marker. So geometries are stored
/// in 2D. A marker's height lives in its `height` field (filled from the Z when the file gives no `height`); any
/// other height (a name's, or a marker's Z that differs from its `height`) is dropped with a warning.
enum PointHeight {
    /// `geometry` without heights; `warn` receives the Chinese and English warning when a height is lost.
    static func flatten(_ geometry: Geometry?, layer: Layer, fields: FieldBag, warn: (String, String) -> Void) -> Geometry? {
        guard let geometry, let z = geometry.firstHeight else { return geometry }
        let kept = layer == .markers ? fields["height"]?.double : nil
        if kept != z {
            let because = kept.map { (zh: "保留 height 字段 \($0)", en: "its height field \($0) is kept") }
                ?? (zh: "登记册的几何为二维", en: "the registry's geometries are 2D")
            warn("坐标中的高程 \(z) 未保存（\(because.zh)）", "the height \(z) in the coordinates is not stored (\(because.en))")
        }
        return geometry.droppingHeights
    }
}
