/// Import candidates from a CSV or TSV file (UTF-8, UTF-8 with BOM, or GB18030/GBK as Excel on Chinese Windows
/// writes it).
///
/// Columns are named by the layer's fields (docs/LAYERS.md), renamed by the field mapping. Point geometry comes
/// from the `lon`/`lat` columns (map them as `x=…,y=…`: e.g. `x=Y,y=X` for a 界桩成果表 whose X is the northing),
/// other geometry from a `wkt` column. With `crs`, coordinates are reprojected to EPSG:4490.
public struct CSVImportSource: ImportSource {
    public let file: String
    public var layer: Layer
    public var mapping: FieldMapping
    public var crs: CRS?
    public var encoding: TextEncodingOption
    /// The longest row read; a longer one stops the import with its line (see ``ImportLimits``).
    public var maximumRecordBytes = ImportLimits.maximumRecordBytes

    public init(file: String, layer: Layer, mapping: FieldMapping, crs: CRS? = nil, encoding: TextEncodingOption = .auto) {
        self.file = file
        self.layer = layer
        self.mapping = mapping
        self.crs = crs
        self.encoding = encoding
    }

    /// The names `--map` may map for `layer` from a CSV file: the layer's fields, and the geometry columns
    /// `lon`, `lat` (or `x`, `y`) and `wkt`.
    public static func mappableFields(_ layer: Layer) -> [String] {
        layer.fields.map(\.name) + ["lon", "lat", "x", "y", "wkt"]
    }

    public func forEachCandidate(_ body: (ImportCandidate) throws -> Void) throws {
        try mapping.validate(knownFields: Self.mappableFields(layer))
        let stream: CSVRecordStream
        do {
            var options = CSVOptions.forFile(file, encoding: encoding)
            options.maximumRecordBytes = maximumRecordBytes
            stream = try CSVRecordStream(path: file, options: options)
        } catch {
            throw error.exchangeError(file: file)
        }
        guard let header = stream.header else { throw ExchangeError.unexpectedContent(file: file, reason: LocalizedText(zh: "没有表头行", en: "no header row")) }
        let reprojection = try crs.map { (crs) throws(GeodesyError) in try Reprojection(from: crs) }
        let xColumn = mapping.isMapped("x") ? mapping.source(for: "x") : mapping.source(for: "lon")
        let yColumn = mapping.isMapped("y") ? mapping.source(for: "y") : mapping.source(for: "lat")
        let wktColumn = mapping.source(for: "wkt")
        // A file whose first row is data, or a header from another schema, would otherwise read as records with
        // every field missing (or, with one row, as an empty file).
        let readColumns = layer.fields.compactMap { mapping.column(for: $0.name) } + [xColumn, yColumn, wktColumn]
        guard readColumns.contains(where: { header.index(of: $0) != nil }) else {
            throw ExchangeError.unexpectedContent(file: file, reason: LocalizedText(
                zh: "表头中的列（\(header.names.joined(separator: "、"))）没有一个是导入要读取的：表头应含以下部分列名："
                    + readColumns.joined(separator: "、") + (mapping.isIdentity ? "（或用 --map 字段=列名 指明文件的列）" : ""),
                en: "none of the columns (\(header.names.joined(separator: ", "))) is one the import reads: expected a header "
                    + "row with some of: \(readColumns.joined(separator: ", "))"
                    + (mapping.isIdentity ? " (or map the file's columns with --map field=column)" : "")))
        }
        // Where each field and the geometry columns are, found once for the file rather than once per record.
        let columns = Columns(
            fields: layer.fields.compactMap { spec in mapping.column(for: spec.name).flatMap(header.index(of:)).map { (spec.name, $0) } },
            x: header.index(of: xColumn), y: header.index(of: yColumn), wkt: header.index(of: wktColumn))
        while true {
            let record: CSVRecord
            do {
                guard let next = try stream.next() else { break }
                record = next
            } catch where error.isRecoverable {
                // A row with the wrong number of fields is reported with the rest, as itself: which value belongs
                // to which column cannot be known.
                guard case .fieldCount(let expected, let found) = error.reason else { continue }
                try body(.unreadable(at: "line \(error.line)", LocalizedText(
                    zh: "第 \(error.line) 行有 \(found) 个字段，表头有 \(expected) 个",
                    en: "row \(error.line) has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)")))
                continue
            } catch {
                throw error.exchangeError(file: file)
            }
            try body(candidate(record, columns: columns, reprojection: reprojection))
        }
    }

    /// The positions in a record of the layer's fields (those the file has) and of the geometry columns.
    private struct Columns {
        var fields: [(name: String, index: Int)]
        var x: Int?, y: Int?, wkt: Int?
    }

    private func candidate(_ record: CSVRecord, columns: Columns, reprojection: Reprojection?) -> ImportCandidate {
        let cells = record.fields
        func cell(_ index: Int?) -> String? { index.flatMap { $0 < cells.count ? cells[$0] : nil } }
        var values: [String: JSONValue] = Dictionary(minimumCapacity: columns.fields.count)
        for (name, index) in columns.fields where index < cells.count {
            // A column the file has is carried even when the cell is empty: an empty cell clears the field on update.
            values[name] = .string(cells[index])
        }
        var geometry: Result<Geometry, ImportGeometryError>?
        if let wkt = cell(columns.wkt), !wkt.isEmpty {
            do { geometry = .success(try Geometry(wkt: wkt)) } catch { geometry = .failure(ImportGeometryError(error.description)) }
        } else if let xText = cell(columns.x), let yText = cell(columns.y),
                  !xText.isEmpty || !yText.isEmpty {
            if let x = Double(xText.trimmedWhitespace), let y = Double(yText.trimmedWhitespace),
               x.isFinite, y.isFinite {
                geometry = .success(.point(Point(x: x, y: y)))
            } else {
                geometry = .failure(ImportGeometryError("coordinates '\(xText)', '\(yText)' are not finite numbers"))
            }
        }
        if let reprojection, case .success(let g)? = geometry { geometry = reprojection.reproject(g) }
        return ImportCandidate(position: "line \(record.line)", values: values, geometry: geometry)
    }
}

/// Chooses the import source for a file by its extension.
public enum ImportSources {
    /// A CSV source for .csv/.tsv/.txt, a GeoJSON source otherwise.
    /// - Throws: ``FieldMappingError/unknownField(_:known:)`` when `mapping` maps a field the source cannot fill
    ///   (a typo such as `codex=code`), before the file is read; ``ExchangeError`` for an unknown encoding.
    public static func make(file: String, layer: Layer, mapping: FieldMapping, crs: CRS?, encoding: String) throws -> ImportSource {
        let lower = file.lowercased()
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") {
            try mapping.validate(knownFields: CSVImportSource.mappableFields(layer))
            guard let option = TextEncodingOption(name: encoding) else {
                throw ExchangeError.unexpectedContent(file: file, reason: LocalizedText(
                    zh: "未知编码“\(encoding)”：请用 auto、utf-8 或 gb18030", en: "unknown encoding '\(encoding)': use auto, utf-8 or gb18030"))
            }
            return CSVImportSource(file: file, layer: layer, mapping: mapping, crs: crs, encoding: option)
        }
        try mapping.validate(knownFields: GeoJSONImportSource.mappableFields(layer))
        return GeoJSONImportSource(file: file, layer: layer, mapping: mapping, crs: crs)
    }
}

import Foundation
