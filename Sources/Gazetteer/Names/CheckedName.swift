/// A place name handed to the name check, with where it came from.
public struct CheckedName: Sendable {
    /// The name.
    public var name: PlaceName
    /// Whether its category is one of `categories.tsv`; when not, only the rules for every category run.
    public var categoryKnown: Bool
    /// The file it was read from, when it comes from a file.
    public var file: String?
    /// Its position in that file (`line 17`).
    public var record: String? {
        get { recordText ?? recordLine.map { "line \($0)" } }
        set { (recordText, recordLine) = (newValue, nil) }
    }
    /// The position as given, or as a line number whose text is made only when a finding names it: formatting
    /// "line N" for every one of half a million names read was 3% of a national check.
    private var recordText: String?
    private var recordLine: Int?
    /// Whether the source has a Mongolian-script field at all: a list without one (the NBS lists) cannot tell a
    /// missing Mongolian form, so the `mongolian-missing` rule leaves it alone.
    public var mongolianRecorded: Bool

    /// A name to check; see the properties.
    public init(_ name: PlaceName, categoryKnown: Bool = true, file: String? = nil, record: String? = nil, mongolianRecorded: Bool = true) {
        self.name = name
        self.mongolianRecorded = mongolianRecorded
        self.categoryKnown = categoryKnown
        self.file = file
        self.recordText = record
    }

    /// A name read from line `line` of `file`; see the properties.
    public init(_ name: PlaceName, categoryKnown: Bool = true, file: String?, line: Int, mongolianRecorded: Bool = true) {
        self.init(name, categoryKnown: categoryKnown, file: file, record: nil, mongolianRecorded: mongolianRecorded)
        recordLine = line
    }
}
