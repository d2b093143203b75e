@testable import Gazetteer

/// The bundled rule set of data/names, read once for all name tests (reading the character tables takes a moment
/// in a debug build).
enum BundledNameRules {
    static let result: Result<NameRuleSet, NameRuleFileError> = Result { () throws(NameRuleFileError) in
        try NameRuleSet(directory: TestFixtures.data("names"))
    }

    /// The rule set, or the error that stopped it loading.
    static func load() throws -> NameRuleSet { try result.get() }
}
