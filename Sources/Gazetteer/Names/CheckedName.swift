/// A place name handed to the name check, with where it came from.
public struct CheckedName: Sendable {
    /// The name.
    public var name: PlaceName
    /// Whether its category is one of `categories.tsv`; when not, only the rules for every category run.
    public var categoryKnown: Bool
    /// The file it was read from, when it comes from a file.
    public var file: String?
    /// Its position in that file (`line 17`).
    public var record: String?
    /// Whether the source has a Mongolian-script field at all: a list without one (the NBS lists) cannot tell a
    /// missing Mongolian form, so the `mongolian-missing` rule leaves it alone.
    public var mongolianRecorded: Bool

    /// A name to check; see the properties.
    public init(_ name: PlaceName, categoryKnown: Bool = true, file: String? = nil, record: String? = nil, mongolianRecorded: Bool = true) {
        self.name = name
        self.mongolianRecorded = mongolianRecorded
        self.categoryKnown = categoryKnown
        self.file = file
        self.record = record
    }
}
