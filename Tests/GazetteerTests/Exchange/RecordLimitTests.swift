import Foundation
import Testing
@testable import Gazetteer

/// Long records (the data-safety issue, item 17): lines are read in linear time, and a single record over the
/// limit is refused with its position and size without being held, while the records around it are still read.
@Suite("Exchange: long lines and the record limit")
struct RecordLimitTests {
    static func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func lines(_ path: String, maximumLength: Int = .max) throws -> [String] {
        var lines: [String] = []
        try LineStream.forEachLine(path: path, maximumLength: maximumLength) { line, number in
            switch line {
            case .text(let bytes): lines.append("\(number):" + String(decoding: bytes, as: UTF8.self))
            case .tooLong(let count, let start): lines.append("\(number): \(count) bytes from \(start.count)")
            }
        }
        return lines
    }

    @Test("lines across chunk boundaries, CRLF, a BOM, a last line without a break")
    func linesAcrossChunks() throws {
        let long = String(repeating: "测", count: 50_000)   // 150 000 bytes: more than two 64 KiB chunks
        let path = try Self.file([0xEF, 0xBB, 0xBF] + Array("a\r\n\(long)\n\nlast".utf8), "l.txt")
        #expect(try Self.lines(path) == ["1:a", "2:\(long)", "3:", "4:last"])
    }

    @Test("a line over the limit is reported with its length and first 4 KiB; the next lines are read")
    func tooLongLine() throws {
        let path = try Self.file(Array("short\n\(String(repeating: "x", count: 200_000))\nafter\n".utf8), "l.txt")
        #expect(try Self.lines(path, maximumLength: 1000) == ["1:short", "2: 200000 bytes from 4096", "3:after"])
    }

    @Test("a byte that is not UTF-8 is reported at its line and column")
    func undecodable() throws {
        let path = try Self.file(Array("ok\nab".utf8) + [0xFF] + Array("c\n".utf8), "l.txt")
        #expect(throws: ExchangeError.syntax(file: path, line: 2, column: 3,
                                             reason: "byte offset 5: not valid UTF-8 (is the file in GBK? convert it to UTF-8)")) {
            try Self.lines(path)
        }
    }

    @Test("a GeoJSONSeq record over the limit is refused as too long, naming its line; the others are checked")
    func geoJSONSeqRecordTooLong() throws {
        let big = "{\"type\":\"Feature\",\"properties\":{\"id\":\"N2\",\"name\":\"\(String(repeating: "长", count: 1000))\",\"category\":\"natural\"},\"geometry\":null}"
        let small = "{\"type\":\"Feature\",\"properties\":{\"id\":\"N1\",\"name\":\"呼伦湖\",\"category\":\"natural\"},\"geometry\":null}"
        let path = try Self.file(Array("\(small)\n\(big)\n\(small.replacingOccurrences(of: "N1", with: "N3"))\n".utf8), "n.geojsonl")
        var source = GeoJSONImportSource(file: path, layer: .names, mapping: FieldMapping())
        source.maximumRecordBytes = 2000
        var check = RecordValidator(layer: .names).stream()
        var outcomes: [(String, [ImportIssue])] = []
        try source.forEachCandidate { candidate in
            let (record, issues) = check.validate(candidate)
            outcomes.append((record?.key ?? "-", issues))
        }
        #expect(outcomes.map(\.0) == ["N1", "-", "N3"])
        let issue = try #require(outcomes[1].1.first)
        #expect(outcomes[1].1.count == 1)
        #expect(issue.position == "line 2")
        #expect(issue.reason.en == "the record is \(big.utf8.count) bytes long, more than the 2000 bytes a single record may be: simplify or split the feature")
    }

    @Test("a one-line FeatureCollection larger than the limit is still read whole, as a document")
    func oneLineCollectionOverLimit() throws {
        let text = RegistryFixtures.collection([("{\"code\":\"150702\",\"name\":\"\(String(repeating: "海", count: 2000))\"}", RegistryFixtures.square)])
        let path = try Self.file(Array(text.utf8), "u.geojson")
        var source = GeoJSONImportSource(file: path, layer: .units, mapping: FieldMapping())
        source.maximumRecordBytes = 1000
        var positions: [String] = []
        try source.forEachCandidate { positions.append($0.position) }
        #expect(positions == ["features[0]"])
        #expect(try !GeoJSONImportSource.isSequence(path, maximumRecordBytes: 1000))
    }

    @Test("a CSV record over the limit (a quote never closed) stops the reading at the line where it starts")
    func csvRecordTooLong() throws {
        let path = try Self.file(Array("id,name,category\nN1,呼伦湖,natural\nN2,\"open,natural\n\(String(repeating: "N9,x,natural\n", count: 200))".utf8), "n.csv")
        var options = CSVOptions()
        options.maximumRecordBytes = 1000
        let stream = try CSVRecordStream(path: path, options: options, chunkSize: 64)
        let (records, errors) = CSVReaderTests.drain(stream)
        #expect(records.map(\.line) == [2])
        #expect(errors == [CSVError(.recordTooLong(limit: 1000), file: path, line: 3)])
        #expect(errors.first?.description == "\(path):3: the record starting here is longer than 1000 bytes, the most a single record may be (a quote left open?)")
    }

    @Test("the JSON parser reads a slice of bytes as it reads an array")
    func jsonFromSlice() throws {
        let bytes = Array("xx[1, \"测\", {\"a\": null}]yy".utf8)
        #expect(try JSONParser.parse(bytes[2..<(bytes.count - 2)]) == .array([.number(1), .string("测"), .object(JSONObject([("a", .null)]))]))
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes[2...]) }
    }
}
