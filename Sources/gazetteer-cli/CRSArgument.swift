import ArgumentParser
import Gazetteer

/// Resolves a `--crs` value.
///
/// A value that is not a CRS definition at all (`--crs foo`, which PROJ alone would read as "Amersfoort") is a usage
/// error, exit 2, whose message names the value in the user's language; an EPSG code PROJ does not know stays bad
/// input (exit 3), reported by ``ExitStatus/handle(_:for:)``.
/// - Throws: `ValidationError` for an unrecognised definition; ``GeodesyError`` otherwise.
func resolveCRS(_ text: String?, language: Language) throws -> CRS? {
    guard let text else { return nil }
    do {
        return try CRS(text)
    } catch {
        // CRS(_:) throws only GeodesyError (typed throws).
        guard case .unrecognizedCRS = error else { throw error }
        throw ValidationError("--crs: " + error.message(language, verbose: false))
    }
}
