import ArgumentParser
import Gazetteer

/// Reads the `--date` of a command that writes to the registry: the day a version, a review or a round takes effect.
///
/// The day must be written `YYYY-MM-DD` (or `YYYY/MM/DD`, `YYYYMMDD`) and lie within ``RegistryDate/recordable``
/// (1900–2099): `--date 0202-05-01` or `--date 2205-01-01` is a typo that would date history where no query of
/// today finds it. Both are usage errors (exit 2), caught before the registry is opened.
/// - Throws: `ValidationError` naming the option and the value.
func recordedDate(_ text: String, option: String = "--date") throws -> RegistryDate {
    guard let day = RegistryDate(text) else { throw ValidationError("\(option) \(text): write the day as YYYY-MM-DD.") }
    guard RegistryDate.recordable.contains(day) else {
        throw ValidationError("\(option) \(text): the day must lie between 1900-01-01 and 2099-12-31 (a typo?).")
    }
    return day
}
