import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer names romanize NAME...`: the standard romanization of each name, one per line.
struct NamesRomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Print the standard romanization of place names (1984 rules; approved transliterations for regional names).",
        discussion: """
            Specific and generic are written separately, the specific as one word, with an apostrophe before a \
            syllable starting with a, o or e, each word capitalised, without tones. Polyphonic characters are read \
            by data/names/phrases.tsv; approved transliterations of data/names/regional_names.tsv (海拉尔 Hailar, \
            呼伦贝尔 Hulun Buir) override pinyin. Multi-syllable modifiers are not split (write them apart by hand).

            Examples:
              gazetteer names romanize 天鹅湖 海拉尔站 呼伦贝尔大厦
              gazetteer names romanize 六安路 --rules my-rules
            """
    )

    @Argument(help: "The names (Chinese characters).")
    var names: [String]

    @Option(name: .customLong("rules"), help: ArgumentHelp("The rule directory (default: data/names of the installation).", valueName: "dir"))
    var rules: String?

    func run() throws {
        let romanizer = Romanizer(rules: try NameRuleSet(directory: try rules ?? NamesCheckCommand.bundledRules()))
        for name in names { print("\(name)\t\(romanizer.romanize(name))") }
    }
}
