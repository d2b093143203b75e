import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// `gazetteer locate --input`: bulk answers equal single answers; bad rows are listed with their lines; the output
/// is whole or absent.
@Suite("Bulk locate")
struct BulkLocationTests {
    func demoLocator() throws -> UnitLocator {
        let registry = try GeoPackageStore.open(at: try locateDemoRegistry.get(), access: .read)
        return UnitLocator(units: try registry.records(AdminUnit.self), lines: try registry.records(BoundaryLine.self))
    }

    /// Points of every kind on the demo registry: the names' points, every vertex of every line (on a boundary),
    /// points beyond the city, and a seeded scatter over its extent.
    func demoPoints() throws -> [Coordinate] {
        let registry = try GeoPackageStore.open(at: try locateDemoRegistry.get(), access: .read)
        var points = try registry.records(PlaceName.self).compactMap { name -> Coordinate? in
            if case .point(let p)? = name.geometry { return p.coordinate } else { return nil }
        }
        for line in try registry.records(BoundaryLine.self) { line.geometry?.forEachCoordinate { points.append($0) } }
        points += [Coordinate(100, 40), Coordinate(114, 47), Coordinate(127.5, 53.6)]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<2000 { points.append(Coordinate(115 + next() * 12, 47 + next() * 7)) }
        return points
    }

    /// ``demoPoints()`` as `points.csv` in `dir` (columns id, `x`, `y`): the points, the file's text and its path.
    func demoPointsCSV(in dir: URL, x: String = "lon", y: String = "lat") throws -> (points: [Coordinate], text: String, path: String) {
        let points = try demoPoints()
        var csv = "id,\(x),\(y)\n"
        for (i, p) in points.enumerated() { csv += "P\(i),\(p.x),\(p.y)\n" }
        return (points, csv, try RegistryFixtures.file(dir, "points.csv", csv))
    }

