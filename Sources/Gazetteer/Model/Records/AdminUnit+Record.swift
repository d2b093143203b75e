extension AdminUnit: LayerRecord {
    public static var layer: Layer { .units }
    public var key: String { code }

    public init(record: RegistryRecord) throws(RecordConversionError) {
        let f = RecordFields(record: record)
        let lon = try f.double("seat_lon"), lat = try f.double("seat_lat")
        if (lon == nil) != (lat == nil) {
            throw RecordConversionError(layer: .units, key: record.key, field: lon == nil ? "seat_lon" : "seat_lat",
                                        reason: "a seat position needs both longitude and latitude")
        }
        let position = lon.flatMap { x in lat.map { Coordinate(x: x, y: $0) } }
        let seat = Seat(name: f.text("seat_name"), position: position, address: f.text("seat_address"))
        self.init(code: try f.required("code"), names: try f.nameForms, level: try f.choice("level", AdminLevel.self),
                  parentCode: f.text("parent"), seat: seat == Seat() ? nil : seat, boundary: record.geometry,
                  lifespan: try f.lifespan)
    }

    public var record: RegistryRecord {
        var b = RecordBuilder()
        b.set("code", code)
        b.set(names: names)
        b.set("level", level)
        b.set("parent", parentCode)
        b.set("seat_name", seat?.name)
        b.set("seat_lon", seat?.position?.x)
        b.set("seat_lat", seat?.position?.y)
        b.set("seat_address", seat?.address)
        b.set(lifespan: lifespan)
        return RegistryRecord(layer: .units, fields: b.fields, geometry: boundary)
    }
}
