// Workloads 5b and 5c (issue 11's workload 1) through the CLI, as processes, against `ogr2ogr -f GPKG` of the same files (peers/gdal.py):
//   import-counties  `gazetteer import units FILE --map code=adcode,name=name --make-valid` for each DataV county
//                    file given to --data (comma-separated), one after another into one fresh registry
//   import-nbs       `gazetteer import units names.csv --map code=code,name=name`: the 487,183 NBS 2022 divisions
//                    (codes, names, no geometry) into a fresh registry
// Each timed run starts from a registry made by `gazetteer init` (untimed). The registry's guarantees are part of
// the time: every record validated before anything is written, one transaction, a version and a change event per
// record, the name forms and the spatial index. The answer is the number of units in the registry and their codes'
// checksum, which bench/compare.py checks against the features GDAL wrote.
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// What an import left in the registry.
struct ImportedUnits: Encodable {
    var units: Int
    /// The sum of the codes' numeric values, an order-free checksum of which codes arrived (exact: below 2⁶³).
    var codeSum: Int
}

/// `gazetteer-bench import-counties|import-nbs`.
func runImportCLIWorkload(_ options: Options, form: String) throws {
    let files = form == "import-nbs" ? [options.csv] : options.data.split(separator: ",").map(String.init)
    for file in files where !FileManager.default.fileExists(atPath: file) {
        return try reportSkipped(form, reason: "\(file) is absent", options)
    }
    let map = form == "import-nbs" ? "code=code,name=name" : "code=adcode,name=name"
    let registry = options.registry
    func run(_ arguments: [String]) throws { try runCLI(options.cli, arguments) }
    func fresh() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: registry + suffix) }
        try run(["init", registry])
    }
    func importAll() throws {
        for file in files {
            try run(["import", "units", file, "--map", map, "--registry", registry, "--date", "2022-01-01", "--by", "bench"]
                    + (form == "import-nbs" ? [] : ["--make-valid"]))
        }
    }
    var seconds: [Double] = []
    try fresh()
    try importAll()  // warm-up
    let clock = ContinuousClock()
    for _ in 0..<options.runs {
        try fresh()
        let start = clock.now
        try importAll()
        let elapsed = clock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    let store = Array(try GeoPackageStore.open(at: registry, access: .read).keys(.units))
    try report(BenchResult(
        workload: form, engine: "gazetteer \(LibraryVersions.gazetteer)",
        size: "\(store.count) units from \(files.count) file(s)",
        timed: "gazetteer import units (validate all, then write versions, change events, name forms and the R-tree in one transaction) as processes, into a fresh registry (after one warm-up run)",
        seconds: seconds, best: seconds.min() ?? 0, median: median(seconds),
        answer: ImportedUnits(units: store.count, codeSum: store.reduce(0) { $0 + (Int($1) ?? 0) })), options)
}
