/// The version of Gazetteer and of the C libraries it runs on, for `gazetteer --version` and bug reports.
public enum LibraryVersions {
    /// Gazetteer's own version.
    public static let gazetteer = "0.1.0"

    /// GEOS's version string, e.g. "3.11.1-CAPI-1.17.1".
    public static var geos: String { GEOSVersion.string }

    /// PROJ's version string, e.g. "9.1.1".
    public static var proj: String { ProjVersion.string }

    /// One line naming all three.
    public static var summary: String { "gazetteer \(gazetteer) (GEOS \(geos), PROJ \(proj))" }
}
