import Foundation
import Testing
@testable import Gazetteer

/// Rule files the office edits: a mistake is reported with the file and line.
@Suite("Name rule files")
struct NameRuleFileTests {
    /// A copy of data/names whose rules.tsv is `rules`.
    func ruleDirectory(rules: String) throws -> String {
        let directory = try TestFixtures.temporaryDirectory()
        for file in ["generics.tsv", "regional_names.tsv", "categories.tsv"] {
            try FileManager.default.copyItem(atPath: TestFixtures.data("names/\(file)"), toPath: directory.appendingPathComponent(file).path)
        }
        try rules.write(to: directory.appendingPathComponent("rules.tsv"), atomically: true, encoding: .utf8)
        return directory.path
    }

    static let header = "id\tcategory\tmatch\twords\tthreshold\tapplies_to\tseverity\texemptions\tdescription_zh\tdescription_en\tcitation\tfix\n"

    func error(_ rules: String) throws -> NameRuleFileError? {
        let directory = try ruleDirectory(rules: rules)
        do {
            _ = try NameRuleSet(directory: directory)
            return nil
        } catch {
            #expect(error.file.hasSuffix("rules.tsv"))
            return error
        }
    }

    @Test("the bundled rule set loads")
    func bundled() throws {
        let set = try NameRuleSet(directory: TestFixtures.data("names"))
        #expect(set.rules.count >= 16)
        #expect(set.generics["大街"] == ["street"])
        #expect(set.regionalNames.contains("呼伦贝尔"))
    }

    @Test("a bad severity names line 4 (after a comment and a blank line)")
    func badSeverity() throws {
        let e = try error("# comment\n" + Self.header + "\nx.1\t大\twords\t宇宙\t\t*\tsevere\t\t描述\tdesc\t引用\t修改\n")
        #expect(e?.line == 4)
        #expect(e?.message(.zh, verbose: false).contains("rules.tsv:4") == true)
        #expect(e?.message(.en, verbose: false).contains("severity 'severe'") == true)
    }

    @Test("a row with a missing cell, an unknown category, match, threshold or exemption names its line", arguments: [
        "x.1\t大\twords\t宇宙\t\t*\twarning\t\t描述\tdesc\t引用\n",
        "x.1\t巨\twords\t宇宙\t\t*\twarning\t\t描述\tdesc\t引用\t修改\n",
        "x.1\t大\tregex\t宇宙\t\t*\twarning\t\t描述\tdesc\t引用\t修改\n",
        "x.1\t大\tscale\t广场\tland_area>10000\tbuilding\twarning\t\t描述\tdesc\t引用\t修改\n",
        "x.1\t大\twords\t宇宙\t\tcastle\twarning\t\t描述\tdesc\t引用\t修改\n",
        "x.1\t大\twords\t宇宙\t\t*\twarning\tcolour~红\t描述\tdesc\t引用\t修改\n",
        "x.1\t大\twords\t\t\t*\twarning\t\t描述\tdesc\t引用\t修改\n",
    ])
    func badRow(row: String) throws {
        #expect(try error(Self.header + row)?.line == 2)
    }

    @Test("a header without a required column is reported at the header line; a duplicate id at its second line")
    func headerAndDuplicates() throws {
        let e = try error("id\tcategory\n")
        #expect(e?.line == 1)
        #expect(e?.reason.en.contains("match") == true)
        let row = "x.1\t大\twords\t宇宙\t\t*\twarning\t\t描述\tdesc\t引用\t修改\n"
        #expect(try error(Self.header + row + row)?.line == 3)
    }
}
