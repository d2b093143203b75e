import Foundation

/// `gazetteer locate --input`: every record of a CSV, GeoJSON or GeoJSONSeq file, located and written back with the
/// units at each level, the boundary flag and the distances added.
///
/// Records stream through in batches (a FeatureCollection, a single JSON document, is read whole); each batch is
/// located on every core (``ParallelLocate``). The added columns (CSV) or properties (GeoJSON) are, for each level
/// the registry's units have, `loc_<level>_code` and `loc_<level>_name`, then `loc_status` (`interior`,
/// `boundary` when on or within the tolerance of a boundary, `outside`, `invalid`), `loc_boundary_m` (distance to the
/// nearest unit edge), `loc_line`, `loc_line_m` (the nearest boundary line and its distance), and `loc_gk_epsg`,
/// `loc_gk_x`, `loc_gk_y` (Gauss-Krüger zone and coordinates). ``columns`` keeps some of these groups only.
///
/// A record whose point cannot be read (a missing or non-numeric coordinate, a geometry that is not a Point) is
/// written with `loc_status` `invalid` and listed in ``BulkLocationSummary/issues`` with its line; a CSV row with
/// the wrong number of fields, or a GeoJSONSeq line that is not JSON, is listed and left out.
public struct BulkLocation {
    /// The kinds of file read and written (the output has the input's kind).
    public enum FileKind: String, Sendable {
        case csv, geojson, geojsonSeq = "geojsonseq"
    }

    /// The file to read.
    public var input: String
    /// Where the coordinates are: `lon` and `lat` name CSV columns or GeoJSON properties (default `lon`, `lat`;
    /// GeoJSON records use their Point geometry unless `lon` or `lat` is mapped).
    public var mapping: FieldMapping
    /// The CRS of the coordinates; `nil` for CGCS2000 longitude/latitude.
    public var crs: CRS?
    /// Records per batch.
    public var batchSize = 16_384
    /// Worker threads (default: the active processors).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// `false` to leave `loc_boundary_m`, `loc_line` and `loc_line_m` empty for points farther than the boundary
    /// tolerance from every edge (the boundary flag stays exact): several times faster for scattered points.
    public var distances = true
    /// The groups of fields added to each record (default: all); the points are located only as far as these
    /// need (``LocationDetail``), so `[.units]` skips the projection and the edge search.
    public var columns = Set(LocationColumnGroup.allCases)

    /// Whether a plain CSV file (``PlainCSVLocate``) takes the fast path; tests turn it off to compare the two.
    var usesPlainPath = true
    /// The fast path's chunk size, in bytes; tests use tiny ones to cut lines at every place.
    var plainChunkBytes = 1 << 21

    /// The fields `--map` may name.
    public static let mappableFields = ["lon", "lat"]

    /// A bulk run over `input`.
    public init(input: String, mapping: FieldMapping = FieldMapping(), crs: CRS? = nil) {
        self.input = input
        self.mapping = mapping
        self.crs = crs
    }

    /// The kind of `path`: CSV by its extension (`.csv`, `.tsv`, `.txt`), else GeoJSONSeq or GeoJSON by content.
    /// - Throws: ``ExchangeError`` when a GeoJSON file cannot be read.
    public static func kind(of path: String) throws -> FileKind {
        let ext = (path as NSString).pathExtension.lowercased()
        if ["csv", "tsv", "txt"].contains(ext) { return .csv }
        return try GeoJSONImportSource.isSequence(path) ? .geojsonSeq : .geojson
    }

