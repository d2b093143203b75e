extension BoundaryMarker: LayerRecord {
    public static var layer: Layer { .markers }
    public var key: String { number }

    public init(record: RegistryRecord) throws(RecordConversionError) {
        let f = RecordFields(record: record)
        let number = try f.required("number")
        guard case .point(let point)? = record.geometry else {
            throw RecordConversionError(layer: .markers, key: number, field: "geometry", reason: "a marker needs a point position")
        }
        self.init(number: number, lineCode: try f.required("line"), kind: try f.choice("kind", MarkerKind.self),
                  faces: try f.integer("faces"), position: point.coordinate, height: try f.double("height"),
                  surveyCRS: f.text("survey_crs"), accuracy: try f.double("accuracy"), material: f.text("material"),
                  emplacedOn: try f.date("emplaced"), smartDeviceId: f.text("device_id"),
                  landmarks: try Self.landmarks(f.text("landmarks"), number: number), status: try f.choice("status", MarkerStatus.self),
                  lifespan: try f.lifespan)
    }

    public var record: RegistryRecord {
        var b = RecordBuilder()
        b.set("number", number)
        b.set("line", lineCode)
        b.set("kind", kind)
        b.set("faces", faces)
        b.set("height", height)
        b.set("survey_crs", surveyCRS)
        b.set("accuracy", accuracy)
        b.set("material", material)
        b.set("emplaced", emplacedOn)
        b.set("device_id", smartDeviceId)
        b.set("landmarks", landmarks.isEmpty ? nil : Self.landmarksJSON(landmarks))
        b.set("status", status)
        b.set(lifespan: lifespan)
        return RegistryRecord(layer: .markers, fields: b.fields, geometry: .point(Point(position)))
    }

    /// Reads the `landmarks` field: a JSON array of `{"name", "bearing", "distance"}` (optionally `"lon"`, `"lat"`).
    static func landmarks(_ text: String?, number: String) throws(RecordConversionError) -> [ReferenceLandmark] {
        guard let text else { return [] }
        func fail(_ reason: String) -> RecordConversionError {
            RecordConversionError(layer: .markers, key: number, field: "landmarks", reason: reason)
        }
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { throw fail("not valid JSON") }
        guard case .array(let items) = value else { throw fail("not a JSON array") }
        var result: [ReferenceLandmark] = []
        for (i, item) in items.enumerated() {
            guard let name = item["name"]?.stringValue, let bearing = item["bearing"]?.numberValue,
                  let distance = item["distance"]?.numberValue else {
                throw fail("landmark \(i + 1) needs name, bearing and distance")
            }
            let position = item["lon"]?.numberValue.flatMap { x in item["lat"]?.numberValue.map { Coordinate(x: x, y: $0) } }
            result.append(ReferenceLandmark(name: name, bearing: bearing, distance: distance, position: position))
        }
        return result
    }

    /// The `landmarks` field's JSON text for `landmarks`.
    static func landmarksJSON(_ landmarks: [ReferenceLandmark]) -> String {
        JSONWriter.serialize(.array(landmarks.map { landmark in
            var members: [(String, JSONValue)] = [
                ("name", .string(landmark.name)), ("bearing", .number(landmark.bearing)), ("distance", .number(landmark.distance)),
            ]
            if let p = landmark.position { members += [("lon", .number(p.x)), ("lat", .number(p.y))] }
            return .object(JSONObject(members))
        }))
    }
}
