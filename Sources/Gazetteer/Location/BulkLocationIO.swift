/// Reads the records of a bulk-locate input one at a time, with their points.
struct RecordReader {
    let input: String
    let mapping: FieldMapping
    /// The CRS the points are read in, which a FeatureCollection's `crs` member must agree with.
    let reading: GeoJSONCRSMember.Reading

    /// Calls `header` once for a CSV file (its column names) or a FeatureCollection (its `crs` member), `issue` for
    /// each record left out, and `body` for each record in file order.
    func forEach(header: (InputHead) throws -> Void, issue: (BulkLocationSummary.Issue) -> Void,
                 _ body: (PendingRecord) throws -> Void) throws {
        switch try BulkLocation.kind(of: input) {
        case .csv: try readCSV(header: header, issue: issue, body)
        case .geojson: try readCollection(header: header, body)
        case .geojsonSeq: try readSequence(issue: issue, body)
        }
    }

    private func readCSV(header: (InputHead) throws -> Void, issue: (BulkLocationSummary.Issue) -> Void,
                         _ body: (PendingRecord) throws -> Void) throws {
        let stream = try CSVRecordStream(path: input)
        guard let names = stream.header else { throw CSVError(.missingHeader, file: input, line: 1) }
        let (lonName, latName, lonIndex, latIndex) = try Self.coordinateColumns(names, mapping: mapping, file: input)
        try header(.columns(names.names))
        while true {
            let next: CSVRecord?
            do {
                next = try stream.next()
            } catch {
                guard error.isRecoverable else { throw error }
                issue(.init(error))
                continue
            }
            guard let record = next else { break }
            let (point, problem) = Self.point(lon: record.fields[lonIndex], lat: record.fields[latIndex], lonName: lonName, latName: latName)
            try body(PendingRecord(line: record.line, point: point, problem: problem, payload: .csv(record.fields)))
        }
    }

    /// The names and positions of the coordinate columns (`lon`, `lat`, or those `mapping` names) in `header`.
    /// - Throws: ``ExchangeError`` naming the columns the header lacks.
    static func coordinateColumns(_ header: CSVHeader, mapping: FieldMapping, file: String) throws
        -> (lonName: String, latName: String, lon: Int, lat: Int) {
        let lonName = mapping.source(for: "lon"), latName = mapping.source(for: "lat")
        guard let lon = header.index(of: lonName), let lat = header.index(of: latName) else {
            let missing = header.missing([lonName, latName])
            throw ExchangeError.syntax(file: file, line: header.line, column: 1,
                                       reason: "the header has no column \(missing.joined(separator: ", ")) (use --map lon=COLUMN,lat=COLUMN)")
        }
        return (lonName, latName, lon, lat)
    }

    private func readCollection(header: (InputHead) throws -> Void, _ body: (PendingRecord) throws -> Void) throws {
        let document: JSONValue
        do {
            document = try JSONParser.parse(try FileBytes.read(input))
        } catch let error as JSONSyntaxError {
            throw ExchangeError.syntax(file: input, line: error.line, column: error.column, reason: error.reason)
        }
        guard let features = document["features"]?.arrayValue else {
            throw ExchangeError.syntax(file: input, line: 1, column: 1, reason: "top level: not a FeatureCollection (no \"features\" array)")
        }
        try GeoJSONCRSMember.check(document, reading: reading, file: input)
        try header(.collection(crs: document["crs"].flatMap { $0 == .null ? nil : $0 }))
        for (i, feature) in features.enumerated() {
            let (point, problem) = point(of: feature)
            try body(PendingRecord(line: 0, feature: i, point: point, problem: problem, payload: .json(feature)))
        }
    }

    private func readSequence(issue: (BulkLocationSummary.Issue) -> Void, _ body: (PendingRecord) throws -> Void) throws {
        try LineStream.forEachLine(path: input, maximumLength: ImportLimits.maximumRecordBytes) { line, number in
            let position = "line \(number)"
            switch line {
            case .tooLong(let byteCount, _):
                issue(.init(position: position, line: number, message: ImportLimits.tooLong(byteCount: byteCount, limit: ImportLimits.maximumRecordBytes)))
            case .text(let bytes):
                // RFC 8142's record separator and blank lines carry no record.
                let text = bytes.drop { $0 == 0x1E || $0 == 0x20 || $0 == 0x09 }
                guard !text.isEmpty else { return }
                let value: JSONValue
                do {
                    value = try JSONParser.parse(text)
                } catch let error as JSONSyntaxError {
                    issue(.init(position: position, line: number, message: LocalizedText(
                        zh: "不是 JSON 要素：第 \(error.column) 列：\(error.reason)", en: "not a JSON feature: column \(error.column): \(error.reason)")))
                    return
                }
                let (point, problem) = point(of: value)
                try body(PendingRecord(line: number, point: point, problem: problem, payload: .json(value)))
            }
        }
    }

