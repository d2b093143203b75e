// MARK: - GeoJSON geometry objects (RFC 7946 §3.1)

extension Geometry {
    /// Reads a GeoJSON geometry object.
    ///
    /// Positions may carry a third ordinate: a point keeps it as its height, lines and polygons drop it.
    /// Ring orientation is accepted either way (many tools write clockwise shells).
    /// - Throws: ``GeometryError/malformed(format:message:)`` naming the path of the bad member, e.g.
    ///   `coordinates[0][3]: a position needs 2 or 3 numbers`; ``GeometryError/nonFiniteCoordinate(index:)``
    ///   never occurs since JSON has no NaN.
    public init(geoJSON value: JSONValue) throws(GeometryError) {
        var reader = GeoJSONGeometryReader()
        self = try reader.geometry(value, path: "geometry")
    }

    /// Reads a GeoJSON geometry from text.
    public init(geoJSON text: String) throws(GeometryError) {
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { throw .malformed(format: "GeoJSON", message: error.description) }
        try self.init(geoJSON: value)
    }

    /// The GeoJSON text of this geometry.
    ///
    /// - Parameters:
    ///   - precision: decimals per ordinate (RFC 7946 suggests 6–7; 7 is about 1 cm); `nil` writes full precision.
    ///   - rightHandRule: when `true`, shells are written counter-clockwise and holes clockwise, as RFC 7946 §3.1.6 asks.
    public func geoJSON(precision: Int? = 7, rightHandRule: Bool = true) -> String {
        var out = ""
        appendGeoJSON(to: &out, precision: precision, rightHandRule: rightHandRule)
        return out
    }

    /// Appends the GeoJSON text of this geometry to `out`; used by feature writers to avoid intermediate values.
    public func appendGeoJSON(to out: inout String, precision: Int? = 7, rightHandRule: Bool = true) {
        func position(_ c: Coordinate, z: Double? = nil) {
            out += "["
            JSONWriter.writeNumber(c.x, precision: precision, to: &out)
            out += ","
            JSONWriter.writeNumber(c.y, precision: precision, to: &out)
            if let z {
                out += ","
                JSONWriter.writeNumber(z, precision: 3, to: &out)
            }
            out += "]"
        }
        func positions(_ cs: [Coordinate]) {
            out += "["
            for (i, c) in cs.enumerated() {
                if i > 0 { out += "," }
                position(c)
            }
            out += "]"
        }
        func polygon(_ p: Polygon) {
            out += "["
            if !p.exterior.isEmpty {
                positions(rightHandRule ? Ring.oriented(p.exterior, counterClockwise: true) : p.exterior)
                for hole in p.holes {
                    out += ","
                    positions(rightHandRule ? Ring.oriented(hole, counterClockwise: false) : hole)
                }
            }
            out += "]"
        }
        func list<T>(_ items: [T], _ body: (T) -> Void) {
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                body(item)
            }
            out += "]"
        }
        out += "{\"type\":\"\(typeName)\","
        switch self {
        case .point(let p):
            out += "\"coordinates\":"
            position(p.coordinate, z: p.z)
        case .lineString(let l):
            out += "\"coordinates\":"
            positions(l.coordinates)
        case .polygon(let p):
            out += "\"coordinates\":"
            polygon(p)
        case .multiPoint(let ps):
            out += "\"coordinates\":"
            list(ps) { position($0.coordinate, z: $0.z) }
        case .multiLineString(let ls):
            out += "\"coordinates\":"
            list(ls) { positions($0.coordinates) }
        case .multiPolygon(let ps):
            out += "\"coordinates\":"
            list(ps, polygon)
        case .collection(let gs):
            out += "\"geometries\":"
            list(gs) { $0.appendGeoJSON(to: &out, precision: precision, rightHandRule: rightHandRule) }
        }
        out += "}"
    }
}

/// Ring helpers shared by GeoJSON output and import normalisation.
public enum Ring {
    /// Twice the signed planar area of a closed ring: positive when counter-clockwise (shoelace formula).
    public static func signedDoubleArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        // Relative to the first vertex, to keep precision for rings far from the origin.
        let origin = ring[0]
        for i in 1..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            sum += (a.x - origin.x) * (b.y - origin.y) - (b.x - origin.x) * (a.y - origin.y)
        }
        return sum
    }

    /// The ring in the requested orientation (reversed if needed).
    public static func oriented(_ ring: [Coordinate], counterClockwise: Bool) -> [Coordinate] {
        let isCounterClockwise = signedDoubleArea(ring) > 0
        return isCounterClockwise == counterClockwise ? ring : ring.reversed()
    }
}