    @Test("bulk CSV answers equal single answers for names, line vertices, far points and a seeded scatter; rows keep their order")
    func bulkEqualsSingle() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let (points, _, input) = try demoPointsCSV(in: dir, x: "x", y: "y")
        let out = dir.appendingPathComponent("located.csv").path
        let result = try gazetteer("locate", "--input", input, "--map", "lon=x,lat=y", "--registry", try locateDemoRegistry.get(), "-o", out)
        #expect(result.status == 0, "\(result.stderr)")
        let table = try CSVReader.read(path: out)
        let header = try #require(table.header)
        #expect(table.records.count == points.count)
        let probe = try demoLocator().makeProbe()
        var onBoundary = 0, outside = 0
        for (i, row) in table.records.enumerated() {
            let single = try probe.locate(points[i])
            #expect(header.value("id", in: row) == "P\(i)")
            #expect(header.value("loc_county_code", in: row) == (single.unit(at: .county)?.code ?? ""), "P\(i)")
            #expect(header.value("loc_county_name", in: row) == (single.unit(at: .county)?.name ?? ""), "P\(i)")
            let status = single.isOnBoundary ? "boundary" : single.isOutside ? "outside" : "interior"
            #expect(header.value("loc_status", in: row) == status, "P\(i)")
            #expect(header.value("loc_line", in: row) == (single.nearestLine?.code ?? ""), "P\(i)")
            if status == "boundary" { onBoundary += 1 }
            if status == "outside" { outside += 1 }
        }
        // Every line vertex lies on a boundary; the three far points and part of the scatter lie outside.
        #expect(onBoundary >= 27)
        #expect(outside >= 3)
        // And a few through the single-point command itself.
        for i in [0, 400, points.count - 1] {
            let json = try JSONParser.parse(try gazetteer("locate", "\(points[i].x)", "\(points[i].y)", "--registry", try locateDemoRegistry.get(),
                                                          "--format", "json").stdout)
            let code = json["units"]?.arrayValue?.first?["code"]?.stringValue ?? ""
            #expect(header.value("loc_county_code", in: table.records[i]) == code)
        }
    }

    @Test("without distances: the same units and status; distances only within the tolerance, equal to the full search")
    func withoutDistances() throws {
        let points = try demoPoints()
        let probe = try demoLocator().makeProbe()
        var near = 0
        for point in points {
            let full = try probe.locate(point)
            let quick = try probe.locate(point, distances: false)
            #expect(quick.units == full.units, "\(point)")
            #expect(quick.isOnBoundary == full.isOnBoundary, "\(point)")
            #expect(quick.projected == full.projected)
            if let d = full.boundaryDistance, d <= probe.locator.tolerance {
                near += 1
                #expect(quick.boundaryDistance == d)
            } else {
                #expect(quick.boundaryDistance == nil)
            }
            if let line = full.nearestLine, line.distance <= probe.locator.tolerance {
                #expect(quick.nearestLine == line)
            } else {
                #expect(quick.nearestLine == nil)
            }
        }
        // The line vertices are within the tolerance of a unit edge or a line.
        #expect(near >= 27)
        // The CLI flag gives the same status column and empty distances away from boundaries.
        let dir = try TestFixtures.temporaryDirectory()
        let input = try RegistryFixtures.file(dir, "points.csv", "id,lon,lat\nA,119.7649,49.2139\nB,100,40\n")
        let out = dir.appendingPathComponent("quick.csv").path
        let result = try gazetteer("locate", "--input", input, "--no-distances", "--registry", try locateDemoRegistry.get(), "-o", out)
        #expect(result.status == 0, "\(result.stderr)")
        let table = try CSVReader.read(path: out)
        let header = try #require(table.header)
        #expect(header.value("loc_county_code", in: table.records[0]) == "150702")
        #expect(header.value("loc_status", in: table.records[0]) == "interior")
        #expect(header.value("loc_boundary_m", in: table.records[0]) == "")
        #expect(header.value("loc_status", in: table.records[1]) == "outside")
        #expect(try gazetteer("locate", "119.7", "49.2", "--no-distances", "--registry", try locateDemoRegistry.get()).status == 2)
    }

    @Test("--columns keeps the chosen groups only, with the full run's values, on the plain and general paths and in GeoJSON")
    func chosenColumns() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let (points, csv, input) = try demoPointsCSV(in: dir)
        // A quoted header takes the general path: both paths must give the same columns.
        let quoted = try RegistryFixtures.file(dir, "quoted.csv", "\"id\",lon,lat\n" + csv.drop { $0 != "\n" }.dropFirst())
        let full = dir.appendingPathComponent("full.csv").path
        #expect(try gazetteer("locate", "--input", input, "--registry", try locateDemoRegistry.get(), "-o", full).status == 0)
        let whole = try CSVReader.read(path: full)
        let wholeHeader = try #require(whole.header)
        let expected: [String: [String]] = [
            "units": ["loc_county_code", "loc_county_name"],
            "status,units": ["loc_county_code", "loc_county_name", "loc_status"],
            "gk": ["loc_gk_epsg", "loc_gk_x", "loc_gk_y"],
            "distances,gk": ["loc_boundary_m", "loc_line", "loc_line_m", "loc_gk_epsg", "loc_gk_x", "loc_gk_y"],
        ]
        for (groups, columns) in expected {
            for file in [input, quoted] {
                let out = dir.appendingPathComponent("\(groups).\(file == input).csv").path
                let result = try gazetteer("locate", "--input", file, "--columns", groups, "--registry", try locateDemoRegistry.get(), "-o", out)
                #expect(result.status == 0, "\(result.stderr)")
                let table = try CSVReader.read(path: out)
                let header = try #require(table.header)
                #expect(header.names == ["id", "lon", "lat"] + columns, "\(groups)")
                #expect(table.records.count == points.count)
                for (row, wholeRow) in zip(table.records, whole.records) {
                    for column in columns { #expect(header.value(column, in: row) == wholeHeader.value(column, in: wholeRow), "\(groups) \(column)") }
                }
            }
        }
        // GeoJSONSeq: the same properties.
        let seq = try RegistryFixtures.file(dir, "points.geojsonl", points.prefix(50).map {
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\($0.x),\($0.y)]}}\n"
        }.joined())
        let seqOut = dir.appendingPathComponent("o.geojsonl").path
        #expect(try gazetteer("locate", "--input", seq, "--columns", "units", "--registry", try locateDemoRegistry.get(), "-o", seqOut).status == 0)
        for (i, line) in try String(contentsOfFile: seqOut, encoding: .utf8).split(separator: "\n").enumerated() {
            let properties = try #require(try JSONParser.parse(String(line))["properties"]?.objectValue)
            #expect(Set(properties.keys) == ["loc_county_code", "loc_county_name"])
            #expect(properties["loc_county_code"]?.stringValue == (wholeHeader.value("loc_county_code", in: whole.records[i]).flatMap { $0.isEmpty ? nil : $0 }))
        }
        // A group that does not exist, or --columns without --input: refused before anything is read.
        let bad = try gazetteer("locate", "--input", input, "--columns", "units,county", "--registry", try locateDemoRegistry.get(), "-o", full)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\"county\" is not a column group; the groups are units, status, distances, gk"))
        #expect(try gazetteer("locate", "119.7", "49.2", "--columns", "units", "--registry", try locateDemoRegistry.get()).status == 2)
    }

    @Test("each detail adds to the one before: units, then the boundary flag, then the projection, then all distances")
    func details() throws {
        let probe = try demoLocator().makeProbe()
        for point in try demoPoints() {
            let full = try probe.locate(point, detail: .full)
            let units = try probe.locate(point, detail: .units)
            let boundary = try probe.locate(point, detail: .boundary)
            let nearby = try probe.locate(point, detail: .nearby)
            #expect(units.units == full.units && boundary.units == full.units && nearby.units == full.units)
            #expect(units.projected == nil && units.zone == nil && units.boundaryDistance == nil && units.nearestLine == nil)
            #expect(boundary.isOnBoundary == full.isOnBoundary, "\(point)")
            #expect(boundary.projected == nil && boundary.zone == nil)
            // The edges within the tolerance, as the full search finds them, and nothing farther.
            let tolerance = probe.locator.tolerance
            #expect(boundary.boundaryDistance == full.boundaryDistance.flatMap { $0 <= tolerance ? $0 : nil })
            #expect(boundary.nearestLine == full.nearestLine.flatMap { $0.distance <= tolerance ? $0 : nil })
            #expect(nearby.projected == full.projected && nearby.zone == full.zone)
            #expect(nearby == (try probe.locate(point, distances: false)))
            #expect(full == (try probe.locate(point)))
            // Without the edges, only a point exactly on a unit's boundary is flagged.
            #expect(units.isOnBoundary == full.units.contains { $0.position == .boundary })
        }
    }

    @Test("two workers give exactly the answers of one")
    func workersAgree() throws {
        let points = try demoPoints()
        let engineOne = try ParallelLocate(try demoLocator(), workers: 1)
        let engineTwo = try ParallelLocate(try demoLocator(), workers: 2)
        let one = engineOne.locate(points).map { try? $0?.get() }
        let two = engineTwo.locate(points).map { try? $0?.get() }
        #expect(one == two)
        #expect(one.allSatisfy { $0 != nil })
        // The public bulk form: the same units as one probe, point for point.
        let locator = try demoLocator()
        let probe = try locator.makeProbe()
        #expect(try locator.units(at: points, workers: 2) == points.map { try probe.units(at: $0) })
    }

    @Test("a plain CSV's fast path writes byte for byte what the general path writes, with the same counts and issues",
          arguments: [1, 7, 64, 1 << 21])
    func plainPathAgrees(chunkBytes: Int) throws {
        let dir = try TestFixtures.temporaryDirectory()
        var scatter = ""
        for (i, p) in try demoPoints().prefix(300).enumerated() { scatter += "P\(i),\(p.x),\(p.y),x\(i)\r\n" }
        let files: [(name: String, text: String)] = [
            ("lf.csv", "id,lon,lat\na,119.7649,49.2139\nb,100,40\nc,121.5,49.5\n"),
            ("crlf-bom.csv", "\u{FEFF}id , lon,lat\r\na,119.7649,49.2139\r\n\r\nb,119.9,49.3\r\n"),
            ("ragged.csv", "\n\nid,lon,lat,note\n" + scatter + "short,119.7\nlong,119.7,49.2,x,y\n\n"
                + "sp, 119.7649 ,49.2139,白\nexp,1.197649e2,+4.92139E1,黑\nbad,abc,49.2,\nnan,119.7,NaN,\ntail,119.8,49.1,末"),
            ("no-points.csv", "id,lon,lat\n"),
        ]
        for (name, text) in files {
            let input = try RegistryFixtures.file(dir, name, text)
            #expect(PlainCSVLocate.isPlain(input), "\(name)")
            var outputs: [[UInt8]] = [], summaries: [BulkLocationSummary] = []
            for plain in [true, false] {
                let path = dir.appendingPathComponent("\(name).\(plain).out.csv").path
                let output = try TextOutput(path: path)
                var bulk = BulkLocation(input: input)
                bulk.usesPlainPath = plain
                bulk.plainChunkBytes = chunkBytes
                summaries.append(try bulk.run(locator: try demoLocator(), output: output))
                try output.finish()
                outputs.append(try FileBytes.read(path))
            }
            #expect(outputs[0] == outputs[1], "\(name)")
            #expect(summaries[0] == summaries[1], "\(name)")
        }
        // Quoted fields, tabs and lone CRs take the general path.
        for text in ["id,lon,lat\n\"a\",119.7,49.2\n", "id,lon,lat\ra,119.7,49.2\r"] {
            #expect(!PlainCSVLocate.isPlain(try RegistryFixtures.file(dir, "other.csv", text)))
        }
        #expect(!PlainCSVLocate.isPlain(try RegistryFixtures.file(dir, "other.tsv", "id\tlon\tlat\na\t119.7\t49.2\n")))
    }

    @Test("bad rows are listed with their line numbers, written as invalid, and the status is 1")
    func badRows() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let input = try RegistryFixtures.file(dir, "points.csv", """
            id,lon,lat
            a,119.7649,49.2139
            b,abc,49.2
            c,119.7
            d,119.7649,NaN
            e,119.7649,49.2139

            """)
        let out = dir.appendingPathComponent("o.csv").path
        let result = try gazetteer("locate", "--input", input, "--registry", try locateDemoRegistry.get(), "-o", out, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 3: lon is not a number: 'abc'"))
        #expect(result.stderr.contains("line 4:"))
        #expect(result.stderr.contains("line 5: coordinates are not finite"))
        let table = try CSVReader.read(path: out)
        let header = try #require(table.header)
        #expect(table.records.map { header.value("loc_status", in: $0) ?? "?" } == ["interior", "invalid", "invalid", "interior"])
    }

    @Test("an input that cannot be read to its end leaves no output file (exit 3)")
    func wholeOrNothing() throws {
        let dir = try TestFixtures.temporaryDirectory()
        var csv = "id,lon,lat\n"
        for i in 0..<40_000 { csv += "\(i),119.7649,49.2139\n" }
        csv += "x,\"119.7,49.2\n"
        let input = try RegistryFixtures.file(dir, "points.csv", csv)
        let out = dir.appendingPathComponent("o.csv").path
        let result = try gazetteer("locate", "--input", input, "--registry", try locateDemoRegistry.get(), "-o", out)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["points.csv"])
    }

    @Test("GeoJSON and GeoJSONSeq: Point geometries, or properties with --map; properties added, the rest kept")
    func geoJSON() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let registry = try locateDemoRegistry.get()
        let collection = try RegistryFixtures.file(dir, "p.geojson", RegistryFixtures.collection([
            ("{\"n\":1}", "{\"type\":\"Point\",\"coordinates\":[119.7649,49.2139]}"),
            ("{\"n\":2}", "{\"type\":\"LineString\",\"coordinates\":[[119,49],[120,49]]}"),
        ]))
        let out = dir.appendingPathComponent("o.geojson").path
        let result = try gazetteer("locate", "--input", collection, "--registry", registry, "-o", out, "--lang", "en")
        #expect(result.status == 1 && result.stderr.contains("features[1]: the geometry is not a Point"))
        let features = try #require(try JSONParser.parse(Array(FileManager.default.contents(atPath: out)!))["features"]?.arrayValue)
        #expect(features.count == 2)
        #expect(features[0]["properties"]?["loc_county_name"]?.stringValue == "海拉尔区")
        #expect(features[0]["properties"]?["n"]?.numberValue == 1)
        #expect(features[1]["properties"]?["loc_status"]?.stringValue == "invalid")
        #expect(features[1]["geometry"]?["type"]?.stringValue == "LineString")

        let sequence = try RegistryFixtures.file(dir, "p.geojsonl", """
            {"type":"Feature","properties":{"X":119.7649,"Y":49.2139},"geometry":null}
            not json
            {"type":"Feature","properties":{"X":"116.0","Y":"40.0"},"geometry":null}

            """)
        let outSeq = dir.appendingPathComponent("o.geojsonl").path
        let seq = try gazetteer("locate", "--input", sequence, "--map", "lon=X,lat=Y", "--registry", registry, "-o", outSeq, "--lang", "en")
        #expect(seq.status == 1 && seq.stderr.contains("line 2: not a JSON feature"))
        let lines = try String(contentsOfFile: outSeq, encoding: .utf8).split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(lines.map { $0["properties"]?["loc_status"]?.stringValue } == ["interior", "outside"])
        #expect(lines[0]["properties"]?["loc_county_code"]?.stringValue == "150702")
    }
}
