/// Which column (CSV) or property (GeoJSON) of a foreign file holds each registry field: the `--map` option.
///
/// Written `field=source` pairs separated by commas, the registry's field on the left (see docs/LAYERS.md):
/// `code=QUHUADAIMA,name=NAME`, or for a survey table `number=点号,x=X,y=Y,height=H`. Fields not mapped are
/// read from the column or property of the same name, so `FieldMapping()` reads the registry's own schema.
///
/// Spaces around names are ignored, and the full-width `，` and `＝` that a Chinese input method types are read as
/// `,` and `=`. Each field may be mapped once; one source may feed several fields (`name=NAME,specific=NAME`).
/// Source names cannot contain `,` or `=`.
///
/// ```swift
/// let mapping = try FieldMapping(parsing: "code=adcode, name=名称")
/// mapping.source(for: "code")    // "adcode"
/// mapping.source(for: "parent")  // "parent"
/// ```
public struct FieldMapping: Sendable, Equatable, CustomStringConvertible {
    /// The mapped fields and their sources, in the order given.
    public private(set) var pairs: [(field: String, source: String)]
    private var sources: [String: String]

    /// The identity mapping: every field from the column or property of its own name.
    public init() {
        pairs = []
        sources = [:]
    }

    /// The mapping written in `spec` (one `--map` value). An empty or blank `spec` is the identity mapping.
    /// - Throws: ``FieldMappingError`` for a pair without `=`, an empty name on either side, or a field mapped twice.
    public init(parsing spec: String) throws(FieldMappingError) {
        try self.init(parsing: [spec])
    }

    /// The mapping written in several `--map` values (the option may be repeated); they combine as if joined by commas.
    /// - Throws: ``FieldMappingError`` as ``init(parsing:)``, including a field mapped in two of the values.
    public init(parsing specs: [String]) throws(FieldMappingError) {
        self.init()
        for spec in specs {
            let normalized = spec.replacingFullWidthSeparators()
            if normalized.allSatisfy(\.isWhitespace) { continue }
            for piece in normalized.split(separator: ",", omittingEmptySubsequences: false) {
                let pair = String(piece)
                guard let equals = pair.firstIndex(of: "=") else {
                    throw .malformedPair(pair.trimmedWhitespace, reason: pair.trimmedWhitespace.isEmpty ? "an empty pair (two commas in a row, or a comma at the end)" : "no '=' between field and source")
                }
                try add(field: String(pair[..<equals]).trimmedWhitespace, source: String(pair[pair.index(after: equals)...]).trimmedWhitespace, pair: pair.trimmedWhitespace)
            }
        }
    }

    /// A mapping from `(field, source)` pairs.
    /// - Throws: ``FieldMappingError`` for an empty name or a field mapped twice.
    public init(_ pairs: [(field: String, source: String)]) throws(FieldMappingError) {
        self.init()
        for (field, source) in pairs { try add(field: field, source: source, pair: "\(field)=\(source)") }
    }

    private mutating func add(field: String, source: String, pair: String) throws(FieldMappingError) {
        guard !field.isEmpty else { throw .malformedPair(pair, reason: "no field name before '='") }
        guard !source.isEmpty else { throw .malformedPair(pair, reason: "no column or property name after '='") }
        guard !source.contains("=") else { throw .malformedPair(pair, reason: "more than one '='") }
        if let earlier = sources[field] { throw .duplicateField(field, first: earlier, second: source) }
        sources[field] = source
        pairs.append((field, source))
    }

    /// The column or property that holds `field`: its mapped source, or `field` itself when unmapped.
    public func source(for field: String) -> String {
        sources[field] ?? field
    }

    /// Whether `field` has an explicit source.
    public func isMapped(_ field: String) -> Bool {
        sources[field] != nil
    }

    /// Whether nothing is mapped.
    public var isIdentity: Bool { pairs.isEmpty }

    /// Checks that every mapped field is one the layer knows, to catch typos (`nmae=NAME`) before reading.
    /// - Throws: ``FieldMappingError/unknownField(_:known:)`` for the first field not in `known`.
    public func validate(knownFields known: [String]) throws(FieldMappingError) {
        for (field, _) in pairs where !known.contains(field) {
            throw .unknownField(field, known: known)
        }
    }

    /// The mapping as written: `code=adcode,name=名称`.
    public var description: String {
        pairs.map { "\($0.field)=\($0.source)" }.joined(separator: ",")
    }

    /// Two mappings are equal when they map the same fields to the same sources, in whatever order.
    public static func == (lhs: FieldMapping, rhs: FieldMapping) -> Bool {
        lhs.sources == rhs.sources
    }
}

/// A `--map` value that cannot be read.
public enum FieldMappingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A pair that is not `field=source`: what it was, and why.
    case malformedPair(String, reason: String)
    /// A field mapped twice, and its two sources.
    case duplicateField(String, first: String, second: String)
    /// A mapped field the layer does not have, and the fields it has.
    case unknownField(String, known: [String])

    /// The error as the CLI prints it, starting `--map:`.
    public var description: String {
        switch self {
        case .malformedPair(let pair, let reason):
            return "--map: \"\(pair)\" is not field=column: \(reason)"
        case .duplicateField(let field, let first, let second):
            return "--map: field \"\(field)\" is mapped twice (to \"\(first)\" and \"\(second)\")"
        case .unknownField(let field, let known):
            return "--map: unknown field \"\(field)\"; the fields are \(known.joined(separator: ", "))"
        }
    }
}

private extension String {
    func replacingFullWidthSeparators() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{FF0C}": return ","
            case "\u{FF1D}": return "="
            default: return scalar
            }
        }))
    }
}
