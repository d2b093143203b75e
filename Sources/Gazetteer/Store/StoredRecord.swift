/// One stored version of a record, as read back from the registry.
public struct StoredRecord: Sendable, Equatable {
    /// The version's row id in its store (the feature id of a GeoPackage table).
    public var fid: Int64
    /// The record's fields (including `valid_from` / `valid_to`) and geometry.
    public var record: RegistryRecord

    public var layer: Layer { record.layer }
    public var key: String { record.key }
    public var lifespan: Lifespan { record.lifespan }

    public init(fid: Int64, record: RegistryRecord) {
        self.fid = fid
        self.record = record
    }
}
