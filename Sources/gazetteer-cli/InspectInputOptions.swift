import ArgumentParser
import Foundation
import Gazetteer

extension AdminLevel: ExpressibleByArgument {}

/// The input of every `gazetteer inspect …` command: the registry (`--registry R`, current or `--as-of D`) or files
/// given on the command line, checked together as one coverage, and which units of it to look at.
struct InspectInputOptions: ParsableArguments {
    @Argument(help: "GeoJSON, GeoJSONSeq or CSV files of unit polygons, checked together as one coverage (instead of --registry).")
    var files: [String] = []

    @Option(name: .long, help: "The registry file (a GeoPackage) to check instead of files.")
    var registry: String?

    @Option(name: .customLong("as-of"), help: "With --registry: the registry as it stood on this day (YYYY-MM-DD); default: now.")
    var asOf: String?

    @Option(name: .customLong("id-field"), help: "The property holding each unit's code in the files (default: code), e.g. adcode.")
    var idField: String?

    @Option(name: .customLong("name-field"), help: "The property holding each unit's name in the files (default: name), e.g. NAME.")
    var nameField: String?

    @Option(help: "CRS of the files' coordinates, e.g. EPSG:4549 (default: EPSG:4490 longitude/latitude).")
    var crs: String?

    @Option(help: "Only units of this level (province, prefecture, county, township, village); a registry's default is its most numerous level.")
    var level: AdminLevel?

    @Option(help: ArgumentHelp("Only units under this parent code, e.g. 150700 for Hulunbuir's counties (the parent itself is left out).", valueName: "code"))
    var within: String?

    @Option(help: ArgumentHelp("Government seats from this file: one point per unit code (the --id-field property), replacing the registered ones.", valueName: "file"))
    var seats: String?

    func validate() throws {
        if registry != nil && !files.isEmpty { throw ValidationError("Give either --registry or files, not both.") }
        if registry == nil && files.isEmpty { throw ValidationError("Give files to check, or --registry R.") }
        if registry == nil && asOf != nil { throw ValidationError("--as-of needs --registry.") }
        if let asOf, RegistryDate(asOf) == nil { throw ValidationError("--as-of expects a date YYYY-MM-DD, got '\(asOf)'") }
    }

    /// Reads the units (and from a registry its lines) as the options say.
    /// - Throws: ``ExchangeError`` and ``FieldMappingError`` for files, the store's errors for a registry.
    func read(language: Language) throws -> CheckInput {
        let selection = UnitSelection(level: level, within: within.map(AdminCode.normalized))
        let sourceCRS = try resolveCRS(crs, language: language)
        var input: CheckInput
        if let registry {
            let store = try RegistryOptions.parse(["--registry", registry]).open(readOnly: true)
            input = try CheckInputReader.read(store: store, asOf: asOf.flatMap(RegistryDate.init), selection: selection)
        } else {
            input = try CheckInputReader.read(files: files, idField: idField, nameField: nameField, crs: sourceCRS, selection: selection)
        }
        if let seats { try CheckInputReader.addSeats(file: seats, idField: idField, crs: sourceCRS, to: &input) }
        return input
    }
}
