/// Reads what ``MarkerCheck`` runs on: from the registry, or from a lines file and a markers file (a 界桩成果表
/// before it is imported).
///
/// Files are read with the import's readers and field validation (``ImportSources``, ``RecordValidator``,
/// ``BoundaryMarker/init(record:)``), so a file the check accepts is one whose rows import would accept field by
/// field. What import refuses as a conflict is the check's business here: a repeated number or a marker on an
/// unknown line is read and reported as a finding, not refused.
public enum MarkerInputReader {
    /// The current (or `asOf`) lines and markers of `store`; with `line`, only that line and its markers (all lines
    /// still serve to find tri-points).
    /// - Throws: the store's errors; ``RecordConversionError`` for a record that does not convert; ``StoreError``-free
    ///   ``MarkerInputError/unknownLine(_:)`` when `line` is not registered.
    public static func read(store: any RegistryStore, asOf: RegistryDate?, line: String?) throws -> MarkerCheckInput {
        let all = try store.records(BoundaryLine.self, asOf: asOf)
        var markers = try store.records(BoundaryMarker.self, asOf: asOf).map { SourcedMarker($0) }
        var lines = all
        if let line {
            lines = all.filter { $0.code == line }
            guard !lines.isEmpty else { throw MarkerInputError.unknownLine(line) }
            markers = markers.filter { $0.marker.lineCode == line }
        }
        return MarkerCheckInput(lines: lines, markers: markers, network: all, source: store.location)
    }

    /// The lines of `linesFile` and the markers of `markersFile`, reprojected from `crs` when given; `mapping`
    /// renames the markers file's columns (as `import markers --map`).
    /// - Throws: ``ExchangeError`` when a file cannot be read; ``FieldMappingError`` for a bad mapping;
    ///   ``ImportRefused`` with every row that cannot be read (a missing number, a malformed coordinate), with its
    ///   line or feature number.
    public static func read(linesFile: String, markersFile: String, crs: CRS?, mapping: FieldMapping = FieldMapping()) throws -> MarkerCheckInput {
        var lines: [BoundaryLine] = []
        try readRecords(linesFile, layer: .lines, mapping: FieldMapping(), crs: crs) { record, _ in
            lines.append(try BoundaryLine(record: record))
        }
        var markers: [SourcedMarker] = []
        try readRecords(markersFile, layer: .markers, mapping: mapping, crs: crs) { record, position in
            markers.append(SourcedMarker(try BoundaryMarker(record: record), file: markersFile, record: position))
        }
        return MarkerCheckInput(lines: lines, markers: markers, source: "\(linesFile), \(markersFile)")
    }

    /// Validates each record of `file` on its own and hands the good ones to `body`; throws ``ImportRefused`` with
    /// every error when any record is unreadable.
    private static func readRecords(_ file: String, layer: Layer, mapping: FieldMapping, crs: CRS?,
                                    _ body: (RegistryRecord, String) throws -> Void) throws {
        let source = try ImportSources.make(file: file, layer: layer, mapping: mapping, crs: crs, encoding: "auto")
        var issues: [ImportIssue] = []
        var count = 0
        try source.forEachCandidate { candidate in
            count += 1
            // One validator per record: repeated keys are findings of the check, and references are taken as
            // given (a marker's line is looked up by the check; a line's units need not be known).
            var units: Set<String> = []
            for field in ["left_unit", "right_unit"] {
                if let code = candidate.values[field]?.displayText { units.insert(AdminCode.normalized(code)) }
            }
            let lineCode = candidate.values["line"]?.displayText.map { $0.trimmedWhitespace }
            var stream = RecordValidator(layer: layer, knownUnits: units, knownLines: lineCode.map { [$0] } ?? []).stream()
            let (record, found) = stream.validate(candidate)
            issues += found.filter { $0.severity == .error }
            guard let record else { return }
            do {
                try body(record, candidate.position)
            } catch let error as RecordConversionError {
                issues.append(ImportIssue(position: candidate.position, key: error.key, field: error.field,
                                          reason: LocalizedText(zh: error.reason, en: error.reason)))
            }
        }
        if !issues.isEmpty { throw ImportRefused(file: file, issues: issues, recordCount: count) }
    }
}

/// Why the input of a marker check cannot be read.
public enum MarkerInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--line CODE` names no registered line.
    case unknownLine(String)

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .unknownLine(let code):
            return LocalizedText(zh: "登记册中没有界线 \(code)", en: "no line \(code) in the registry")
        }
    }

    public var description: String { text.en }
}

extension MarkerInputError: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String { text.text(language) }
}
