import Foundation
import Gazetteer

// Regenerates the bundled demo data from the authored facts in Authored.swift.
// Usage: swift run gazetteer-demo-data [DATA_DIR]   (default: ./data)
// The output is deterministic: running it twice gives identical files.

let dataDirectory = CommandLine.arguments.dropFirst().first ?? "data"

do {
    let polygons = try Partition.build()
    var out = "{\"type\":\"FeatureCollection\",\"name\":\"demo_units\",\"features\":[\n"
    for (i, unit) in Authored.units.enumerated() {
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
        out += "{\"type\":\"Feature\",\"id\":\"\(unit.code)\",\"properties\":"
        out += JSONWriter.serialize(.object(properties), precision: 6)
        out += ",\"geometry\":"
        Geometry.polygon(polygons[unit.code]!).appendGeoJSON(to: &out, precision: 6)
        out += i == Authored.units.count - 1 ? "}\n" : "},\n"
    }
    out += "]}\n"
    let path = dataDirectory + "/boundaries/demo_units.geojson"
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    print("wrote \(path): \(Authored.units.count) units")
} catch {
    FileHandle.standardError.write(Data("gazetteer-demo-data: \(error)\n".utf8))
    exit(1)
}
