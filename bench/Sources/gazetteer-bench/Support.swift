// Shared plumbing: command-line options, wall-clock timing (best of R), loading the counties, writing results.
import Foundation
import Gazetteer

/// Prints `message` on stderr and exits with status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("gazetteer-bench: \(message)\n".utf8))
    exit(1)
}

/// The options every workload understands; each reads only those it needs.
struct Options {
    /// The DataV GeoJSON of Hulunbuir's 14 county-level units.
    var data = "../shared/data/real/datav_150700_full.json"
    /// The binary point file written by `points` (little-endian Float64 x, y pairs).
    var points = "bench/out/points.f64"
    /// Where `points`, `markers` and `export` write; each has its own default (see ``output(_:)``).
    var out: String?
    /// The GeoJSONSeq markers written by `markers` and read by `import`.
    var markers = "bench/out/markers.geojsonl"
    /// The GeoJSON of the markers' line, written by `markers` and imported first by `import`.
    var line = "bench/out/markers-line.geojson"
    /// The registry `import` creates (afresh on each run) and `export` reads.
    var registry = "bench/out/import.swift.gpkg"
    /// Where the JSON result goes; stdout when `nil`.
    var result: String?
    /// Timed runs; the best (shortest) is reported.
    var runs = 3
    /// Inner repetitions for the short workloads (area, validity); `nil` means the workload's default.
    var repeatCount: Int?
    /// Number of points (default 1,000,000) or markers (default 100,000) to generate.
    var count: Int?
    /// Seed of the point generator.
    var seed: UInt64 = 42
    /// The `gazetteer` executable the CLI workloads run.
    var cli = ".build/release/gazetteer"
    /// A CSV of points (`id,lon,lat`), written by `points-csv` and read by `units-locate-cli`.
    var csv = "bench/out/points.csv"

    init(parsing arguments: ArraySlice<String>) {
        var i = arguments.startIndex
        while i < arguments.endIndex {
            let key = arguments[i]
            guard i + 1 < arguments.endIndex else { fail("option \(key) needs a value") }
            let value = arguments[i + 1]
            switch key {
            case "--data": data = value
            case "--points": points = value
            case "--out": out = value
            case "--markers": markers = value
            case "--line": line = value
            case "--registry": registry = value
            case "--result": result = value
            case "--cli": cli = value
            case "--csv": csv = value
            case "--runs": runs = Self.positive(value, key)
            case "--repeat": repeatCount = Self.positive(value, key)
            case "--count": count = Self.positive(value, key)
            case "--seed":
                guard let s = UInt64(value) else { fail("--seed needs an unsigned integer, got '\(value)'") }
                seed = s
            default: fail("unknown option \(key)")
            }
            i += 2
        }
    }

    /// `--out`, or `fallback` when it was not given.
    func output(_ fallback: String) -> String { out ?? fallback }

    private static func positive(_ value: String, _ key: String) -> Int {
        guard let n = Int(value), n > 0 else { fail("\(key) needs a positive integer, got '\(value)'") }
        return n
    }
}

/// Runs `body` `runs` times and returns each run's wall-clock seconds and the last run's answer.
/// Wall clock (`ContinuousClock`, monotonic), as the Python peers use `time.perf_counter`.
func timed<Answer>(runs: Int, _ body: () throws -> Answer) rethrows -> (seconds: [Double], answer: Answer) {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    var answer: Answer?
    for _ in 0..<runs {
        let start = clock.now
        answer = try body()
        let elapsed = clock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (seconds, answer!)
}

/// The JSON document one workload writes; bench/peers/*.py write the same shape.
struct BenchResult<Answer: Encodable>: Encodable {
    var workload: String
    var implementation = "gazetteer"
    var engine = "GEOS \(LibraryVersions.geos), PROJ \(LibraryVersions.proj)"
    /// The size of the job, e.g. "14 counties x 200" or "1000000 points".
    var size: String
    /// What the timed region covers, in words.
    var timed: String
    /// Seconds of each run.
    var seconds: [Double]
    /// The shortest run.
    var best: Double
    /// The median run, for workloads that report it (compare.py then compares medians).
    var median: Double? = nil
    /// Why the workload did not run (input absent); `nil` when it ran.
    var skipped: String?
    var answer: Answer?
    /// Peak resident memory in MiB: the largest of this process and the processes it ran and waited for
    /// (`getrusage`, `ru_maxrss`), filled in by ``report(_:_:)``.
    var peakMemoryMiB: Double? = nil
}

/// The peak resident set size so far of this process or of any waited-for child (the CLI workloads), in MiB.
func peakMemoryMiB() -> Double {
    var own = rusage(), children = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &own)
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &children)
    // Linux reports ru_maxrss in KiB.
    return Double(max(own.ru_maxrss, children.ru_maxrss)) / 1024
}

/// Writes `result` as JSON to `options.result`, or to stdout; prints a one-line summary on stderr.
func report<Answer: Encodable>(_ result: BenchResult<Answer>, _ options: Options) throws {
    var result = result
    result.peakMemoryMiB = peakMemoryMiB()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let json = try encoder.encode(result)
    if let path = options.result {
        try json.write(to: URL(fileURLWithPath: path))
    } else {
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }
    if result.skipped != nil { return }
    let runs = result.seconds.map { String(format: "%.4f", $0) }.joined(separator: " ")
    FileHandle.standardError.write(Data("gazetteer  \(result.workload): runs \(runs) s, best \(String(format: "%.4f", result.best)) s, peak memory \(String(format: "%.0f", result.peakMemoryMiB ?? 0)) MiB\n".utf8))
}

/// Reports a workload as skipped, with the reason, and returns.
func reportSkipped(_ workload: String, reason: String, _ options: Options) throws {
    FileHandle.standardError.write(Data("gazetteer  \(workload): SKIPPED: \(reason)\n".utf8))
    try report(BenchResult<String>(workload: workload, size: "", timed: "", seconds: [], best: 0, skipped: reason, answer: nil), options)
}

/// One county-level unit of the DataV file.
struct County {
    /// The six-digit administrative code (`adcode`), e.g. "150702".
    var code: String
    var name: String
    var geometry: Geometry
}

/// The counties of the DataV file at `path`, in file order, or `nil` when the file is absent
/// (the real data lives outside the repository, in ../shared/data/real).
func loadCounties(_ path: String) throws -> [County]? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try GeoJSONReader.readFeatures(path: path, reading: .longitudeLatitude).map { feature in
        guard let geometry = try feature.geometry?.get() else { fail("\(path): feature #\(feature.index + 1) has no geometry") }
        return County(code: feature.label(idField: "adcode"), name: feature.name ?? "", geometry: geometry)
    }
}

/// Reason text when the DataV file is absent.
func missingData(_ path: String) -> String {
    "\(path) is absent (the real DataV data lives in ../shared/data/real)"
}

/// Runs the `gazetteer` executable `cli` with `arguments`, its output discarded, and stops the benchmark when it
/// exits above `maximumStatus` (the name check exits 1 for error findings, which is not a failure of the run).
func runCLI(_ cli: String, _ arguments: [String], maximumStatus: Int32 = 0) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cli)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus <= maximumStatus else { fail("\(cli) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)") }
}
