extension PlaceName: LayerRecord {
    public static var layer: Layer { .names }
    public var key: String { id }

    public init(record: RegistryRecord) throws(RecordConversionError) {
        let f = RecordFields(record: record)
        let approval = Approval(authority: f.text("authority"), decisionNumber: f.text("decision"), date: try f.date("approved"))
        let scale = PlaceScale(roadWidth: try f.double("road_width"), landArea: try f.double("land_area"),
                               floorArea: try f.double("floor_area"), storeys: try f.integer("storeys"))
        self.init(id: try f.required("id"), names: try f.nameForms, category: try f.requiredChoice("category", PlaceCategory.self),
                  subcategory: f.text("subcategory"), unitCode: f.text("unit"), geometry: record.geometry,
                  meaning: f.text("meaning"), origin: f.text("origin"), approval: approval == Approval() ? nil : approval,
                  status: try f.choice("status", PlaceNameStatus.self), scale: scale, lifespan: try f.lifespan)
    }

    public var record: RegistryRecord {
        var b = RecordBuilder()
        b.set("id", id)
        b.set(names: names)
        b.set("category", category)
        b.set("subcategory", subcategory)
        b.set("unit", unitCode)
        b.set("meaning", meaning)
        b.set("origin", origin)
        b.set("authority", approval?.authority)
        b.set("decision", approval?.decisionNumber)
        b.set("approved", approval?.date)
        b.set("status", status)
        b.set("road_width", scale.roadWidth)
        b.set("land_area", scale.landArea)
        b.set("floor_area", scale.floorArea)
        b.set("storeys", scale.storeys)
        b.set(lifespan: lifespan)
        return RegistryRecord(layer: .names, fields: b.fields, geometry: geometry)
    }
}
