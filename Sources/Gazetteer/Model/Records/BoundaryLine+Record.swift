extension BoundaryLine: LayerRecord {
    public static var layer: Layer { .lines }
    public var key: String { code }

    public init(record: RegistryRecord) throws(RecordConversionError) {
        let f = RecordFields(record: record)
        self.init(code: try f.required("code"), name: try f.required("name"), level: try f.requiredChoice("level", BoundaryLevel.self),
                  leftUnitCode: try f.required("left_unit"), rightUnitCode: try f.required("right_unit"), geometry: record.geometry,
                  agreementReference: f.text("agreement"), agreementDate: try f.date("agreement_date"),
                  courseDescription: f.text("course"), status: try f.choice("status", BoundaryStatus.self), lifespan: try f.lifespan)
    }

    public var record: RegistryRecord {
        var b = RecordBuilder()
        b.set("code", code)
        b.set("name", name)
        b.set("level", level)
        b.set("left_unit", leftUnitCode)
        b.set("right_unit", rightUnitCode)
        b.set("agreement", agreementReference)
        b.set("agreement_date", agreementDate)
        b.set("course", courseDescription)
        b.set("status", status)
        b.set(lifespan: lifespan)
        return RegistryRecord(layer: .lines, fields: b.fields, geometry: geometry)
    }
}