    /// Locates every record and writes the result to `output` (which the caller finishes or abandons).
    /// - Parameter progress: called after each batch with the number of records read so far.
    /// - Throws: ``FieldMappingError`` for a `--map` of another field; ``CSVError`` or ``ExchangeError`` when the
    ///   input cannot be read on (the output is then incomplete: abandon it); ``OutputError`` when it cannot be written.
    public func run(locator: UnitLocator, output: TextOutput, progress: (Int) -> Void = { _ in }) throws -> BulkLocationSummary {
        try mapping.validate(knownFields: Self.mappableFields)
        let engine = try ParallelLocate(locator, workers: workers)
        let columns = LocationColumns(levels: Array(Set(locator.units.compactMap { $0.level ?? AdminLevel(code: $0.code) })).sorted(),
                                      groups: self.columns)
        let detail = columns.detail(distances: distances)
        let reprojection = try crs.map { (crs) throws(GeodesyError) in try Reprojection(from: crs) }
        if usesPlainPath, crs == nil, try Self.kind(of: input) == .csv, PlainCSVLocate.isPlain(input) {
            return try PlainCSVLocate(input: input, mapping: mapping, columns: columns, detail: detail, chunkBytes: plainChunkBytes)
                .run(engine: engine, output: output, progress: progress)
        }
        var summary = BulkLocationSummary()
        let sink: any RecordSink
        switch try Self.kind(of: input) {
        case .csv: sink = CSVSink(output: output, columns: columns)
        case .geojson: sink = GeoJSONSink(output: output, columns: columns, sequence: false)
        case .geojsonSeq: sink = GeoJSONSink(output: output, columns: columns, sequence: true)
        }
        let writer = BackgroundWriter(sink)
        // Never leave with the writer still touching the output (the caller abandons it on an error).
        defer { writer.drain() }
        var batch: [PendingRecord] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            var points = batch.map(\.point)
            if let reprojection { points = Self.reproject(points, reprojection, batch: batch, summary: &summary) }
            let results = engine.locate(points, detail: detail)
            var locations: [PointLocation?] = []
            locations.reserveCapacity(batch.count)
            for (i, record) in batch.enumerated() {
                var location: PointLocation?
                switch results[i] {
                case .success(let l)?: location = l
                case .failure(let error)?:
                    summary.issues.append(.cannotLocate(error, position: record.position, line: record.line))
                case nil:
                    if record.point != nil {
                        // Reprojection failed: already listed.
                    } else if let problem = record.problem {
                        summary.issues.append(.init(position: record.position, line: record.line, message: problem))
                    }
                }
                summary.count(location)
                locations.append(location)
            }
            try writer.enqueue(batch, locations)
            summary.read += batch.count
            batch.removeAll(keepingCapacity: true)
            progress(summary.read)
        }
        let reader = RecordReader(input: input, mapping: mapping, reading: .init(given: crs))
        try reader.forEach(header: { try writer.begin($0) }, issue: { summary.issues.append($0) }) { record in
            batch.append(record)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        try writer.end()
        return summary
    }

    /// The batch's points in CGCS2000; a point that cannot be reprojected, or lands outside the CRS's area of use
    /// (``Reprojection``: a wrong `--crs`, exchanged columns), is left out and listed with its line.
    private static func reproject(_ points: [Coordinate?], _ reprojection: Reprojection, batch: [PendingRecord],
                                  summary: inout BulkLocationSummary) -> [Coordinate?] {
        var out = points
        for (i, p) in points.enumerated() {
            guard let p else { continue }
            switch reprojection.reproject(p) {
            case .success(let moved):
                out[i] = moved
            case .failure(let error):
                out[i] = nil
                summary.issues.append(.init(position: batch[i].position, line: batch[i].line,
                                            message: LocalizedText(zh: error.zh, en: error.message)))
            }
        }
        return out
    }
}

/// What a bulk run found: counts and the records it could not locate.
public struct BulkLocationSummary: Sendable, Equatable {
    /// A record that could not be read or located.
    public struct Issue: Sendable, Equatable {
        /// "line 7", "features[3]".
        public var position: String
        /// 1-based line in the file (0 for a feature of a FeatureCollection, which has none of its own).
        public var line: Int
        /// What is wrong.
        public var message: LocalizedText