/// Walks a GeoJSON geometry object, keeping the JSON path for error messages.
private struct GeoJSONGeometryReader {
    private var depth = 0
    static let geometryTypes: Set<String> = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]

    mutating func geometry(_ value: JSONValue, path: String) throws(GeometryError) -> Geometry {
        guard case .object(let object) = value else { throw fail(path, "expected a geometry object, found \(value.typeName)") }
        guard let type = object["type"]?.stringValue else { throw fail(path, "missing \"type\"") }
        if type == "GeometryCollection" {
            depth += 1
            defer { depth -= 1 }
            guard depth < 32 else { throw fail(path, "geometry collections nested too deeply") }
            guard let members = object["geometries"]?.arrayValue else { throw fail(path, "a GeometryCollection needs a \"geometries\" array") }
            var parts: [Geometry] = []
            for (i, member) in members.enumerated() { parts.append(try geometry(member, path: "\(path).geometries[\(i)]")) }
            return .collection(parts)
        }
        guard Self.geometryTypes.contains(type) else {
            throw fail(path, type == "Feature" || type == "FeatureCollection"
                       ? "expected a geometry, found a \(type)" : "unknown geometry type \"\(type)\"")
        }
        guard let coordinates = object["coordinates"] else { throw fail(path, "a \(type) needs \"coordinates\"") }
        let p = "\(path).coordinates"
        switch type {
        case "Point":
            return .point(try point(coordinates, path: p))
        case "MultiPoint":
            return .multiPoint(try array(coordinates, path: p).enumerated().map { (i, v) throws(GeometryError) in try point(v, path: "\(p)[\(i)]") })
        case "LineString":
            return .lineString(try lineString(coordinates, path: p))
        case "MultiLineString":
            return .multiLineString(try array(coordinates, path: p).enumerated().map { (i, v) throws(GeometryError) in try lineString(v, path: "\(p)[\(i)]") })
        case "Polygon":
            return .polygon(try polygon(coordinates, path: p))
        case "MultiPolygon":
            return .multiPolygon(try array(coordinates, path: p).enumerated().map { (i, v) throws(GeometryError) in try polygon(v, path: "\(p)[\(i)]") })
        default:
            throw fail(path, "unknown geometry type \"\(type)\"")
        }
    }

    private func fail(_ path: String, _ message: String) -> GeometryError {
        .malformed(format: "GeoJSON", message: "\(path): \(message)")
    }

    private func array(_ value: JSONValue, path: String) throws(GeometryError) -> [JSONValue] {
        guard case .array(let elements) = value else { throw fail(path, "expected an array, found \(value.typeName)") }
        return elements
    }

    /// One position; `path` is built only for an error (building it for every vertex was a tenth of an import).
    private func position(_ value: JSONValue, path: @autoclosure () -> String) throws(GeometryError) -> (Coordinate, Double?) {
        guard case .array(let numbers) = value, numbers.count >= 2 else {
            throw fail(path(), "a position needs at least 2 numbers [x, y]")
        }
        guard case .number(let x) = numbers[0], case .number(let y) = numbers[1] else {
            throw fail(path(), "position ordinates must be numbers")
        }
        var z: Double?
        if numbers.count >= 3 {
            guard case .number(let value) = numbers[2] else { throw fail(path(), "position ordinates must be numbers") }
            z = value
        }
        return (Coordinate(x, y), z)
    }

    private func point(_ value: JSONValue, path: @autoclosure () -> String) throws(GeometryError) -> Point {
        let (c, z) = try position(value, path: path())
        return Point(c, z: z)
    }

    private func positions(_ value: JSONValue, path: String) throws(GeometryError) -> [Coordinate] {
        let elements = try array(value, path: path)
        var result: [Coordinate] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() { result.append(try position(element, path: "\(path)[\(i)]").0) }
        return result
    }

    private func lineString(_ value: JSONValue, path: String) throws(GeometryError) -> LineString {
        let cs = try positions(value, path: path)
        if cs.count == 1 { throw fail(path, "a LineString needs at least 2 positions, found 1") }
        return LineString(cs)
    }

    private func polygon(_ value: JSONValue, path: String) throws(GeometryError) -> Polygon {
        let rings = try array(value, path: path)
        guard let first = rings.first else { return Polygon(exterior: []) }
        var checked: [[Coordinate]] = []
        for (i, ring) in ([first] + rings.dropFirst()).enumerated() {
            let cs = try positions(ring, path: "\(path)[\(i)]")
            let role = i == 0 ? "exterior ring" : "interior ring #\(i)"
            if cs.count < 4 { throw fail("\(path)[\(i)]", "\(role) has \(cs.count) positions; a ring needs at least 4") }
            if cs.first != cs.last { throw fail("\(path)[\(i)]", "\(role) is not closed (first and last positions differ)") }
            checked.append(cs)
        }
        return Polygon(exterior: checked[0], holes: Array(checked.dropFirst()))
    }
}
