import ArgumentParser
import Gazetteer

/// `gazetteer names locate-check`: every place name against the unit it is registered in.
struct NamesLocateCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate-check",
        abstract: "Find place names that lie outside the unit they are registered in, or straddle its boundary.",
        discussion: """
            Joins the name registry to the boundary registry: a name whose geometry does not meet the unit its \
            unit code names is name.outside-unit (with the unit it actually falls in and its distance to the claimed \
            unit, in metres); a line or area that leaves its unit is name.straddles-boundary (with the units it \
            enters and the length or area outside). See docs/FINDINGS.md.

            Exit status: 0 no name outside its unit, 1 some are, 3 the registry cannot be read.

            Example:
              gazetteer names locate-check --registry demo.gpkg
              gazetteer names locate-check --registry demo.gpkg --format html --output names-location.html
            """
    )

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func run() throws {
        let registry = try registryOptions.open(readOnly: true)
        let date = try asOf.date
        let units = try registry.records(AdminUnit.self, asOf: date)
        let names = try registry.records(PlaceName.self, asOf: date)
        let outcome = try NameLocationCheck.run(names: names, units: units)
        let report = NameLocationCheck.report(outcome, units: units, source: registryOptions.registry)
        try ReportWriting.write(try review.reviewed(report, registry: registryOptions.registry, wait: registryOptions.wait), options: output)
    }
}
