// Workload 10: the place-name check over the NBS 2022 lists (487,183 divisions of 28 provinces) as a process:
//   names    `gazetteer names check --csv names.csv --map id=code,name=name --format csv --output out.csv`: reading
//            the CSV, every rule of data/names/rules.tsv (大/洋/怪/通名/重 with homophones/书写/拼写/蒙古文) and writing
//            the CSV worklist. The answer is the number of findings per rule, read afterwards from the worklist's
//            字段 column (`name:RULE`), which bench/compare.py checks against the plain-Python peer's (names.py).
import Foundation
import Gazetteer

/// Findings per rule id, and the number of names checked.
struct NameCounts: Encodable {
    var names: Int
    var findings: Int
    var rules: [String: Int]
}

/// `gazetteer-bench names`: the CLI as a process, timed around its run (after one warm-up run).
func runNamesWorkload(_ options: Options) throws {
    let out = options.output("bench/out/names.swift.csv")
    let arguments = ["names", "check", "--csv", options.csv, "--map", "id=code,name=name", "--format", "csv", "--output", out]
    // Exit 1 means error findings, not a failure of the run.
    func measure() throws { try runCLI(options.cli, arguments, maximumStatus: 1) }
    try measure()
    let (seconds, _) = try timed(runs: options.runs, measure)
    var names = 0
    let input = try CSVRecordStream(path: options.csv)
    while try input.next() != nil { names += 1 }
    let stream = try CSVRecordStream(path: out)
    guard let header = stream.header, let column = header.index(of: "字段") else { fail("\(out) has no 字段 column") }
    var rules: [String: Int] = [:]
    var findings = 0
    while let record = try stream.next() {
        let field = record.fields[column]
        guard field.hasPrefix("name:") else { continue }
        findings += 1
        rules[String(field.dropFirst(5)), default: 0] += 1
    }
    try report(BenchResult(
        workload: "names", engine: "gazetteer \(LibraryVersions.gazetteer)", size: "\(names) names",
        timed: "gazetteer names check --csv (CSV in, every rule of rules.tsv, CSV worklist out) as a process (after one warm-up run)",
        seconds: seconds, best: seconds.min() ?? 0, median: median(seconds),
        answer: NameCounts(names: names, findings: findings, rules: rules)), options)
}
