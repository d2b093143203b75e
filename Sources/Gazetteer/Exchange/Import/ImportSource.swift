/// Something an import reads records from: a GeoJSON file, a GeoJSONSeq file, a CSV file.
///
/// An import reads its source twice: once to validate every record (writing nothing), once to write. Sources
/// stream where the format allows, so a file larger than memory can be imported with constant memory.
public protocol ImportSource {
    /// The file's path, for reports.
    var file: String { get }
    /// Calls `body` with each candidate in file order.
    /// - Throws: ``ExchangeError`` when the file cannot be read at all (not for bad records, which are candidates
    ///   with problems).
    func forEachCandidate(_ body: (ImportCandidate) throws -> Void) throws
}

extension FieldMapping {
    /// The file's name for registry field `field`, or nil when the file is not to be read for it.
    ///
    /// Without a mapping, the file uses the registry's own field names. With one, only the mapped fields are read:
    /// a foreign schema may use the same words for other things (DataV's `level` is "district", its `parent` an
    /// object), and the mapping is the user's statement of what the file holds.
    func column(for field: String) -> String? {
        isIdentity || isMapped(field) ? source(for: field) : nil
    }
}
