import Gazetteer

/// The `units` layer: the 14 county-level units with their Voronoi-partition polygons (see ``Partition``).
enum UnitsLayer {
    /// Writes `demo_units.geojson`, or with `only` and `seat` a later version of some units (`demo_units_2024`).
    static func write(_ polygons: [String: Polygon], to path: String, only: Set<String>? = nil,
                      seat: (Authored.Unit) -> Coordinate = PlantedFaults.registeredSeat) throws {
        let name = String((path.split(separator: "/").last ?? "demo_units").prefix { $0 != "." })
        var file = FeatureCollectionWriter(name: name)
        for unit in Authored.units where only?.contains(unit.code) ?? true {
            let properties = JSONObject([
                ("code", .string(unit.code)),
                ("name", .string(unit.name)),
                ("romanized", .string(unit.romanized)),
                ("kind", .string(unit.kind)),
                ("level", .string("county")),
                ("parent", .string("150700")),
                ("seat_name", .string(unit.seatName)),
                ("seat_lon", .number(seat(unit).x)),
                ("seat_lat", .number(seat(unit).y)),
            ])
            file.add(id: unit.code, properties: properties, geometry: .polygon(polygons[unit.code]!), precision: 6)
        }
        try file.write(to: path)
    }
}
