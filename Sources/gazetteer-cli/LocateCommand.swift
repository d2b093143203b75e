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
            """
    )

    @Argument(help: ArgumentHelp("The point: longitude and latitude (or easting and northing with --crs).", valueName: "x y"))
    var coordinates: [Double] = []

    @Option(name: .customLong("crs"), help: "The CRS of the coordinates (default: CGCS2000 longitude/latitude, EPSG:4490).")
    var crs: String?

    @Option(help: ArgumentHelp("Metres within which a point counts as on a boundary.", valueName: "metres"))
    var tolerance: Double = 1

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard coordinates.count == 2 else {
            throw ValidationError("locate expects two coordinates (longitude latitude), got \(coordinates.count)")
        }
        guard tolerance >= 0, tolerance.isFinite else { throw ValidationError("--tolerance expects metres ≥ 0, got \(tolerance)") }
    }

    func run() throws {
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

    /// `given` moved from `--crs` into CGCS2000 longitude/latitude.
    private func pointInRegistryCRS(_ given: Coordinate) throws -> Coordinate {
        guard let source = try resolveCRS(crs, language: output.lang) else { return given }
        return try CoordinateTransformation(from: source, to: .cgcs2000).transform(given)
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
