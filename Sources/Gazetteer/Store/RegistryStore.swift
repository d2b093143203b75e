/// A registry's storage: versioned records by layer and key, their change events, name forms and the audit log.
///
/// The library (imports, exports, checks) speaks only this protocol; the GeoPackage file (`GeoPackageStore` in the
/// GazetteerGeoPackage target) is one implementation, and a PostGIS store can be another. What counts as a new
/// version, a rename or a move is decided above the store, by ``RegistryWriter`` and ``RecordChanges``, so every
/// backend keeps history by the same rules. A store only reads, and inside ``write(command:actor:_:)`` applies the
/// primitive changes it is given, all or nothing.
///
/// A store value serves one task at a time (it is not `Sendable`); work on several threads opens one reader per
/// thread with ``makeReader()``.
public protocol RegistryStore: AnyObject {
    /// Where the registry is, for messages: a file path, a connection string without its password.
    var location: String { get }
    /// The number of schema migrations applied.
    var schemaVersion: Int { get throws }

    /// The records of `layer` in force on `asOf` (the current ones when nil), ordered by key.
    func records(_ layer: Layer, asOf: RegistryDate?) throws -> [StoredRecord]
    /// Calls `body` with each record of `layer` in force on `asOf`, ordered by key, one at a time (constant memory).
    func forEachRecord(_ layer: Layer, asOf: RegistryDate?, _ body: (StoredRecord) throws -> Void) throws
    /// The records of `layer` in force on `asOf` whose geometry's bounding box meets `box`, ordered by key.
    func records(_ layer: Layer, intersecting box: Envelope, asOf: RegistryDate?) throws -> [StoredRecord]
    /// The version of record `key` in force on `asOf` (the current one when nil), or nil.
    func record(_ layer: Layer, key: String, asOf: RegistryDate?) throws -> StoredRecord?
    /// The keys of the records in force on `asOf`, without reading their geometries.
    func keys(_ layer: Layer, asOf: RegistryDate?) throws -> Set<String>
    /// The exact extent of the geometries in force on `asOf`.
    func extent(_ layer: Layer, asOf: RegistryDate?) throws -> Envelope
    /// Every version of record `key`, oldest first.
    func versions(_ layer: Layer, key: String) throws -> [StoredRecord]
    /// The change events of record `key`, in the order they were recorded.
    func events(_ layer: Layer, key: String) throws -> [ChangeEvent]
    /// The written forms of a unit's or place name's names with their lifespans, oldest first.
    func nameForms(_ layer: Layer, key: String) throws -> [NameForm]
    /// The audit log, oldest first.
    func auditLog() throws -> [AuditEntry]
    /// How many records of each layer are in force on `asOf`, and how many versions are stored in all.
    func counts(asOf: RegistryDate?) throws -> [LayerCount]

    /// The reviews of findings in force on `asOf` (the current ones when nil), one per finding.
    func findingReviews(asOf: RegistryDate?) throws -> [FindingReview]
    /// Every review of one finding, oldest first.
    func reviewHistory(finding: String) throws -> [FindingReview]
    /// The findings checks on this registry have reported, by id (for accepting one by id, and for lists).
    func seenFindings() throws -> [SeenFinding]
    /// Where the layers' data came from, in the order recorded (empty for a registry from before migration 006).
    func dataSources() throws -> [DataSource]

    /// The inspection rounds (of `line` when given), by line and ordinal.
    func inspectionRounds(line: String?) throws -> [InspectionRound]
    /// The round with `id`, or nil.
    func inspectionRound(_ id: String) throws -> InspectionRound?
    /// The observations of round `id` that count: for each marker number the newest one imported, by number.
    func observations(round id: String) throws -> [FieldObservation]
    /// The findings recorded when round `id` was closed, in the order recorded.
    func roundFindings(round id: String) throws -> [RoundFindingRecord]

    /// Runs `body` in one transaction with an audit entry naming `command` and `actor`: everything `body` wrote is
    /// committed with the audit entry, or, if `body` throws or the process dies, nothing is.
    func write<R>(command: String, actor: String, _ body: (any RegistryStoreTransaction) throws -> R) throws -> R

    /// Another connection to the same registry, for reading on another thread.
    func makeReader() throws -> any RegistryStore
}

/// How many records of a layer are in force, and how many versions it holds.
public struct LayerCount: Sendable, Equatable {
    public var layer: Layer
    public var inForce: Int
    public var versions: Int

    public init(layer: Layer, inForce: Int, versions: Int) {
        self.layer = layer
        self.inForce = inForce
        self.versions = versions
    }
}

