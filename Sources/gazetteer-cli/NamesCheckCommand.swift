import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer names check`: every place name of the registry, or of a CSV list, against the rule files.
struct NamesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find nonstandard place names (大/洋/怪/通名) with the rule, matched text, citation and a suggested fix.",
        discussion: """
            The rules are data: data/names/rules.tsv (one rule per line: id, category, what it matches, words or \
            thresholds, the categories it applies to, severity, exemptions, citation, fix), with generics.tsv, \
            regional_names.tsv (approved Mongolian, Daur, Evenki and Oroqen names, never flagged as foreign) and \
            categories.tsv; see data/names/README.md. --rules DIR points at another rule set.

            Findings: name.grandiose (大), name.foreign (洋), name.bizarre (怪), name.generic (通名); see \
            docs/FINDINGS.md. The summary counts findings by rule category and by unit. With --registry the \
            findings are remembered there and accepted exceptions (gazetteer findings accept) apply: that is how \
            one rule is waived for one record, with a reason kept in history.

            A CSV list is read by the registry's field names unless --map names other columns; its category may be \
            a category or subcategory code of categories.tsv or its Chinese name. An unknown category is a \
            warning, and the rules for every category still run.

            Exit status: 0 no findings, 1 findings of error severity, 3 a rule file or the list cannot be read.

            Examples:
              gazetteer names check --csv data/names/demo_names.csv
              gazetteer names check --csv list.csv --map id=编号,name=标准名称,category=类别,unit=区划代码 --format csv --output 地名工作表.csv
              gazetteer names check --registry gazetteer.gpkg --format html --output names.html
            """
    )

    @Option(name: .customLong("registry"), help: ArgumentHelp("Check the names of this registry (and apply its accepted exceptions).", valueName: "registry"))
    var registry: String?

    @Option(name: .customLong("wait"), help: ArgumentHelp("With --registry: how long to wait, in seconds, for another writer.", valueName: "seconds"))
    var wait: Double = 60

    @Option(name: .customLong("csv"), help: ArgumentHelp("Check the names of this CSV file instead of a registry.", valueName: "file"))
    var csv: String?

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "With --csv: which column holds each field: field=column,… e.g. id=编号,name=名称,category=类别,unit=区划代码.", valueName: "mapping"))
    var map: [String] = []

    @Option(name: .customLong("rules"), help: ArgumentHelp("The rule directory (default: data/names of the installation).", valueName: "dir"))
    var rules: String?

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func validate() throws {
        switch (registry, csv) {
        case (nil, nil): throw ValidationError("Give the names to check: --registry FILE.gpkg or --csv FILE.csv.")
        case (.some, .some): throw ValidationError("Give either --registry or --csv, not both.")
        default: break
        }
        if csv == nil && !map.isEmpty { throw ValidationError("--map reads the columns of a --csv file; the registry has its own fields.") }
    }

    func run() throws {
        let ruleSet = try NameRuleSet(directory: try rules ?? Self.bundledRules())
        let checker = NameChecker(rules: ruleSet)
        if let csv {
            let mapping: FieldMapping
            do {
                mapping = try FieldMapping(parsing: map)
                try mapping.validate(knownFields: PlaceNameList.fields)
            } catch { throw ValidationError("--map: \(error)") }
            try ReportWriting.write(try checker.report(listAt: csv, mapping: mapping), options: output)
        } else if let registry {
            let store = try RegistryOptions.open(registry, readOnly: true, wait: wait)
            let names = try store.records(PlaceName.self).map { CheckedName($0) }
            var report = checker.report(names, source: registry)
            // On the registry the worklist can carry renames for `gazetteer names apply`.
            report.worklistColumns = WorklistDecisions.Rename.columns
            try ReportWriting.write(try review.reviewed(report, registry: registry, wait: wait), options: output)
        }
    }

    /// `data/names` in the working directory, or beside the installation (the executable's directory and its
    /// parents, which finds the checkout's data/names from `.build/debug`).
    static func bundledRules() throws -> String {
        let manager = FileManager.default
        var candidates = [manager.currentDirectoryPath]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.path)
            candidates.append(directory.appendingPathComponent("share/gazetteer").path)
            directory.deleteLastPathComponent()
        }
        for base in candidates {
            let path = (base as NSString).appendingPathComponent("data/names")
            if manager.fileExists(atPath: (path as NSString).appendingPathComponent("rules.tsv")) { return path }
        }
        throw ValidationError("No rule directory found (data/names with rules.tsv): give one with --rules DIR.")
    }
}