    /// The point of a GeoJSON feature: its `lon`/`lat` properties when mapped, else its Point geometry.
    private func point(of feature: JSONValue) -> (Coordinate?, LocalizedText?) {
        if mapping.isMapped("lon") || mapping.isMapped("lat") {
            let lonName = mapping.source(for: "lon"), latName = mapping.source(for: "lat")
            let properties = feature["properties"]
            return Self.point(lon: properties?[lonName]?.displayText ?? "", lat: properties?[latName]?.displayText ?? "",
                              lonName: lonName, latName: latName)
        }
        guard let geometry = feature["geometry"], geometry["type"]?.stringValue == "Point",
              let c = geometry["coordinates"]?.arrayValue, c.count >= 2, let x = c[0].numberValue, let y = c[1].numberValue else {
            return (nil, LocalizedText(zh: "几何不是点（Point）；可用 --map lon=属性,lat=属性 指定坐标属性",
                                       en: "the geometry is not a Point; name coordinate properties with --map lon=PROPERTY,lat=PROPERTY"))
        }
        return Self.point(x, y)
    }

    /// A point from two texts, or why there is none.
    static func point(lon: String, lat: String, lonName: String, latName: String) -> (Coordinate?, LocalizedText?) {
        // A number as written parses first time; only one that does not is trimmed and tried again.
        guard let x = Double(lon) ?? Double(lon.trimmedWhitespace) else {
            return (nil, LocalizedText(zh: "\(lonName) 不是数值：'\(lon)'", en: "\(lonName) is not a number: '\(lon)'"))
        }
        guard let y = Double(lat) ?? Double(lat.trimmedWhitespace) else {
            return (nil, LocalizedText(zh: "\(latName) 不是数值：'\(lat)'", en: "\(latName) is not a number: '\(lat)'"))
        }
        return point(x, y)
    }

    static func point(_ x: Double, _ y: Double) -> (Coordinate?, LocalizedText?) {
        guard x.isFinite, y.isFinite else {
            return (nil, LocalizedText(zh: "坐标不是有限数值：\(x) \(y)", en: "coordinates are not finite: \(x) \(y)"))
        }
        return (Coordinate(x, y), nil)
    }
}

/// What comes before an input's records, for the output to begin with.
enum InputHead {
    /// A CSV file's column names.
    case columns([String])
    /// A FeatureCollection, with its `crs` member when it has one (kept in the output, whose coordinates are the
    /// input's).
    case collection(crs: JSONValue?)
}

/// Where located records go: the input's format with the added fields.
protocol RecordSink {
    mutating func begin(_ head: InputHead) throws
    mutating func write(_ record: PendingRecord, _ location: PointLocation?) throws
    mutating func end() throws
}

/// CSV out: the input's columns, then the added ones (UTF-8 with a BOM, for Excel).
struct CSVSink: RecordSink {
    let output: TextOutput
    let columns: LocationColumns
    var writer = CSVWriter()

    init(output: TextOutput, columns: LocationColumns) {
        self.output = output
        self.columns = columns
    }

    mutating func begin(_ head: InputHead) throws {
        guard case .columns(let names) = head else { return }
        writer.writeRecord(names + columns.names)
    }

    mutating func write(_ record: PendingRecord, _ location: PointLocation?) throws {
        guard case .csv(let fields) = record.payload else { return }
        for field in fields { writer.append(field: field) }
        columns.append(location, to: &writer)
        writer.endRecord()
        if writer.bytes.count >= 1 << 16 { try output.write(bytes: writer.takeBytes()) }
    }

    mutating func end() throws {
        try output.write(bytes: writer.takeBytes())
    }
}

/// GeoJSON out: each feature with the added properties, as a FeatureCollection or one feature per line.
struct GeoJSONSink: RecordSink {
    let output: TextOutput
    let columns: LocationColumns
    let sequence: Bool
    private var written = 0
    private var text = ""

    init(output: TextOutput, columns: LocationColumns, sequence: Bool) {
        self.output = output
        self.columns = columns
        self.sequence = sequence
    }

    /// A FeatureCollection's opening, with the input's `crs` member (a sequence has none).
    mutating func begin(_ head: InputHead) throws {
        guard !sequence, case .collection(let crs) = head else { return }
        text = "{\"type\":\"FeatureCollection\","
        if let crs {
            text += "\"crs\":"
            JSONWriter.write(crs, to: &text)
            text += ","
        }
        text += "\"features\":[\n"
    }

    mutating func write(_ record: PendingRecord, _ location: PointLocation?) throws {
        guard case .json(let value) = record.payload, var feature = value.objectValue else { return }
        var properties = feature["properties"]?.objectValue ?? JSONObject()
        for (name, v) in zip(columns.names, columns.values(location)) { properties[name] = v }
        feature["properties"] = .object(properties)
        if !sequence && written > 0 { text += ",\n" }
        JSONWriter.write(.object(feature), to: &text)
        if sequence { text += "\n" }
        written += 1
        if text.utf8.count >= 1 << 16 {
            try output.write(text)
            text = ""
        }
    }

    mutating func end() throws {
        if !sequence { text += "\n]}\n" }
        try output.write(text)
        text = ""
    }
}
