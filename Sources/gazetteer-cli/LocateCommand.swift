import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer locate LON LAT`: the units that hold a point, the nearest boundary, its Gauss-Krüger coordinates;
/// with `--input`, the same for every record of a file.
struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Find the units that contain a point (or every point of a file), and the nearest boundary line.",
        discussion: """
            For one point: the units that contain it at every level (exactly, by GEOS's predicates: interior or \
            on the boundary), the nearest boundary line and the distance to it in metres, the distance to the \
            nearest unit edge, and the point's CGCS2000 3-degree Gauss-Krüger coordinates (zone and EPSG code). \
            A point within --tolerance metres of a unit edge or a boundary line is reported as on the boundary.

            Coordinates are CGCS2000 longitude and latitude unless --crs names another CRS; in a Gauss-Krüger \
            CRS such as EPSG:4549 give the easting, then the northing.

            Example:
              gazetteer locate 119.7649 49.2139 --registry demo.gpkg
              gazetteer locate 482871.1045 5453442.4463 --crs EPSG:4549 --registry demo.gpkg --format json
              gazetteer locate --input data/names/demo_names.csv --registry demo.gpkg --output names_located.csv
              gazetteer locate --input points.csv --columns units,status --registry demo.gpkg -o points_located.csv

            With --input, every record of a CSV (columns lon and lat, or --map lon=X,lat=Y), GeoJSON or GeoJSONSeq \
            file (Point geometries, or --map to properties) is written back in the same format with columns \
            loc_<level>_code and loc_<level>_name for each level, loc_status (interior, boundary, outside, \
            invalid), loc_boundary_m, loc_line, loc_line_m, loc_gk_epsg, loc_gk_x, loc_gk_y; --columns keeps \
            some of these groups only (units,status for the county and the boundary flag). The work uses every \
            core; progress shows on a terminal. Rows that cannot be read are listed with their line on standard \
            error (marked invalid in the output, or left out when not a record at all) and the exit status is 1.
            """
    )

    @Argument(help: ArgumentHelp("The point: longitude and latitude (or easting and northing with --crs).", valueName: "x y"))
    var coordinates: [Double] = []

    @Option(help: ArgumentHelp("Locate every record of this file instead: CSV, GeoJSON or GeoJSONSeq.", valueName: "file"))
    var input: String?

    @Option(name: .customLong("map"), help: ArgumentHelp("With --input: the columns or properties holding the coordinates (default lon=lon,lat=lat; GeoJSON uses its Point geometry).", valueName: "lon=…,lat=…"))
    var map: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("With --input: the file to write (the input's format, with the units added; default: standard output).", valueName: "file"))
    var outputFile: String?

    @Option(name: .customLong("crs"), help: "The CRS of the coordinates (default: CGCS2000 longitude/latitude, EPSG:4490).")
    var crs: String?

    @Option(help: ArgumentHelp("Metres within which a point counts as on a boundary.", valueName: "metres"))
    var tolerance: Double = 1

    @Flag(name: .customLong("no-distances"), help: ArgumentHelp("With --input: measure only within --tolerance, leaving loc_boundary_m, loc_line and loc_line_m empty for points away from every boundary (the boundary flag stays exact); much faster for scattered points."))
    var noDistances = false

    @Option(name: .customLong("columns"), help: ArgumentHelp("With --input: the groups of columns to add, comma-separated, from units (loc_<level>_code, loc_<level>_name), status (loc_status), distances (loc_boundary_m, loc_line, loc_line_m) and gk (loc_gk_epsg, loc_gk_x, loc_gk_y); default all. Each point is located only as far as the groups need: units alone skips the projection and the edge search.", valueName: "group,…"))
    var columns: String?

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if input != nil {
            guard coordinates.isEmpty else { throw ValidationError("give either two coordinates or --input FILE, not both") }
        } else {
            guard map.isEmpty, outputFile == nil, !noDistances, columns == nil else {
                throw ValidationError("--map, --output, --no-distances and --columns go with --input FILE")
            }
        }
        guard input != nil || coordinates.count == 2 else {
            throw ValidationError("locate expects two coordinates (longitude latitude), got \(coordinates.count)")
        }
        if let columns {
            do { _ = try LocationColumnGroup.parse(columns) } catch { throw ValidationError(error.description) }
        }
        guard tolerance >= 0, tolerance.isFinite else { throw ValidationError("--tolerance expects metres ≥ 0, got \(tolerance)") }
    }

    func run() throws {
        if let input { return try runBulk(input) }
        let given = Coordinate(coordinates[0], coordinates[1])
        let point = try pointInRegistryCRS(given)
        let locator = try makeLocator()
        let location = try locator.makeProbe().locate(point)
        if output.format == .json {
            print(JSONWriter.serialize(location.json))
        } else {
            print(LocationText.render(location, language: output.lang), terminator: "")
        }
    }

    /// Locates every record of `input` and writes them with the units added, whole or not at all.
    private func runBulk(_ input: String) throws {
        let language = output.lang
        var bulk = BulkLocation(input: input, mapping: try FieldMapping(parsing: map), crs: try resolveCRS(crs, language: language))
        bulk.workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        bulk.distances = !noDistances
        if let columns { bulk.columns = try LocationColumnGroup.parse(columns) }
        let locator = try makeLocator()
        let out = try TextOutput(path: outputFile)
        let showProgress = stderrIsTerminal
        let summary: BulkLocationSummary
        do {
            summary = try bulk.run(locator: locator, output: out) { read in
                if showProgress { FileHandle.standardError.write(Data((language == .zh ? "\r已定位 \(read) 条" : "\rlocated \(read)").utf8)) }
            }
            try out.finish()
        } catch {
            out.abandon()
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            throw error
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        for issue in summary.issues {
            printError("\(input) \(issue.position): \(issue.message.text(language))")
        }
        let bad = summary.issues.count
        printError(language == .zh
            ? "定位 \(summary.read) 条：区划内 \(summary.inside)，界线上 \(summary.onBoundary)，区划外 \(summary.outside)，有误 \(bad)。"
            : "\(summary.read) located: \(summary.inside) inside a unit, \(summary.onBoundary) on a boundary, \(summary.outside) outside, \(bad) bad.")
        // As import --skip-invalid: the good records are written, the bad ones listed, and the status says so.
        if bad > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    /// `given` moved from `--crs` into CGCS2000 longitude/latitude; refused (status 3) when it lands outside the
    /// CRS's area of use, as an import refuses such a position: degrees given with `--crs EPSG:4549` would land near
    /// the equator and be reported, wrongly, as outside every unit.
    private func pointInRegistryCRS(_ given: Coordinate) throws -> Coordinate {
        guard let source = try resolveCRS(crs, language: output.lang) else { return given }
        switch try Reprojection(from: source).reproject(given) {
        case .success(let point): return point
        case .failure(let error): throw InputError(text: LocalizedText(zh: error.zh, en: error.message))
        }
    }

    /// The locator over the units and lines in force on `--as-of`.
    func makeLocator() throws -> UnitLocator {
        let registry = try registryOptions.open(readOnly: true)
        let date = try asOf.date
        return UnitLocator(units: try registry.records(AdminUnit.self, asOf: date),
                           lines: try registry.records(BoundaryLine.self, asOf: date), tolerance: tolerance)
    }
}

/// The terminal presentation of one ``PointLocation``.
enum LocationText {
    static func render(_ location: PointLocation, language: Language) -> String {
        let zh = language == .zh
        func metres(_ value: Double?) -> String { value.map { Quantity.metres($0).formatted } ?? "—" }
        var text = (zh ? "位置（CGCS2000）：" : "Point (CGCS2000): ")
            + "\(Quantity.fixed(location.point.x, decimals: 7)) \(Quantity.fixed(location.point.y, decimals: 7))\n"
        if let zone = location.zone, let p = location.projected {
            text += (zh ? "高斯-克吕格 3 度带：" : "Gauss-Krüger 3-degree zone: ")
                + "EPSG:\(zone.epsgCode) (CM \(zone.centralMeridian)E)  x=\(Quantity.fixed(p.x, decimals: 3)) y=\(Quantity.fixed(p.y, decimals: 3))\n"
        } else {
            text += zh ? "高斯-克吕格 3 度带：不在任何带内\n" : "Gauss-Krüger 3-degree zone: none applies\n"
        }
        if location.isOutside {
            text += zh ? "不在任何行政区划内。\n" : "Outside every unit.\n"
        } else {
            var table = TextTable(headers: zh ? ["级别", "编号", "名称", "位置"] : ["level", "code", "name", "position"])
            for hit in location.units {
                let position = switch hit.position {
                case .interior: zh ? "内部" : "interior"
                case .boundary: zh ? "界线上" : "on boundary"
                }
                table.append([hit.level.map { zh ? $0.chinese : $0.rawValue } ?? "—", hit.code, hit.name, position])
            }
            text += table.render()
        }
        if let line = location.nearestLine {
            text += (zh ? "最近界线：" : "Nearest boundary line: ") + "\(line.code) \(line.name)  \(metres(line.distance))\n"
        }
        text += (zh ? "距最近区划边界：" : "Distance to the nearest unit edge: ") + metres(location.boundaryDistance) + "\n"
        text += (zh ? "在界线上：" : "On a boundary: ") + (location.isOnBoundary ? (zh ? "是" : "yes") : (zh ? "否" : "no")) + "\n"
        return text
    }
}
