import Gazetteer

/// The `units` layer: the 14 county-level units with their Voronoi-partition polygons (see ``Partition``).
enum UnitsLayer {
    /// Writes `demo_units.geojson`.
    static func write(_ polygons: [String: Polygon], to path: String) throws {
        var file = FeatureCollectionWriter(name: "demo_units")
        for unit in Authored.units {
            let properties = JSONObject([
                ("code", .string(unit.code)),
                ("name", .string(unit.name)),
                ("romanized", .string(unit.romanized)),
                ("kind", .string(unit.kind)),
                ("level", .string("county")),
                ("parent", .string("150700")),
                ("seat_name", .string(unit.seatName)),
                ("seat_lon", .number(unit.seat.x)),
                ("seat_lat", .number(unit.seat.y)),
            ])
            file.add(id: unit.code, properties: properties, geometry: .polygon(polygons[unit.code]!), precision: 6)
        }
        try file.write(to: path)
    }
}
