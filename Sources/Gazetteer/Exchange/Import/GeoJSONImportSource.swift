/// Import candidates from GeoJSON: a FeatureCollection (RFC 7946) or GeoJSONSeq (RFC 8142 / newline-delimited,
/// one feature per line), chosen by content.
///
/// Properties are renamed by a field mapping (`--map code=adcode,name=name`), geometries are reprojected to
/// EPSG:4490 when the file is in another CRS (`--crs EPSG:4549`), and ring orientation is accepted either way.
public struct GeoJSONImportSource: ImportSource {
    public let file: String
    /// Maps registry field names to the file's property names.
    public var mapping: FieldMapping
    /// The CRS of the file's coordinates; `nil` for longitude/latitude (CGCS2000 or WGS84).
    public var crs: CRS?
    /// The layer being imported: its fields are looked up in the properties, its key falls back to the feature `id`.
    public var layer: Layer
    /// The longest GeoJSONSeq line read as a record; longer ones are refused (see ``ImportLimits``).
    public var maximumRecordBytes = ImportLimits.maximumRecordBytes

    public init(file: String, layer: Layer, mapping: FieldMapping, crs: CRS? = nil) {
        self.file = file
        self.layer = layer
        self.mapping = mapping
        self.crs = crs
    }

    /// The names `--map` may map for `layer` from GeoJSON: the layer's fields (geometry comes from the feature).
    public static func mappableFields(_ layer: Layer) -> [String] {
        layer.fields.map(\.name)
    }

    public func forEachCandidate(_ body: (ImportCandidate) throws -> Void) throws {
        try mapping.validate(knownFields: Self.mappableFields(layer))
        let reprojection = try crs.map { (crs) throws(GeodesyError) in try Reprojection(from: crs) }
        let layout = try Self.layout(file, maximumRecordBytes: maximumRecordBytes)
        guard layout.isSequence else {
            // A one-line document was parsed to tell what it is: it is not parsed again.
            let features = try layout.first.map { try GeoJSONReader.readFeatures(document: $0.value, file: file, reading: .init(given: crs)) }
                ?? GeoJSONReader.readFeatures(path: file, reading: .init(given: crs))
            for feature in features {
                try body(candidate(feature, position: "features[\(feature.index)]", reprojection: reprojection))
            }
            return
        }
        try LineStream.forEachLine(path: file, maximumLength: maximumRecordBytes) { line, number in
            let position = "line \(number)"
            switch line {
            case .tooLong(let byteCount, _):
                try body(.unreadable(at: position, ImportLimits.tooLong(byteCount: byteCount, limit: maximumRecordBytes)))
            case .text(let bytes):
                let text = Self.recordText(bytes)
                guard !text.isEmpty else { return }
                let feature: GeoJSONFeature
                do {
                    // The first record was parsed to tell the layout: it is not parsed again.
                    let value: JSONValue
                    if let first = layout.first, first.line == number { value = first.value } else { value = try JSONParser.parse(text) }
                    feature = try GeoJSONReader.readFeature(value, index: number - 1, file: file)
                } catch let error as JSONSyntaxError {
                    try body(.unreadable(at: position, LocalizedText(
                        zh: "不是 JSON 要素：第 \(error.column) 列：\(error.reason)",
                        en: "not a JSON feature: column \(error.column): \(error.reason)")))
                    return
                } catch let error as ExchangeError {
                    try body(.unreadable(at: position, LocalizedText(zh: "不是 GeoJSON 要素：\(error)", en: "not a GeoJSON feature: \(error)")))
                    return
                }
                try body(candidate(feature, position: position, reprojection: reprojection))
            }
        }
    }

    /// A line's text without the record separators (0x1E) RFC 8142 puts before each text, or surrounding blanks.
    private static func recordText(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isPadding(_ byte: UInt8) -> Bool { byte == 0x1E || byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = 0, end = bytes.count
        while start < end, isPadding(bytes[start]) { start += 1 }
        while end > start, isPadding(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// A file is GeoJSONSeq when its first non-blank line is a complete Feature rather than the start of a collection.
    static func isSequence(_ path: String, maximumRecordBytes: Int = ImportLimits.maximumRecordBytes) throws -> Bool {
        try layout(path, maximumRecordBytes: maximumRecordBytes).isSequence
    }

    /// Whether the file is GeoJSONSeq (its first non-blank line is a complete Feature), and that line parsed: for a
    /// sequence its first record, for a document all on one line (a FeatureCollection written without line breaks)
    /// the document; `nil` when the first line is not the whole document.
    ///
    /// A first line longer than `maximumRecordBytes` is not parsed: it is taken for a one-line FeatureCollection
    /// when its start names `"features"` (then it is read whole), else for a sequence record (then refused as too
    /// long).
    static func layout(_ path: String, maximumRecordBytes: Int) throws -> (isSequence: Bool, first: (line: Int, value: JSONValue)?) {
        var isSequence: Bool?
        var firstLine: (line: Int, value: JSONValue)?
        var laterContent = false
        var linesRead = 0
        let linesLooked = 16
        // The first non-blank line among the first few (a file may start with blank lines).
        try LineStream.forEachLine(path: path, maximumLength: maximumRecordBytes, stopAfter: linesLooked) { line, number in
            linesRead = number
            switch line {
            case .tooLong(_, let start):
                if isSequence == nil {
                    isSequence = !String(decoding: start, as: UTF8.self).contains("\"features\"")
                } else {
                    laterContent = true
                }
            case .text(let bytes):
                let text = recordText(bytes)
                guard !text.isEmpty else { return }
                guard isSequence == nil else { laterContent = true; return }
                guard text.first == UInt8(ascii: "{"), let value = try? JSONParser.parse(text) else { isSequence = false; return }
                isSequence = value["type"]?.stringValue == "Feature"
                firstLine = (number, value)
            }
        }
        let wholeFileSeen = linesRead < linesLooked && !laterContent
        return (isSequence ?? false, isSequence == true || wholeFileSeen ? firstLine : nil)
    }

    func candidate(_ feature: GeoJSONFeature, position: String, reprojection: Reprojection?) -> ImportCandidate {
        var values: [String: JSONValue] = [:]
        for spec in layer.fields {
            if let column = mapping.column(for: spec.name), let value = feature.properties[column] { values[spec.name] = value }
        }
        if values[layer.keyField] == nil, let id = feature.id, id != .null { values[layer.keyField] = id }
        var geometry: Result<Geometry, ImportGeometryError>?
        switch feature.geometry {
        case .none: geometry = nil
        case .failure(let error): geometry = .failure(ImportGeometryError(error.description))
        case .success(let g): geometry = reprojection.map { $0.reproject(g) } ?? .success(g)
        }
        return ImportCandidate(position: position, values: values, geometry: geometry)
    }
}

import Foundation
