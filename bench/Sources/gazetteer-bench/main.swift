// gazetteer-bench: times one workload of the Gazetteer library and writes its answer as JSON, so that
// bench/compare.py can check it against the Python peer's answer for the same input (see bench/run.sh).
//
//   gazetteer-bench points     --out FILE [--count N] [--seed S]   write the shared pseudo-random points
//   gazetteer-bench area       --data FILE [--repeat N]            geodesic area + perimeter of the counties
//   gazetteer-bench pip        --data FILE --points FILE           locate points: envelope prefilter + prepared contains
//   gazetteer-bench pip-builtin --data FILE --points FILE          the same, relying on contains' own envelope test
//   gazetteer-bench pip-strtree --data FILE --points FILE          the same through SpatialIndex (STRtree) candidates
//   gazetteer-bench transform  --points FILE                       EPSG:4490 -> EPSG:4549 in one batch, one thread
//   gazetteer-bench transform-parallel --points FILE               the same batch cut into one slice per core
//   gazetteer-bench validity   --data FILE [--repeat N]            OGC validity with reason and location
//   gazetteer-bench markers    [--out FILE] [--line FILE] [--count N] [--seed S]
//                                                                 write N markers (default 100000) as GeoJSONSeq
//   gazetteer-bench import     --markers FILE --line FILE --registry FILE
//                                                                 Importer.run of the markers into a fresh registry
//   gazetteer-bench export     --registry FILE [--out FILE]        LayerExporter of the markers to GeoJSON
//   gazetteer-bench locate-input --data FILE [--out FILE] [--line FILE] [--count N] [--seed S]
//                                                                 write a real line and N markers in its Gauss-Krüger zone
//   gazetteer-bench locate     --points FILE --line FILE           distance + position of each marker: LineSegmentIndex
//   gazetteer-bench locate-geos --points FILE --line FILE          the same through GEOS (prepared distance + project)
//   gazetteer-bench coverage   --data FILE,FILE,...              coverage and adjacency of several files at once
//   gazetteer-bench points-csv --points FILE [--csv FILE]          the shared points as a CSV (id,lon,lat) for the bulk CLI
//   gazetteer-bench units-locate --data FILE --points FILE         UnitLocator: R-tree over unit parts + prepared contains/covers
//   gazetteer-bench units-locate-parallel --data FILE --points FILE  the same on every core (UnitLocator.units(at:workers:))
//   gazetteer-bench units-locate-cli --cli GAZETTEER --registry FILE --csv FILE [--out FILE]
//   gazetteer-bench units-locate-cli-quick ...                       the same with --no-distances
//   gazetteer-bench units-locate-cli-units ...                       the same with --columns units
//   gazetteer-bench units-locate-cli-status ...                      the same with --columns units,status
//                                                                 `gazetteer locate --input` on the CSV, as a process
//   gazetteer-bench names --cli GAZETTEER --csv FILE [--out FILE]  `gazetteer names check --csv` on the NBS lists, as a process
//   gazetteer-bench import-counties --cli GAZETTEER --data FILE,FILE,... --registry FILE
//                                                                 `gazetteer import units` of the DataV county files, as processes
//   gazetteer-bench import-nbs --cli GAZETTEER --csv FILE --registry FILE  the same of the NBS list (487,183 rows)
//   gazetteer-bench marker-check-input --data FILE [--out FILE] [--line FILE] [--count N] [--seed S]
//                                                                 derive the county lines, write them and N markers along them
//   gazetteer-bench marker-check --markers FILE --line FILE        MarkerCheck.findings on them (files read untimed)
//   gazetteer-bench versions                                       GEOS and PROJ versions as JSON
//
// Every workload takes --runs R (best of R, default 3) and --result FILE (JSON answer; stdout when absent).
import Foundation
import Gazetteer

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    fail("usage: gazetteer-bench points|area|pip|pip-builtin|pip-strtree|transform|transform-parallel|validity|markers|import|export|locate-input|locate|locate-geos|coverage|points-csv|units-locate|units-locate-parallel|units-locate-cli|units-locate-cli-quick|units-locate-cli-units|units-locate-cli-status|names|import-counties|import-nbs|marker-check-input|marker-check|versions [--option value ...]")
}
let options = Options(parsing: arguments.dropFirst())

do {
    switch command {
    case "points":
        try writePointFile(options)
    case "area":
        try runAreaWorkload(options)
    case "pip", "pip-builtin", "pip-strtree":
        try runPointInPolygonWorkload(options, form: command)
    case "transform", "transform-parallel":
        try runTransformWorkload(options, form: command)
    case "validity":
        try runValidityWorkload(options)
    case "coverage":
        try runCoverageWorkload(options)
    case "markers":
        try writeMarkerFiles(options)
    case "import":
        try runImportWorkload(options)
    case "export":
        try runExportWorkload(options)
    case "locate-input":
        try writeLocateInput(options)
    case "locate", "locate-geos":
        try runLocateWorkload(options, form: command)
    case "points-csv":
        try writePointCSV(options)
    case "units-locate", "units-locate-parallel":
        try runUnitLocateWorkload(options, form: command)
    case "units-locate-cli", "units-locate-cli-quick", "units-locate-cli-units", "units-locate-cli-status":
        try runUnitLocateCLIWorkload(options, form: command)
    case "names":
        try runNamesWorkload(options)
    case "import-counties", "import-nbs":
        try runImportCLIWorkload(options, form: command)
    case "marker-check-input":
        try writeMarkerCheckInput(options)
    case "marker-check":
        try runMarkerCheckWorkload(options)
    case "versions":
        print(#"{"gazetteer": "\#(LibraryVersions.gazetteer)", "geos": "\#(LibraryVersions.geos)", "proj": "\#(LibraryVersions.proj)"}"#)
    default:
        fail("unknown workload '\(command)'")
    }
} catch {
    fail("\(command): \(error)")
}