/// The primitive writes of one store transaction. ``RegistryWriter`` builds versioned upserts and retirements on them.
public protocol RegistryStoreTransaction: AnyObject {
    /// The current version of record `key`, as this transaction sees it.
    func current(_ layer: Layer, key: String) throws -> StoredRecord?
    /// Every current record's key, row id, first day and level, without geometries (for retiring what a new edition
    /// of a code list no longer holds).
    func currentKeys(_ layer: Layer) throws -> [CurrentKey]
    /// Adds a version (the record's `valid_from`/`valid_to` are its lifespan) and its name forms; returns its row id.
    @discardableResult
    func insertVersion(_ record: RegistryRecord) throws -> Int64
    /// Replaces the fields and geometry of version `fid` (an amendment on the day the version began) and its name forms.
    func replaceVersion(_ fid: Int64, with record: RegistryRecord) throws
    /// Closes version `fid` of `layer` (and its open name forms) on `date`.
    func closeVersion(_ layer: Layer, fid: Int64, key: String, on date: RegistryDate) throws
    /// Records a change event.
    func recordEvent(_ event: ChangeEvent) throws
    /// Sets the audit entry's summary of what the transaction changed.
    func setSummary(_ summary: String) throws
    /// Records that a check reported `finding` (in both languages' words) at `timestamp`.
    func recordSeen(_ finding: SeenFinding) throws
    /// Makes `review` the current review of its finding from `date`: the current one is closed that day, or amended in
    /// place when it began that same day (the registry's same-day rule).
    func putReview(_ review: FindingReview, on date: RegistryDate) throws
    /// Records where some layers' data came from.
    func addDataSource(_ source: DataSource) throws
    /// Runs `body`, a bulk write to `layer`; a store may defer index maintenance until it ends (a performance hint).
    func bulkWrite<R>(_ layer: Layer, _ body: () throws -> R) throws -> R

    /// The round with `id` as this transaction sees it, or nil.
    func inspectionRound(_ id: String) throws -> InspectionRound?
    /// Opens a round. The store refuses a second round with the same line and ordinal.
    func insertRound(_ round: InspectionRound) throws
    /// Adds an observation to open round `id` (append-only: an earlier one of the same marker is kept, superseded).
    func insertObservation(_ observation: FieldObservation, round id: String) throws
    /// Closes round `id` on `date` with `decision`; the store refuses to close a round twice.
    func closeRound(_ id: String, on date: RegistryDate, decision: String) throws
    /// Records a finding of record of a round being closed.
    func recordRoundFinding(_ finding: RoundFindingRecord) throws
}

/// A current record's key and what retirement needs to know of it.
public struct CurrentKey: Sendable, Equatable {
    public var fid: Int64
    public var key: String
    public var name: String?
    public var validFrom: RegistryDate?
    public var level: String?

    public init(fid: Int64, key: String, name: String?, validFrom: RegistryDate?, level: String?) {
        self.fid = fid
        self.key = key
        self.name = name
        self.validFrom = validFrom
        self.level = level
    }
}

extension RegistryStore {
    /// The current records of `layer`, ordered by key.
    public func records(_ layer: Layer) throws -> [StoredRecord] { try records(layer, asOf: nil) }
    /// The current version of record `key`, or nil.
    public func record(_ layer: Layer, key: String) throws -> StoredRecord? { try record(layer, key: key, asOf: nil) }
    /// The keys of the current records of `layer`.
    public func keys(_ layer: Layer) throws -> Set<String> { try keys(layer, asOf: nil) }
    /// Calls `body` with each current record of `layer`, ordered by key.
    public func forEachRecord(_ layer: Layer, _ body: (StoredRecord) throws -> Void) throws { try forEachRecord(layer, asOf: nil, body) }
    /// The extent of the current geometries of `layer`.
    public func extent(_ layer: Layer) throws -> Envelope { try extent(layer, asOf: nil) }
    /// How many records of each layer are current, and how many versions are stored.
    public func counts() throws -> [LayerCount] { try counts(asOf: nil) }
}

/// A finding a check on the registry reported: its id, what it was about, and when it was first and last seen.
public struct SeenFinding: Sendable, Equatable {
    public var finding: String
    public var code: String
    public var subjects: [String]
    public var severity: Finding.Severity
    public var message: LocalizedText
    /// The check or file that reported it.
    public var source: String?
    public var firstSeen: String
    public var lastSeen: String

    public init(finding: String, code: String, subjects: [String], severity: Finding.Severity, message: LocalizedText,
                source: String?, firstSeen: String, lastSeen: String) {
        self.finding = finding
        self.code = code
        self.subjects = subjects
        self.severity = severity
        self.message = message
        self.source = source
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// The record of `finding` as seen now (`timestamp`, ISO 8601) in a report about `source`.
    public init(_ finding: Finding, source: String?, at timestamp: String) {
        self.init(finding: finding.identity, code: finding.code.id, subjects: finding.subjects, severity: finding.severity,
                  message: LocalizedText(zh: finding.message(.zh), en: finding.message(.en)), source: source,
                  firstSeen: timestamp, lastSeen: timestamp)
    }
}