        /// The issue of a record whose point the locator refused (a non-finite point, a projection PROJ cannot do).
        static func cannotLocate(_ error: any Error, position: String? = nil, line: Int) -> Issue {
            Issue(position: position ?? "line \(line)", line: line, message: LocalizedText(
                zh: "无法定位：\(error.message(.zh))", en: "cannot be located: \(error.message(.en))"))
        }
    }

    /// Records read (including bad ones written as `invalid`).
    public var read = 0
    /// Records inside a unit (on a boundary or not).
    public var inside = 0
    /// Records on a boundary (exactly or within the tolerance).
    public var onBoundary = 0
    /// Records outside every unit.
    public var outside = 0
    /// Records that could not be read or located, in file order.
    public var issues: [Issue] = []

    /// Adds the counts and issues of `later`, a summary of the records after these.
    mutating func append(_ later: BulkLocationSummary) {
        read += later.read
        inside += later.inside
        outside += later.outside
        onBoundary += later.onBoundary
        issues += later.issues
    }

    mutating func count(_ location: PointLocation?) {
        guard let location else { return }
        if location.isOutside { outside += 1 } else { inside += 1 }
        if location.isOnBoundary { onBoundary += 1 }
    }
}

extension BulkLocationSummary.Issue {
    /// The issue of a row the CSV reader left out (a wrong number of fields), at the error's line. (In an extension,
    /// so that the memberwise initializer stays.)
    init(_ error: CSVError) {
        self.init(position: "line \(error.line)", line: error.line, message: LocalizedText(zh: error.message(.zh), en: error.message(.en)))
    }
}

/// A record read, waiting for its batch to be located.
struct PendingRecord {
    /// 1-based line in the file; 0 for a feature of a FeatureCollection.
    var line: Int
    /// The feature's index in a FeatureCollection (unused for lines).
    var feature = 0
    /// The point in the input's CRS, or `nil` when it could not be read (then ``problem`` says why).
    var point: Coordinate?
    var problem: LocalizedText?
    /// The record as read, to be written back with the added fields.
    var payload: Payload

    /// "line 7", "features[3]": made only for a record with an issue (a million interpolations cost a tenth of a
    /// second).
    var position: String { line > 0 ? "line \(line)" : "features[\(feature)]" }

    enum Payload {
        case csv([String])
        case json(JSONValue)
    }
}

/// Writes located batches through a ``BatchQueue``, one batch behind the locating, so that formatting and writing the
/// output overlaps reading and locating the next batch.
final class BackgroundWriter: @unchecked Sendable {
    // `sink` is used inside the queue's batches only, or by the caller once no batch is in flight (after `wait`).
    private var sink: any RecordSink
    private let queue = BatchQueue(label: "gazetteer.locate.write")

    init(_ sink: any RecordSink) { self.sink = sink }

    /// The CSV header or the FeatureCollection's opening, before any batch.
    func begin(_ head: InputHead) throws {
        try queue.wait()
        try sink.begin(head)
    }

    /// Writes `records` with their `locations` once the previous batch is written.
    /// - Throws: the error that stopped an earlier batch's writing.
    func enqueue(_ records: [PendingRecord], _ locations: [PointLocation?]) throws {
        let batch = LocatedBatch(records: records, locations: locations)
        try queue.enqueue { [self] in
            // By index: iterating the arrays would copy (and retain and release) every record.
            for i in batch.records.indices { try sink.write(batch.records[i], batch.locations[i]) }
        }
    }

    /// Waits for the batch in flight, whatever happened to it.
    func drain() { queue.drain() }

    /// Waits for the last batch and closes the format (the FeatureCollection's end).
    func end() throws {
        try queue.wait()
        try sink.end()
    }
}

/// One batch handed to the writer's thread; nothing else touches it meanwhile.
private struct LocatedBatch: @unchecked Sendable {
    let records: [PendingRecord]
    let locations: [PointLocation?]
}
