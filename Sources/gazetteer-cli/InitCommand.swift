import ArgumentParser
import Gazetteer
import GazetteerGeoPackage

/// `gazetteer init PATH`: creates an empty registry.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty registry (a GeoPackage file that QGIS and GDAL open directly).",
        discussion: """
            The registry holds four layers — units (行政区划), lines (界线), markers (界桩), names (地名) — in \
            CGCS2000 (EPSG:4490), with their history and an audit log.

            Example:
              gazetteer init gazetteer.gpkg
            """
    )

    @Argument(help: "Where to create the registry.")
    var path: String = "gazetteer.gpkg"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let registry = try GeoPackageStore.create(at: path)
        print(output.lang == .zh
              ? "已创建登记册 \(registry.path)（GeoPackage 1.3，EPSG:4490，结构版本 \(try registry.schemaVersion)）"
              : "Created registry \(registry.path) (GeoPackage 1.3, EPSG:4490, schema version \(try registry.schemaVersion))")
    }
}
